package org.proclab.ui.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.model.Events;

@Tag("unit")
class PoolModelTest {

    /** MainProcess 100 with Pool(2): workers 101 and 102, three tasks submitted. */
    private static Events poolOfTwo() {
        return Events.log().main(100).ready(100).poolNew(100, "pool-1", 2)
                .child(101, "PoolWorker-1", 100).child(102, "PoolWorker-2", 100)
                .submit(100, "pool-1/task-1", "work(0)").submit(100, "pool-1/task-2", "work(1)")
                .submit(100, "pool-1/task-3", "work(2)");
    }

    @Test
    void submit_tasksWaitInOrder_lanesStartingUntilReady() {
        PoolSnapshot p = poolOfTwo().pools().pool("pool-1");
        assertEquals(100, p.ownerPid());
        assertEquals("MainProcess", p.ownerName());
        assertEquals(2, p.processes());
        assertEquals(List.of("work(0)", "work(1)", "work(2)"), p.waiting().stream().map(PoolTask::call).toList());
        assertEquals(List.of(101L, 102L), p.lanes().stream().map(PoolLane::pid).toList());
        assertEquals(List.of(0, 1), p.lanes().stream().map(PoolLane::slot).toList());
        assertFalse(p.lanes().get(0).ready());
        assertFalse(p.lanes().get(0).idle(), "not idle before its JVM connected");
        assertEquals(1, p.lanes().get(0).colorIndex(), "START order, as in every other view");
    }

    @Test
    void taskStart_laneBusyWithThatTask_andItLeavesTheQueue() {
        PoolSnapshot p = poolOfTwo().ready(101).ready(102).taskStart(101, "pool-1/task-1").pools().pool("pool-1");
        PoolLane one = p.lane(101);
        assertTrue(one.busy());
        assertEquals("work(0)", one.running().call());
        assertEquals(PoolTask.Status.RUNNING, one.running().status());
        assertTrue(p.lane(102).idle());
        assertEquals(List.of("pool-1/task-2", "pool-1/task-3"), p.waiting().stream().map(PoolTask::id).toList());
        assertEquals(1, p.busyCount());
    }

    @Test
    void taskDone_andCallback_areRecordedWithTheirTimes() {
        Events log = poolOfTwo().ready(101).ready(102).taskStart(101, "pool-1/task-1").taskStart(102, "pool-1/task-2")
                .taskDone(101, "pool-1/task-1", "100", true).callback(100, "pool-1/task-1", "callback")
                .taskDone(102, "pool-1/task-2", "ZeroDivisionError: boom", false).callback(100, "pool-1/task-2", "error_callback");
        List<Event> events = log.list();
        PoolSnapshot p = log.pools().pool("pool-1");
        PoolTask t1 = p.task("pool-1/task-1");
        assertEquals(PoolTask.Status.DONE, t1.status());
        assertEquals("100", t1.result());
        assertEquals(101, t1.workerPid());
        assertEquals(nanosOf(events, EventKind.TASK_START, "pool-1/task-1"), t1.startNanos());
        assertEquals(nanosOf(events, EventKind.TASK_DONE, "pool-1/task-1"), t1.endNanos());
        assertEquals("callback", t1.callback());
        assertEquals(nanosOf(events, EventKind.CALLBACK, "pool-1/task-1"), t1.callbackNanos());
        PoolTask t2 = p.task("pool-1/task-2");
        assertTrue(t2.failed());
        assertEquals("ZeroDivisionError: boom", t2.result());
        assertEquals(List.of("pool-1/task-1", "pool-1/task-2"), p.finished().stream().map(PoolTask::id).toList());
        assertEquals(List.of("callback", "error_callback"), p.callbacks().stream().map(PoolCallback::which).toList());
        assertTrue(p.callbacks().get(1).isError());
        assertEquals(1, p.lane(101).tasksDone());
        assertTrue(p.lane(101).idle(), "its task is done: idle again");
    }

