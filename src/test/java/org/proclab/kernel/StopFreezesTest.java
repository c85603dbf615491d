package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.JoinsAStuckChild;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * Once a run is being stopped, no blocked call returns: the stop ends the processes one by one, and on a
 * crowded machine one that dies first must not let another go on (a join returning, "main done" printed
 * after the deadlock banner). The story ends where the stop found it.
 */
@Tag("process")
class StopFreezesTest {

    @Test
    void stop_childDiesFirst_parentsJoinNeverReturns_andNothingIsPrintedAfterIt() throws Exception {
        try (Session s = Session.open(StartMethod.FORK)) {
            s.launch(new ProgramSpec(JoinsAStuckChild.class.getName(), List.of(Runs.TEST_CLASSES), List.of(), StartMethod.FORK));
            Await.until("main blocked in join() and the child blocked in get()", () -> s.eventLog().snapshot().stream()
                    .filter(e -> e.kind() == EventKind.BLOCK).count() >= 2);
            long child = s.eventLog().snapshot().stream()
                    .filter(e -> e.kind() == EventKind.START && "stuck".equals(e.text())).mapToLong(Event::pid)
                    .findFirst().orElseThrow();
            // the stop's first step; then the child ends before its parent, as a crowded machine may order it
            s.kernel().stopping();
            ProcessHandle.of(child).orElseThrow().destroyForcibly();
            Await.until("the child's EXIT", () -> s.eventLog().snapshot().stream()
                    .anyMatch(e -> e.kind() == EventKind.EXIT && e.pid() == child));
            List<Event> afterExit;
            synchronized (s.kernel()) { // the exit's consequences are decided under this lock
                afterExit = s.eventLog().snapshot();
            }
            assertFalse(afterExit.stream().anyMatch(e -> e.kind() == EventKind.JOIN && String.valueOf(child).equals(e.obj())),
                    "the parent's join() returned during the stop: " + afterExit);
            s.stop("user");
            s.await(Await.PATIENCE);
            long main = s.result().mainPid();
            List<Event> all = s.eventLog().snapshot();
            assertFalse(all.stream().anyMatch(e -> e.kind() == EventKind.OUTPUT && e.pid() == main
                    && "main done".equals(e.text())), "main went on after the stop: " + all);
            assertEquals(1, all.stream().filter(e -> e.kind() == EventKind.STOP).count());
            assertTrue(s.isFinished());
        }
    }
}
