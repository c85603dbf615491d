package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.sync.ArraySemantics;
import org.proclab.programs.sync.BarrierSemantics;
import org.proclab.programs.sync.ConditionSemantics;
import org.proclab.programs.sync.ConnectionWaitSemantics;
import org.proclab.programs.sync.EventSemantics;
import org.proclab.programs.sync.ParentProcessSemantics;
import org.proclab.programs.sync.QueueApiSemantics;
import org.proclab.programs.sync.RLockSemantics;
import org.proclab.programs.sync.SemaphoreSemantics;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/** Event, Semaphore, RLock, Condition, Barrier the rest of the queues' API and Array with Python's semantics, checked with real worker JVMs. */
@Tag("process")
class SyncSemanticsTest {

    /** Fires once {@code count} distinct processes whose names start with {@code prefix} wait in {@code call}. */
    private static BiPredicate<Event, Map<Long, String>> blockedMany(String prefix, String call, int count) {
        Set<Long> seen = new HashSet<>();
        return (e, names) -> {
            String name = names.get(e.pid());
            if (e.kind() == EventKind.BLOCK && name != null && name.startsWith(prefix) && call.equals(e.text())) {
                seen.add(e.pid());
            }
            return seen.size() >= count;
        };
    }

    @Test
    void event_flagTimedWaitsAndOneSetWakesEveryWaiter() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, EventSemantics.class, List.of(
                new Cue("main-waits", Cue.blocked("MainProcess", "wait()")),
                new Cue("three-wait", blockedMany("waiter-", "wait()", 3))));
        assertEquals(List.of(
                "new: isSet false, await(0) false",
                "await(0.3) false after >= 0.3 s: true",
                "set: isSet true, await() true, await(0) true",
                "clear: isSet false, await(0) false",
                "set by another process: await() true",
                "one set woke [waiter-0 true, waiter-1 true, waiter-2 true]"),
                o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.EVENT_SET).stream().anyMatch(e -> e.num() == 3), "the last set woke three waiters");
    }

    @Test
    void semaphore_counterTimedAcquireReleaseByAnotherAndBoundedRefusal() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, SemaphoreSemantics.class,
                List.of(new Cue("taker-waits", Cue.blocked("taker", "acquire()"))));
        assertEquals(List.of(
                "value 2, acquire true, value 1, acquire true, value 0",
                "at 0: acquire(0) false, acquire(0.3) false",
                "after three releases: value 3",
                "taker exit 0, gate value 0",
                "inside with: value 2",
                "after with: value 3",
                "bounded release too many: semaphore or lock released too many times, value 2",
                "Semaphore(-1): semaphore initial value must be >= 0"),
                o.stdout(o.result().mainPid()));
        assertEquals(List.of("taker acquired true"), o.stdout(o.start("taker").pid()));
    }

    @Test
    void rlock_ownerReentersOthersRefused_lockLockedAndWithReleasesOnThrow() throws Exception {
        Runs.Outcome o = Runs.run(RLockSemantics.class);
        assertEquals(List.of(
                "rlock acquire true true true",
                "other acquire(0) false",
                "other release: attempt to release recursive lock not owned by thread",
                "fourth release: attempt to release recursive lock not owned by thread",
                "lock locked false, acquire true, locked true, acquire(0) false",
                "inside with: locked true",
                "after with that threw boom: locked false",
                "rlock inside with, taken again and released: other may not take it"),
                o.stdout(o.result().mainPid()));
        assertEquals(List.of("free again: other acquire(0) true"), o.stdout(o.start("taker").pid()));
        assertEquals(List.of("after rlock with: other acquire(0) true"), o.stdout(o.start("last").pid()));
        assertTrue(o.of(EventKind.ACQUIRE).stream().anyMatch(e -> e.hasNum() && e.num() == 3),
                "the event log shows the RLock's recursion level");
    }

    @Test
    void condition_notifyOneThenAllTimedWaitWaitForRLockLevelKeptAndNotifyN() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, ConditionSemantics.class,
                List.of(new Cue("two-wait", blockedMany("waiter-", "wait()", 2)),
                        new Cue("three-wait", blockedMany("n-waiter-", "wait()", 3))));
        assertEquals(List.of(
                "notify: woken true",
                "notify woke only one",
                "notify_all: woken true",
                "await(0.3) false after >= 0.3 s: true, lock held again: true",
                "after with: locked false",
                "await without the lock: cannot wait on un-acquired lock",
                "notify without the lock: cannot notify on un-acquired lock",
                "wait_for state == 3: true, state 3",
                "wait_for state == 4, 0.3 s: false",
                "rlock held twice again after wait: attempt to release recursive lock not owned by thread",
                "notify(2) woke two, each true: true",
                "notify(5) woke the one left: true"),
                o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.NOTIFY).stream().anyMatch(e -> "notify".equals(e.text()) && e.num() == 1));
        assertTrue(o.of(EventKind.NOTIFY).stream().anyMatch(e -> "notify_all".equals(e.text()) && e.num() == 1));
        assertTrue(o.of(EventKind.NOTIFY).stream().anyMatch(e -> "notify".equals(e.text()) && e.num() == 2), "notify(2) woke two");
        assertTrue(o.of(EventKind.NOTIFY).stream().anyMatch(e -> "notify".equals(e.text()) && e.num() == 1
                && e.seq() > o.of(EventKind.NOTIFY).stream().filter(n -> n.num() == 2).findFirst().orElseThrow().seq()),
                "notify(5) woke the one left");
    }

    @Test
    void barrier_indicesActionAbortResetTimeoutsSinglePartyAndActionThatThrows() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, BarrierSemantics.class,
                List.of(new Cue("one-waits", Cue.blocked("early", "wait()"))));
        assertEquals(List.of(
                "three parties: [action ran, index 0, index 1, index 2], parties 3, n_waiting 0",
                "n_waiting with one in it: 1",
                "after abort: early: BrokenBarrierError, broken true",
                "await on broken: BrokenBarrierError",
                "after reset: broken false",
                "reused after reset: indices 1 = 0 + 1",
                "timed out wait: BrokenBarrierError, broken true",
                "default timeout 0.3 s: BrokenBarrierError after >= 0.3 s: true, broken true",
                "Barrier(1): indices 0 0",
                "action threw: [BrokenBarrierError, its own action failed], broken true",
                "Barrier(0): parties must be >= 1"),
                o.stdout(o.result().mainPid()));
        assertEquals(1, o.of(EventKind.BARRIER_WAIT).stream().filter(e -> "broken".equals(e.text())
                && e.pid() == o.start("early").pid()).count());
    }

    @Test
    void queues_fullTimeoutsNowaitCloseJoinableAndSimple() throws Exception {
        Runs.Outcome o = Runs.run(QueueApiSemantics.class);
        assertEquals(List.of(
                "empty true, full false",
                "two in: full true, qsize 2",
                "putNowait on full: Full the queue is full",
                "put(3, 0.3) on full: Full after >= 0.3 s: true",
                "getNowait 1 2",
                "getNowait on empty: Empty the queue is empty",
                "put after close: the queue is closed",
                "join returned with 10 results in, sum of squares 285",
                "task_done too many: task_done() called too many times",
                "simple empty true",
                "simple got hello, empty true"),
                o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.QUEUE_NEW).stream().anyMatch(e -> "joinable".equals(e.text())));
        assertTrue(o.of(EventKind.QUEUE_TASK_DONE).stream().anyMatch(e -> e.num() == 0), "the count of unfinished items reached 0");
        assertTrue(o.of(EventKind.CLOSE).stream().anyMatch(e -> "queue-1".equals(e.obj()) && "close".equals(e.text()) && e.pid() == o.result().mainPid()),
                o.of(EventKind.CLOSE).toString());
    }

    @Test
    void array_childWritesSeenWholeReadsAndWritesIndexErrorsAndItsLock() throws Exception {
        Runs.Outcome o = Runs.run(ArraySemantics.class);
        assertEquals(List.of(
                "length 5, a[:] [1, 2, 3, 4, 5], a[2] 3",
                "after the child squared it: [1, 4, 9, 16, 25]",
                "a[:] = zeros: [0, 0, 0, 0, 0]",
                "a[5]: array index 5 out of range (length 5)",
                "a[:] = [1]: can only assign 5 values to this array, not 1",
                "doubles [0.0, 2.5, 0.0], longs [1099511627776, 0]",
                "longs given [1099511627776, -1], one long [5]",
                "two adders under get_lock(): a[0] 100"),
                o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.ARRAY_NEW).stream().anyMatch(e -> "i:[1, 2, 3, 4, 5]".equals(e.text()) && e.num() == 5),
                o.of(EventKind.ARRAY_NEW).toString());
        long squarer = o.start("squarer").pid();
        assertTrue(o.of(EventKind.ARRAY_SET).stream().anyMatch(e -> e.pid() == squarer && e.num() == 4 && "25".equals(e.text())));
    }

    @Test
    void parentProcess_nullInMainNameAndPidInChildrenAliveUntilItEnds() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, ParentProcessSemantics.class,
                List.of(new Cue("grandchild-joins", Cue.blocked("grandchild", "join()"))));
        assertEquals(List.of(
                "main: parentProcess() null",
                "child: pid is main's true, name MainProcess, alive true, exitCode null, same object true",
                "grandchild: parent middle is middle true, alive true",
                "grandchild: after join: alive false, pid still middle's true, getppid() now another true",
                "pool worker: pid is main's true, name MainProcess, alive true, exitCode null, same object true"),
                o.stdout(o.result().mainPid()));
        long grandchild = o.start("grandchild").pid();
        long middle = o.start("middle").pid();
        assertTrue(o.of(EventKind.BLOCK).stream().anyMatch(e -> e.pid() == grandchild && Long.toString(middle).equals(e.obj())
                && "join()".equals(e.text())), "the grandchild is drawn blocked in join() on its parent");
        assertTrue(o.of(EventKind.JOIN).stream().noneMatch(e -> e.pid() == grandchild),
                "a child's join() on its parent collects nothing: " + o.of(EventKind.JOIN));
    }

    @Test
    void connectionWait_readyEndsTimeoutEofAndActiveChildren() throws Exception {
        Runs.Outcome o = Runs.run(ConnectionWaitSemantics.class);
        assertEquals(List.of(
                "nothing sent: await(0) []",
                "await(0.3) [] after >= 0.3 s: true",
                "active children 1 writer, cpu count > 0: true",
                "after the child wrote to the second: [second], got x",
                "active children after join 0",
                "every writer closed: [first, second]",
                "await on a closed end: handle is closed"),
                o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.CONN_WAIT).stream().anyMatch(e -> "pipe-1:0,pipe-2:0".equals(e.obj()) && "pipe-2:0".equals(e.text())),
                o.of(EventKind.CONN_WAIT).toString());
    }
}