    @Test
    void callbacksWaiting_asSubmitted_keptThroughStartEndAndCallback_unknownInAnOlderTrace() {
        Events log = Events.log().main(100).poolNew(100, "pool-1", 1).child(101, "PoolWorker-1", 100).ready(101)
                .submit(100, "pool-1/task-1", "work(1)", PoolTask.ON_RETURN | PoolTask.ON_RAISE)
                .submit(100, "pool-1/task-2", "work(2)", 0)
                .submit(100, "pool-1/task-3", "work(3)")
                .taskStart(101, "pool-1/task-1");
        PoolSnapshot running = log.pools().pool("pool-1");
        assertEquals(3, running.task("pool-1/task-1").callbacks());
        assertEquals(0, running.task("pool-1/task-2").callbacks());
        assertEquals(PoolTask.UNKNOWN, running.task("pool-1/task-3").callbacks());
        assertFalse(running.task("pool-1/task-1").callbackDue(), "still running: no callback is due");
        PoolSnapshot done = log.taskDone(101, "pool-1/task-1", "1", true).pools().pool("pool-1");
        assertTrue(done.task("pool-1/task-1").callbackDue());
        PoolSnapshot calledBack = log.callback(100, "pool-1/task-1", "callback").pools().pool("pool-1");
        assertEquals(3, calledBack.task("pool-1/task-1").callbacks());
        assertFalse(calledBack.task("pool-1/task-1").callbackDue());
    }

    @Test
    void ownerEnded_noCallbackWaitsAnyMore_evenForATaskThatEndsAfter() {
        Events log = Events.log().main(100).poolNew(100, "pool-1", 2).child(101, "PoolWorker-1", 100)
                .child(102, "PoolWorker-2", 100).ready(101).ready(102)
                .submit(100, "pool-1/task-1", "work(1)", PoolTask.ON_RETURN)
                .submit(100, "pool-1/task-2", "work(2)", PoolTask.ON_RETURN)
                .submit(100, "pool-1/task-3", "work(3)")
                .taskStart(101, "pool-1/task-1").taskStart(102, "pool-1/task-2")
                .taskDone(101, "pool-1/task-1", "1", true);
        assertTrue(log.pools().pool("pool-1").task("pool-1/task-1").callbackDue(), "returned, its owner still runs");
        PoolSnapshot p = log.exit(100, 0, "returned").taskDone(102, "pool-1/task-2", "2", true).pools().pool("pool-1");
        assertFalse(p.task("pool-1/task-1").callbackDue(), "the owner ended before its callback ran");
        assertFalse(p.task("pool-1/task-2").callbackDue(), "returned after its owner ended");
        assertEquals(PoolTask.Status.CANCELLED, p.task("pool-1/task-3").status());
        assertFalse(p.task("pool-1/task-3").callbackDue());
    }

    private static long nanosOf(List<Event> events, EventKind kind, String obj) {
        return events.stream().filter(e -> e.kind() == kind && obj.equals(e.obj())).findFirst().orElseThrow().nanos();
    }

    @Test
    void terminate_cancelsTheWaitingTasks_andTheRunningOneFailsWhenItsWorkerDies() {
        PoolSnapshot p = poolOfTwo().ready(101).ready(102).taskStart(101, "pool-1/task-1")
                .poolState(100, "pool-1", "terminate").cancelled(100, "pool-1/task-2").cancelled(100, "pool-1/task-3")
                .exit(101, -15, "terminated (SIGTERM)").workerEnded(101, "pool-1/task-1", -15)
                .pools().pool("pool-1");
        assertEquals(PoolSnapshot.Phase.TERMINATED, p.phase());
        assertTrue(p.waiting().isEmpty());
        for (String never : List.of("pool-1/task-2", "pool-1/task-3")) {
            assertEquals(PoolTask.Status.CANCELLED, p.task(never).status());
            assertEquals(PoolTask.Why.TERMINATED, p.task(never).why());
            assertFalse(p.task(never).ran());
        }
        PoolTask ran = p.task("pool-1/task-1");
        assertEquals(PoolTask.Status.FAILED, ran.status());
        assertEquals(PoolTask.Why.WORKER_ENDED, ran.why());
        assertEquals(101, ran.workerPid());
        assertEquals(List.of("pool-1/task-2", "pool-1/task-3", "pool-1/task-1"), p.finished().stream().map(PoolTask::id).toList(),
                "each ended once, in the order it ended");
        assertTrue(p.lane(101).ended());
        assertFalse(p.lane(101).busy());
    }

