package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.programs.SleepyChildren;
import org.proclab.trace.EventKind;

/**
 * Stop while children are still starting: every process of the run ends in the kernel's records too, even one
 * killed before it could connect whose parent died with it, so nothing waits for an exit that will never come.
 */
class StopMidStartTest {

    @Test
    void stopWhileChildrenStart_everyRecordEnds_andAwaitReturnsPromptly() throws Exception {
        for (int round = 0; round < 3; round++) {
            try (Session s = Session.open(StartMethod.FORK)) {
                s.launch(new ProgramSpec(SleepyChildren.class.getName(), List.of(Runs.TEST_CLASSES), List.of(), StartMethod.FORK));
                long until = System.nanoTime() + 20_000_000_000L;
                // the first child is up; its sibling and the grandchild are on their way
                while (s.eventLog().snapshot().stream().filter(e -> e.kind() == EventKind.START).count() < 2
                        && System.nanoTime() < until) {
                    Thread.sleep(2);
                }
                Thread stopper = new Thread(() -> s.stop("user"));
                stopper.start();
                long t0 = System.nanoTime();
                s.await(Duration.ofSeconds(8));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                stopper.join();
                assertTrue(s.isFinished(), "round " + round + ": still alive in the records: " + s.kernel().describeLive());
                assertTrue(ms < 5000, "round " + round + ": await took " + ms + " ms");
            }
        }
    }
}
