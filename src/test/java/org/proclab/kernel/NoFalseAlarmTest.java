package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.liveness.CallbackPuts;
import org.proclab.programs.liveness.SecondThreadSends;
import org.proclab.trace.EventKind;

/** A process is stuck only if no thread of it can still act: waits its own threads will end are not deadlocks. */
@Tag("process")
class NoFalseAlarmTest {

    @Test
    void recvThatItsOwnSecondThreadWillAnswer_isNotADeadlock() throws Exception {
        Runs.Outcome o = Runs.run(SecondThreadSends.class);
        assertEquals(List.of(), o.of(EventKind.DEADLOCK));
        assertEquals(0, o.result().exitCode());
        assertEquals(List.of("got the sum: true"), o.stdout(o.result().mainPid()));
    }

    @Test
    void getThatAPoolCallbackWillAnswer_isNotADeadlock() throws Exception {
        Runs.Outcome o = Runs.run(CallbackPuts.class);
        assertEquals(List.of(), o.of(EventKind.DEADLOCK));
        assertEquals(List.of("got 40"), o.stdout(o.result().mainPid()));
    }
}
