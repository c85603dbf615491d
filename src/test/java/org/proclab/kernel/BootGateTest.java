package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.ManyChildren;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * A program that starts many children in a loop: a few JVMs boot at a time (each start returns once at most
 * {@link BootGate#MAX_BOOTING} are still booting), and every child still starts, runs and is joined.
 */
@Tag("process")
class BootGateTest {
    private static final int CHILDREN = 3 * BootGate.MAX_BOOTING;

    @Test
    void manyStartsInALoop_fewJvmsBootAtOnce_everyChildRunsAndIsJoined() throws Exception {
        Runs.Outcome o = Runs.run(ManyChildren.class, Integer.toString(CHILDREN), "0.2");
        assertEquals(0, o.result().exitCode(), o.events().toString());
        long main = o.result().mainPid();
        List<String> said = o.stdout(main);
        assertEquals(List.of("all " + CHILDREN + " children alive", "all " + CHILDREN + " children joined"), said);

        // booting: announced (START) and not yet connected (READY) or ended; a start returns with at most
        // MAX_BOOTING booting, and the parent then announces one more
        Set<Long> booting = new HashSet<>();
        int most = 0;
        int started = 0;
        for (Event e : o.events()) {
            if (e.kind() == EventKind.START && e.pid() != main) {
                booting.add(e.pid());
                started++;
                most = Math.max(most, booting.size());
            } else if (e.kind() == EventKind.READY || e.kind() == EventKind.EXIT) {
                booting.remove(e.pid());
            }
        }
        assertEquals(CHILDREN, started);
        assertTrue(most <= BootGate.MAX_BOOTING + 1, "at most " + (BootGate.MAX_BOOTING + 1) + " booting at once, saw " + most);
    }
}
