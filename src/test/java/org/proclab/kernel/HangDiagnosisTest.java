package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.lessons.pipe.ForgotToClose;
import org.proclab.lessons.pipe.PipeLesson;
import org.proclab.programs.ipc.AbbaLocks;
import org.proclab.programs.ipc.SlowSender;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

@Tag("process")
class HangDiagnosisTest {

    @Test
    void forgottenClose_deadlockNamesTheConsumersOwnWriteHandle() throws Exception {
        Runs.Outcome o = Runs.run(ForgotToClose.class);
        List<Event> dl = o.of(EventKind.DEADLOCK);
        assertEquals(1, dl.size(), o.events().toString());
        long consumer = o.start("consumer").pid();
        String text = dl.get(0).text();
        assertTrue(text.contains("consumer (pid " + consumer + ") waits in recv() on pipe-1:0"), text);
        assertTrue(text.contains("held by consumer (pid " + consumer + ") itself"), text);
        assertTrue(text.contains("never closed its own copy of the write end pipe-1:1"), text);
        assertTrue(text.contains("MainProcess (pid " + o.result().mainPid() + ") waits in join()"), text);
        assertEquals(List.of("consumer got 1", "consumer got 2", "consumer got 3", "consumer got 4"), o.stdout(consumer));
    }

    @Test
    void correctPipe_noDeadlockReported() throws Exception {
        Runs.Outcome o = Runs.run(PipeLesson.class);
        assertEquals(List.of(), o.of(EventKind.DEADLOCK));
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void abbaLocks_bothProcessesNamedWithTheLockEachHolds() throws Exception {
        Runs.Outcome o = Runs.run(AbbaLocks.class);
        String text = o.of(EventKind.DEADLOCK).get(0).text();
        assertTrue(text.contains("takes-a-then-b (pid " + o.start("takes-a-then-b").pid() + ") waits in acquire() on lock-2"), text);
        assertTrue(text.contains("takes-b-then-a (pid " + o.start("takes-b-then-a").pid() + ") waits in acquire() on lock-1"), text);
    }

    @Test
    void longWaitForABusySender_isNotADeadlock() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, SlowSender.class, List.of(new Cue("main-waits", Cue.blocked("MainProcess", "recv()"))));
        assertEquals(List.of(), o.of(EventKind.DEADLOCK));
        assertEquals(List.of("got finally"), o.stdout(o.result().mainPid()));
    }
}
