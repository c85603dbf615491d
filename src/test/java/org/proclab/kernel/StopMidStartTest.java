package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.SleepyChildren;
import org.proclab.testing.Await;
import org.proclab.trace.EventKind;

/**
 * Stop while children are still starting: every process of the run ends in the kernel's records too, even one
 * killed before it could connect whose parent died with it, so nothing waits for an exit that will never come;
 * and no JVM is left behind, not even a spare started ahead for a next child.
 */
@Tag("process")
class StopMidStartTest {

    @Test
    void stopWhileChildrenStart_everyRecordEnds_andAwaitReturnsPromptly() throws Exception {
        for (int round = 0; round < 3; round++) {
            try (Session s = Session.open(StartMethod.FORK)) {
                s.launch(new ProgramSpec(SleepyChildren.class.getName(), List.of(Runs.TEST_CLASSES), List.of(), StartMethod.FORK));
                // the first child is up; its sibling and the grandchild are on their way
                Await.until("the first child's START", () -> s.eventLog().snapshot().stream()
                        .filter(e -> e.kind() == EventKind.START).count() >= 2);
                // every JVM of the run so far, the spares started ahead for the next child among them
                List<ProcessHandle> jvms = ProcessHandle.of(s.mainPid()).map(h -> h.descendants().toList()).orElse(List.of());
                Thread stopper = new Thread(() -> s.stop("user"));
                stopper.start();
                long t0 = System.nanoTime();
                s.await(Await.PATIENCE);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                stopper.join();
                assertTrue(s.isFinished(), "round " + round + ": still alive in the records: " + s.kernel().describeLive());
                assertTrue(ms < Await.PATIENCE.toMillis(), "round " + round + ": await waited for ever (" + ms + " ms)");
                for (ProcessHandle h : jvms) {
                    Await.exit(h.pid());
                }
            }
        }
    }
}