    @Test
    void poolFailures_areWorded_inTheUiLanguage_fromWhatTheEventsCarry() {
        PoolSnapshot p = poolOfTwo().ready(101).ready(102).taskStart(101, "pool-1/task-1").taskStart(102, "pool-1/task-2")
                .taskDone(102, "pool-1/task-2", "ValueError: bad input", false)
                .poolState(100, "pool-1", "terminate").cancelled(100, "pool-1/task-3")
                .exit(101, -15, "terminated (SIGTERM)").workerEnded(101, "pool-1/task-1", -15)
                .pools().pool("pool-1");
        java.util.ResourceBundle en = org.proclab.ui.i18n.I18n.bundle(org.proclab.ui.i18n.I18n.ENGLISH);
        java.util.ResourceBundle zh = org.proclab.ui.i18n.I18n.bundle(org.proclab.ui.i18n.I18n.CHINESE);
        assertEquals("PoolWorker-1 (pid 101) ended (exit code -15) while running it", TaskTexts.outcome(p.task("pool-1/task-1"), p, en));
        assertEquals("PoolWorker-1（pid 101）在运行它时结束了（退出码 -15）", TaskTexts.outcome(p.task("pool-1/task-1"), p, zh));
        assertEquals("never ran: the pool was terminated", TaskTexts.outcome(p.task("pool-1/task-3"), p, en));
        assertEquals("未运行：进程池已被终止", TaskTexts.outcome(p.task("pool-1/task-3"), p, zh));
        assertEquals("ValueError: bad input", TaskTexts.outcome(p.task("pool-1/task-2"), p, zh), "the program's own words stay");
        assertEquals("work(0)", TaskTexts.label(p.task("pool-1/task-1")), "the call, without the kernel's task number");
    }

    @Test
    void ownerEnds_withTasksStillWaiting_theyNeverRun_noneStaysWaiting() {
        PoolSnapshot p = poolOfTwo().ready(101).ready(102).taskStart(101, "pool-1/task-1")
                .stop("user").exit(101, -15, "terminated (SIGTERM)").workerEnded(101, "pool-1/task-1", -15)
                .exit(100, -15, "terminated (SIGTERM)").pools().pool("pool-1");
        assertTrue(p.waiting().isEmpty(), "a dead pool holds no waiting task");
        assertEquals(PoolTask.Why.OWNER_ENDED, p.task("pool-1/task-2").why());
        assertEquals(PoolTask.Status.CANCELLED, p.task("pool-1/task-3").status());
        assertEquals("未运行：MainProcess 先结束了",
                TaskTexts.outcome(p.task("pool-1/task-3"), p, org.proclab.ui.i18n.I18n.bundle(org.proclab.ui.i18n.I18n.CHINESE)));
        PoolSnapshot ownerOnly = poolOfTwo().exit(100, 1, "exited").pools().pool("pool-1");
        assertTrue(ownerOnly.waiting().isEmpty(), "the owner's end alone is enough");
        assertEquals(3, ownerOnly.finished().size());
    }

    @Test
    void replacementWorker_takesTheDeadWorkersSlot() {
        PoolSnapshot p = poolOfTwo().ready(101).ready(102).exit(101, -9, "killed (SIGKILL)")
                .child(103, "PoolWorker-3", 100).pools().pool("pool-1");
        assertEquals(0, p.lane(103).slot());
        assertEquals(List.of(103L, 102L), p.slots().stream().map(PoolLane::pid).toList(), "one lane per place: the newest worker in it");
        assertEquals(3, p.lanes().size(), "the dead worker is still on record");
    }

    @Test
    void closeAndJoin_areShown() {
        PoolSnapshot p = poolOfTwo().poolState(100, "pool-1", "close").poolState(100, "pool-1", "join").pools().pool("pool-1");
        assertEquals(PoolSnapshot.Phase.CLOSED, p.phase());
        assertTrue(p.joined());
    }

