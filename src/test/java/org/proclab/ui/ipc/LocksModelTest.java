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
import org.proclab.ui.ipc.LocksModel.Lock;

@Tag("unit")
class LocksModelTest {

    private static IpcEvents twoChildren() {
        return IpcEvents.log().main(100).lock(100, "lock-1")
                .child(101, "Process-1", 100).handle(101, "lock-1", "fork")
                .child(102, "Process-2", 100).handle(102, "lock-1", "fork");
    }

    @Test
    void acquire_holds_release_frees() {
        IpcEvents log = twoChildren().acquire(101, "lock-1");
        Lock held = log.locks().lock("lock-1");
        assertTrue(held.held());
        assertEquals(101L, held.holder());
        Lock free = log.release(101, "lock-1").locks().lock("lock-1");
        assertFalse(free.held());
        assertNull(free.holder());
        assertEquals(1, free.acquisitions());
    }

    @Test
    void waiters_inOrder_theFirstGetsItAtRelease() {
        IpcEvents log = twoChildren().child(103, "Process-3", 100).acquire(101, "lock-1")
                .block(102, "lock-1", "acquire()").block(103, "lock-1", "acquire()");
        Lock l = log.locks().lock("lock-1");
        assertEquals(List.of(102L, 103L), l.waiters().stream().map(Wait::pid).toList());
        Lock next = log.release(101, "lock-1").acquire(102, "lock-1").locks().lock("lock-1");
        assertEquals(102L, next.holder());
        assertEquals(List.of(103L), next.waiters().stream().map(Wait::pid).toList());
    }

    @Test
    void holderExits_whileHolding_isHeldByDead_untilReleased() {
        IpcEvents log = twoChildren().acquire(101, "lock-1").exit(101, "returned").close(101, "lock-1", "exit");
        Lock l = log.locks().lock("lock-1");
        assertTrue(l.held());
        assertTrue(l.holderDead());
        Lock released = log.release(102, "lock-1").locks().lock("lock-1");
        assertFalse(released.holderDead());
        assertFalse(released.held());
    }

    @Test
    void timeout_endsAWait() {
        Lock l = twoChildren().acquire(101, "lock-1").block(102, "lock-1", "acquire()")
                .timeout(102, "lock-1", "acquire()").locks().lock("lock-1");
        assertTrue(l.waiters().isEmpty());
    }

    @Test
    void deadlock_marksTheStuckWaiters() {
        Lock b = IpcEvents.log().main(100).lock(100, "lock-1").lock(100, "lock-2")
                .child(101, "takes-a-then-b", 100).child(102, "takes-b-then-a", 100)
                .acquire(101, "lock-1").acquire(102, "lock-2")
                .block(101, "lock-2", "acquire()").block(102, "lock-1", "acquire()")
                .deadlock("101,102", "no process can go on").locks().lock("lock-2");
        assertTrue(b.isStuck(101));
        assertEquals(102L, b.holder());
    }

    @Test
    void valueLock_knowsItsValue() {
        Lock l = IpcEvents.log().main(100).value(100, "value-1", "i:0").locks().lock("value-1.lock");
        assertEquals("value-1", l.valueId());
        assertNull(IpcEvents.log().main(100).lock(100, "lock-1").locks().lock("lock-1").valueId());
    }

    @Test
    void lessonTrace_process2WaitsWhileProcess1Holds() {
        List<Event> events = Traces.load(Traces.LOCK_VALUE);
        long p1 = Traces.pidOf(events, "Process-1");
        long p2 = Traces.pidOf(events, "Process-2");
        Lock l = LocksModel.foldOf(events, Traces.through(events, Traces.is(EventKind.BLOCK, "lock-1"))).snapshot().lock("lock-1");
        assertEquals(p1, l.holder());
        assertEquals(List.of(p2), l.waiters().stream().map(Wait::pid).toList());

        Lock handedOver = LocksModel.foldOf(events, Traces.through(events, e -> e.kind() == EventKind.ACQUIRE && e.pid() == p2))
                .snapshot().lock("lock-1");
        assertEquals(p2, handedOver.holder());
        assertTrue(handedOver.waiters().isEmpty());
    }

    @Test
    void lessonTrace_atTheEnd_bothLocksFree() {
        List<Event> events = Traces.load(Traces.LOCK_VALUE);
        LocksModel.Snapshot s = LocksModel.foldOf(events, events.size()).snapshot();
        assertEquals(List.of("value-1.lock", "lock-1"), s.locks().stream().map(Lock::id).toList());
        assertFalse(s.lock("lock-1").held());
        assertEquals(2, s.lock("lock-1").acquisitions());
        assertEquals(0, s.lock("value-1.lock").acquisitions());
    }
}
