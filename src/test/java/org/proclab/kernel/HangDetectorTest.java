package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.kernel.HangDetector.Node;
import org.proclab.kernel.HangDetector.Wait;

/** The hang detector on hand-built wait-for graphs: no processes, milliseconds. */
@Tag("unit")
class HangDetectorTest {
    private final Map<Long, Node> g = new LinkedHashMap<>();

    private void idle(long pid, Wait... waits) {
        g.put(pid, new Node(true, false, List.of(waits)));
    }

    private static Wait on(Long... helpers) {
        return new Wait(true, Set.of(helpers));
    }

    @Test
    void readerThatHoldsTheOnlyWriteHandle_isStuck_andItsJoiningParentToo() {
        idle(1, on(2L));          // main joins the consumer
        idle(2, on(2L));          // the consumer's recv can only be answered by itself
        assertEquals(Set.of(1L, 2L), HangDetector.stuck(g));
    }

    @Test
    void aHelperThatIsNotWaiting_canStillAnswer() {
        idle(1, on(2L));
        g.put(2L, new Node(true, false, List.of())); // running, waits for nothing
        assertEquals(Set.of(), HangDetector.stuck(g));
    }

    @Test
    void aThreadOfTheSameProcessThatCanAct_keepsItFromBeingStuck() {
        g.put(1L, new Node(true, true, List.of(on(1L))));
        assertEquals(Set.of(), HangDetector.stuck(g));
    }

    @Test
    void abbaLocks_bothStuck() {
        idle(1, on(1L, 2L));
        idle(2, on(1L, 2L));
        assertEquals(Set.of(1L, 2L), HangDetector.stuck(g));
    }

    @Test
    void anyWaitWithATimeLimit_meansTheProcessWillAct() {
        g.put(1L, new Node(true, false, List.of(on(2L), new Wait(false, Set.of(2L)))));
        idle(2, on(1L));
        assertEquals(Set.of(), HangDetector.stuck(g), "1 wakes up by itself, and then can answer 2");
    }

    @Test
    void oneOfTwoWaitsThatSomeoneElseCanEnd_isNotStuck() {
        // the main thread waits on a queue only it holds; its pool's result handler waits on a running worker
        idle(1, on(1L), on(3L));
        g.put(3L, new Node(true, false, List.of()));
        assertEquals(Set.of(), HangDetector.stuck(g));
    }

    @Test
    void helpersThatEnded_helpNobody() {
        idle(1, on(2L));
        g.put(2L, new Node(false, false, List.of()));
        assertEquals(Set.of(1L), HangDetector.stuck(g));
    }

    @Test
    void unknownHelpers_neverReported() {
        g.put(1L, new Node(true, false, List.of(new Wait(true, null))));
        assertEquals(Set.of(), HangDetector.stuck(g));
    }

    @Test
    void aChainIntoARunningProcess_isNotStuck_butACycleBesideItIs() {
        idle(1, on(2L));
        idle(2, on(3L));
        g.put(3L, new Node(true, false, List.of()));
        idle(4, on(5L));
        idle(5, on(4L));
        assertEquals(Set.of(4L, 5L), HangDetector.stuck(g));
    }
}
