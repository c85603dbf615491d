package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.ipc.SyncModel.Kind;
import org.proclab.ui.ipc.SyncModel.Sync;

/** What the fold of events, semaphores, conditions and barriers keeps, event by event. */
@Tag("unit")
class SyncModelTest {

    private static IpcEvents twoChildren() {
        return IpcEvents.log().main(100).child(101, "waiter", 100).child(102, "other", 100);
    }

    @Test
    void event_flagFollowsSetAndClear_waiterLeavesWhenItsWaitReturns() {
        IpcEvents log = twoChildren().add(100, EventKind.EVENT_NEW, "event-1", null, Event.NO_NUM)
                .block(101, "event-1", "wait()");
        Sync e = log.sync().object("event-1");
        assertEquals(Kind.EVENT, e.kind());
        assertFalse(e.flag());
        assertEquals(List.of(101L), e.waiters().stream().map(Wait::pid).toList());
        log.add(100, EventKind.EVENT_SET, "event-1", null, 1).add(101, EventKind.EVENT_WAIT, "event-1", null, Event.NO_NUM);
        e = log.sync().object("event-1");
        assertTrue(e.flag());
        assertEquals(List.of(), e.waiters());
        assertFalse(log.add(100, EventKind.EVENT_CLEAR, "event-1", null, Event.NO_NUM).sync().object("event-1").flag());
    }

    @Test
    void semaphore_counterFromAcquireAndRelease_boundedKept() {
        IpcEvents log = twoChildren().add(100, EventKind.SEMAPHORE_NEW, "semaphore-1", "bounded", 2)
                .add(101, EventKind.ACQUIRE, "semaphore-1", null, 1).add(102, EventKind.ACQUIRE, "semaphore-1", null, 0)
                .block(100, "semaphore-1", "acquire()");
        Sync s = log.sync().object("semaphore-1");
        assertEquals(0, s.count());
        assertEquals(2, s.limit());
        assertTrue(s.flag(), "bounded");
        assertEquals(1, s.waiters().size());
        s = log.add(101, EventKind.RELEASE, "semaphore-1", null, 1).add(100, EventKind.ACQUIRE, "semaphore-1", null, 0)
                .sync().object("semaphore-1");
        assertEquals(0, s.count());
        assertEquals(List.of(), s.waiters());
    }

    @Test
    void condition_namesItsLockAndCountsWhomNotifyWoke_lockEventsAreNotItsOwn() {
        IpcEvents log = twoChildren().lock(100, "rlock-1").add(100, EventKind.CONDITION_NEW, "condition-1", "rlock-1", Event.NO_NUM)
                .block(101, "condition-1", "wait()").block(102, "condition-1", "wait()")
                .acquire(100, "rlock-1").add(100, EventKind.NOTIFY, "condition-1", "notify", 1)
                .add(101, EventKind.WAKE, "condition-1", null, Event.NO_NUM);
        Sync c = log.sync().object("condition-1");
        assertEquals("rlock-1", c.lock());
        assertEquals(1, c.count());
        assertEquals(List.of(102L), c.waiters().stream().map(Wait::pid).toList());
        assertNull(log.sync().object("rlock-1"), "a lock is the lock view's");
    }

    @Test
    void barrier_roundsPassedBrokenByAbortNewAfterReset_stuckWaitersMarked() {
        IpcEvents log = twoChildren().add(100, EventKind.BARRIER_NEW, "barrier-1", null, 2)
                .block(101, "barrier-1", "wait()").add(102, EventKind.BARRIER_WAIT, "barrier-1", "passed", 1)
                .add(101, EventKind.BARRIER_WAIT, "barrier-1", "passed", 0);
        Sync b = log.sync().object("barrier-1");
        assertEquals(1, b.count());
        assertEquals(2, b.limit());
        assertFalse(b.flag());
        log.block(101, "barrier-1", "wait()").add(100, EventKind.BARRIER_ABORT, "barrier-1", null, Event.NO_NUM)
                .add(101, EventKind.BARRIER_WAIT, "barrier-1", "broken", 0);
        assertTrue(log.sync().object("barrier-1").flag(), "broken");
        assertFalse(log.add(100, EventKind.BARRIER_RESET, "barrier-1", null, Event.NO_NUM).sync().object("barrier-1").flag());
        log.block(101, "barrier-1", "wait()").deadlock("101", "barrier-1 waits for 1 more of its 2 parties");
        assertTrue(log.sync().object("barrier-1").isStuck(101));
    }
}