    @Test
    void eventsAboutNoPool_areIgnored_andTheSnapshotIsKept() {
        PoolModel m = new PoolModel();
        poolOfTwo().list().forEach(m::apply);
        PoolSnapshot first = m.pools().get(0);
        m.apply(new Event(99, 99_000_000L, 100, EventKind.OUTPUT, "stdout", "hello", Event.NO_NUM, null, 0));
        assertSame(first, m.pools().get(0), "nothing changed: the same snapshot, so no view redraws");
        m.apply(new Event(100, 100_000_000L, 101, EventKind.TASK_START, "pool-1/task-1", null, Event.NO_NUM, null, 0));
        assertNotSame(first, m.pools().get(0));
        assertTrue(new PoolModel().pools().isEmpty());
        assertNull(new PoolModel().pool("pool-1"));
    }

    // ---- the recorded lesson 5 --------------------------------------------------------------------

    @Test
    void lesson5_whenFiveTasksRun_fiveLanesBusy_fiveTasksWait() {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL);
        PoolSnapshot p = PoolModel.foldOf(events, TraceFixtures.throughNth(events, EventKind.TASK_START, 5)).pool("pool-1");
        assertEquals(5, p.processes());
        assertEquals(5, p.slots().size());
        assertEquals(5, p.busyCount());
        assertEquals(List.of("work(5)", "work(6)", "work(7)", "work(8)", "work(9)"), p.waiting().stream().map(PoolTask::call).toList());
        assertTrue(p.finished().isEmpty());
        assertEquals(PoolSnapshot.Phase.CLOSED, p.phase(), "the lesson closes the pool right after submitting");
    }

    @Test
    void lesson5_atTheEnd_tenResults_tenCallbacks_twoTasksPerWorker() {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL);
        PoolSnapshot p = PoolModel.foldOf(events, events.size()).pool("pool-1");
        assertEquals(10, p.finished().size());
        assertTrue(p.finished().stream().allMatch(t -> t.status() == PoolTask.Status.DONE));
        assertEquals(10, p.callbacks().size());
        assertTrue(p.tasks().stream().allMatch(t -> "callback".equals(t.callback()) && t.callbackNanos() >= t.endNanos()),
                "each result reaches its callback after the task ended");
        assertEquals("100", p.task("pool-1/task-1").result());
        List<PoolLane> ran = p.workersThatRan();
        assertEquals(5, ran.size());
        Map<Long, Long> perWorker = p.tasks().stream().collect(Collectors.groupingBy(PoolTask::workerPid, Collectors.counting()));
        assertTrue(perWorker.values().stream().allMatch(n -> n == 2), perWorker.toString());
        assertTrue(p.lanes().stream().allMatch(PoolLane::ended), "every worker has exited after join()");
        assertTrue(p.joined());
        for (PoolTask t : p.tasks()) {
            double seconds = (t.endNanos() - t.startNanos()) / 1e9;
            assertTrue(seconds >= 1.9 && seconds < 4, t.id() + " took " + seconds + " s; each sleeps 2 s");
        }
    }

    @Test
    void lessonTerminate_runningTasksFail_waitingOnesNeverRun() {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL_TERMINATE);
        PoolSnapshot p = PoolModel.foldOf(events, events.size()).pool("pool-1");
        assertEquals(PoolSnapshot.Phase.TERMINATED, p.phase());
        List<PoolTask> ran = p.tasks().stream().filter(PoolTask::ran).toList();
        assertFalse(ran.isEmpty());
        assertTrue(ran.stream().allMatch(t -> t.status() == PoolTask.Status.FAILED), ran.toString());
        assertEquals(10 - ran.size(), p.tasks().stream().filter(t -> t.status() == PoolTask.Status.CANCELLED).count());
        assertEquals(10, p.finished().size());
    }

    @Test
    void foldOf_prefix_equalsStateAfterThatEvent() {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL);
        PoolModel stepwise = new PoolModel();
        for (int k = 0; k < events.size(); k++) {
            stepwise.apply(events.get(k));
            if (k % 10 == 0 || k == events.size() - 1) {
                assertEquals(PoolModel.foldOf(events, k + 1).pools(), stepwise.pools(), "after event " + k);
            }
        }
    }
}
