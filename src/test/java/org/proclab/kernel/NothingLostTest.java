package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.liveness.SendThenHalt;

/** What send, put, Value.set and release handed over survives the caller's abrupt end. */
@Tag("process")
class NothingLostTest {

    @Test
    void handedOverThenHalted_everythingArrived() throws Exception {
        Runs.Outcome o = Runs.run(SendThenHalt.class);
        assertEquals(List.of("messages 200", "items 200", "value 42", "lock free true"), o.stdout(o.result().mainPid()));
    }
}
