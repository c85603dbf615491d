package org.proclab.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.proclab.kernel.IpcObject.LockObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Python's {@code Condition}: a lock (a Lock or an RLock) and the processes waiting to be notified.
 * {@code wait()} must be called holding the lock; it releases the lock completely and waits, in one step,
 * so that no notify between the two is lost. {@code notify(n)} (holding the lock) wakes the n oldest
 * waiters; each then takes the lock back itself, as in Python, once the notifier releases it. Lock held.
 */
final class Conditions {
    static final String WAIT_UNOWNED = "cannot wait on un-acquired lock";
    static final String NOTIFY_UNOWNED = "cannot notify on un-acquired lock";

    static final class ConditionObj extends IpcObject {
        final LockObj lock;
        final List<Waiter> waiters = new ArrayList<>();

        ConditionObj(long id, String name, LockObj lock) {
            super(id, name);
            this.lock = lock;
        }
    }

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;
    private final Locks locks;

    Conditions(Kernel kernel, Ipc ipc, Locks locks) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
        this.locks = locks;
    }

    /** CONDITION_NEW: {@code a} = the id of its lock, which the creator must hold a handle of. */
    void create(OpRequest r) {
        IpcObject l = handles.object(r.a());
        if (!(l instanceof LockObj lock) || !handles.holds(r.pid(), l.key(0))) {
            kernel.refuse(r, null, "a condition needs a lock or an RLock this process holds");
            return;
        }
        ConditionObj c = new ConditionObj(r.obj(), ipc.nextName("condition"), lock);
        if (!handles.register(r, c.id, c)) {
            return;
        }
        locks.loans.neverLend(lock);
        kernel.event(r, EventKind.CONDITION_NEW, c.name, lock.name, Event.NO_NUM);
        handles.grant(r.pid(), c, 0, "create", r);
        kernel.reply(r, Wire.OK, 0, null);
    }

    private ConditionObj condition(OpRequest r) {
        return ipc.held(r, ConditionObj.class, "condition");
    }

    /** CONDITION_WAIT: {@code a} = the calling thread, {@code b} = time-out. OK when notified, else TIMEOUT. */
    void await(OpRequest r, ProcessRecord self) {
        ConditionObj c = condition(r);
        if (c == null) {
            return;
        }
        if (!c.lock.ownedBy(r.pid(), r.a())) {
            kernel.reply(r, Wire.ERROR, 0, WAIT_UNOWNED);
            return;
        }
        locks.releaseAll(c.lock, r);
        if (r.b() == 0) {
            kernel.event(r, EventKind.TIMEOUT, c.name, "wait()", Event.NO_NUM);
            kernel.reply(r, Wire.TIMEOUT, 0, null);
            return;
        }
        c.waiters.add(kernel.block(r, self, c.name, "wait()", "wait() on " + c.name, r.b(), gone -> c.waiters.remove(gone)));
    }

    /** NOTIFY: {@code a} = the calling thread, {@code text} = "notify" or "notify_all", {@code b} = n. */
    void notifyWaiters(OpRequest r) {
        ConditionObj c = condition(r);
        if (c == null) {
            return;
        }
        if (!c.lock.ownedBy(r.pid(), r.a())) {
            kernel.reply(r, Wire.ERROR, 0, NOTIFY_UNOWNED);
            return;
        }
        boolean all = "notify_all".equals(r.text());
        long n = all ? Long.MAX_VALUE : Math.max(0, (long) r.b());
        List<Waiter> woken = new ArrayList<>();
        while (woken.size() < n && !c.waiters.isEmpty()) {
            woken.add(c.waiters.remove(0));
        }
        kernel.event(r, EventKind.NOTIFY, c.name, all ? "notify_all" : "notify", woken.size());
        kernel.reply(r, Wire.OK, woken.size(), null);
        for (Waiter w : woken) {
            kernel.wake(w);
            kernel.reply(w.req, Wire.OK, 1, null);
        }
    }

    void forgetWaiters(ProcessRecord p, ConditionObj c) {
        c.waiters.removeIf(w -> w.process == p);
    }

    /** Anyone holding the condition could take its lock and notify. */
    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        return o == null ? Set.of() : EventFlags.helpers(handles.holders(o.key(0)), handles.inFlight(o.key(0)));
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        IpcObject o = handles.object(w.req.obj());
        s.append(", which can never return: nobody can notify ").append(o.name).append(": the processes that hold it (")
                .append(names.of(helpers, w.process.pid)).append(") are all waiting");
    }
}
