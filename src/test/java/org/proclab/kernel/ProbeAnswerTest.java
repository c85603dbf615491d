package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A process that answers a hang probe is idle only if the requests it waits on are exactly those the kernel
 * holds blocked. Counts were compared before, and matched by chance: a recv() abandoned by an interrupt stays
 * blocked in the kernel, and the main thread's next call, answered but its answer still on the way, made one
 * wait on each side; ConcurrentCallersTest's run was stopped as deadlocked.
 */
@Tag("unit")
class ProbeAnswerTest {

    @Test
    void waitsOnExactly_sameCountOtherRequests_notIdle() {
        // the kernel holds the abandoned recv() (request 7); the process waits for the answer to request 9
        assertFalse(HangWatch.waitsOnExactly(new int[] {9}, Set.of(7)));
    }

    @Test
    void waitsOnExactly_kernelHoldsACallTheProcessGaveUp_notIdle() {
        assertFalse(HangWatch.waitsOnExactly(new int[] {}, Set.of(7)));
        assertFalse(HangWatch.waitsOnExactly(new int[] {3}, Set.of(3, 7)));
    }

    @Test
    void waitsOnExactly_processWaitsForAnAnswerOnItsWay_notIdle() {
        assertFalse(HangWatch.waitsOnExactly(new int[] {3, 9}, Set.of(3)));
    }

    @Test
    void waitsOnExactly_everyWaitBlockedInTheKernel_idle() {
        assertTrue(HangWatch.waitsOnExactly(new int[] {3, 7}, Set.of(7, 3)));
        assertTrue(HangWatch.waitsOnExactly(new int[] {}, Set.of()), "no thread in the kernel, all parked on each other");
    }
}
