package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.lessons.pipe.ForgotToClose;
import org.proclab.lessons.pipe.PipeLesson;
import org.proclab.programs.ipc.AbbaLocks;
import org.proclab.programs.ipc.SlowSender;
import org.proclab.programs.sync.BarrierNeverFills;
import org.proclab.programs.sync.EventNobodySets;
import org.proclab.programs.sync.ParentAndChildJoinEachOther;
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

    @Test
    void eventNobodySets_deadlockSaysNobodyCanSetIt() throws Exception {
        Runs.Outcome o = Runs.run(EventNobodySets.class);
        String text = o.of(EventKind.DEADLOCK).get(0).text();
        assertTrue(text.contains("waiter (pid " + o.start("waiter").pid() + ") waits in wait() on event-1"), text);
        assertTrue(text.contains("nobody can set event-1"), text);
    }

    @Test
    void barrierNeverFills_deadlockSaysHowManyPartiesAreMissing() throws Exception {
        Runs.Outcome o = Runs.run(BarrierNeverFills.class);
        String text = o.of(EventKind.DEADLOCK).get(0).text();
        assertTrue(text.contains("waits in wait() on barrier-1"), text);
        assertTrue(text.contains("barrier-1 waits for 1 more of its 3 parties"), text);
    }

    @Test
    void childJoinsItsParentWhileTheParentJoinsIt_deadlockNamesBothJoins() throws Exception {
        Runs.Outcome o = Runs.run(ParentAndChildJoinEachOther.class);
        Event deadlock = o.of(EventKind.DEADLOCK).get(0);
        long child = o.start("child").pid();
        long main = o.result().mainPid();
        assertEquals(Set.of(child, main), Arrays.stream(deadlock.obj().split(",")).map(Long::parseLong).collect(Collectors.toSet()));
        assertTrue(deadlock.text().contains("child (pid " + child + ") waits in join() on its parent MainProcess"), deadlock.text());
        assertTrue(o.of(EventKind.BLOCK).stream().anyMatch(e -> e.pid() == child && Long.toString(main).equals(e.obj())
                && "join()".equals(e.text())), "the child is drawn blocked in join() on its parent");
    }
}
