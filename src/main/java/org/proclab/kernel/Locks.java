package org.proclab.kernel;

import java.util.LinkedHashSet;
import java.util.Set;
import org.proclab.kernel.IpcObject.LockObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Locks with Python's semantics: one holder at a time, waiters served in arrival order; any process holding
 * a handle of the lock may release it while it is held (a multiprocessing Lock is a semaphore), and a lock
 * whose holder ended stays locked. Lock held.
 */
final class Locks {
    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;

    Locks(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
    }

    void create(OpRequest r) {
        create(r, r.obj(), null);
    }

    /** A new lock; {@code name} is given for a value's own lock ("value-1.lock"). Null if refused. */
    LockObj create(OpRequest r, long id, String name) {
        LockObj l = new LockObj(id, name != null ? name : ipc.nextName("lock"));
        if (!handles.register(r, id, l)) {
            return null;
        }
        kernel.event(r, EventKind.LOCK_NEW, l.name, null, Event.NO_NUM);
        handles.grant(r.pid(), l, 0, "create", r);
        return l;
    }

    void acquire(OpRequest r, ProcessRecord self) {
        LockObj l = ipc.held(r, LockObj.class, "lock");
        if (l == null) {
            return;
        }
        if (l.owner == null) {
            l.owner = r.pid();
            kernel.event(r, EventKind.ACQUIRE, l.name, null, Event.NO_NUM);
            kernel.reply(r, Wire.OK, 1, null);
        } else if (r.b() == 0) {
            kernel.event(r, EventKind.TIMEOUT, l.name, "acquire()", Event.NO_NUM);
            kernel.reply(r, Wire.TIMEOUT, 0, null);
        } else {
            Waiter w = kernel.block(r, self, l.name, "acquire()", "acquire() on " + l.name, r.b(), gone -> l.waiters.remove(gone));
            l.waiters.add(w);
        }
    }

    void release(OpRequest r) {
        LockObj l = ipc.held(r, LockObj.class, "lock");
        if (l == null) {
            return;
        }
        if (l.owner == null) {
            if (r.wantsReply()) {
                kernel.reply(r, Wire.ERROR, 0, "release unlocked lock");
            } else {
                kernel.note(r.pid(), "release() of " + l.name + ", which is not locked, was ignored");
            }
            return;
        }
        l.owner = null;
        kernel.event(r, EventKind.RELEASE, l.name, null, Event.NO_NUM);
        kernel.reply(r, Wire.OK, 0, null);
        if (!l.waiters.isEmpty()) {
            Waiter w = l.waiters.remove(0);
            kernel.unblock(w);
            l.owner = w.req.pid();
            kernel.event(w.req, EventKind.ACQUIRE, l.name, null, Event.NO_NUM);
            kernel.reply(w.req, Wire.OK, 1, null);
        }
    }

    void forgetWaiters(ProcessRecord p, LockObj l) {
        l.waiters.removeIf(w -> w.process == p);
    }

    /** A lock whose holder ended stays locked, as in Python: say so, since nobody may ever release it. */
    void holderEnded(ProcessRecord p, LockObj l) {
        if (l.owner != null && l.owner == p.pid) {
            kernel.note(p.pid, l.name + " is still held by " + p.label()
                    + ", which has ended: it stays locked until some process releases it");
        }
    }

    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        return o == null ? Set.of() : new LinkedHashSet<>(handles.holders(o.key(0)));
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        LockObj l = (LockObj) handles.object(w.req.obj());
        ProcessRecord owner = l.owner == null ? null : names.find(l.owner);
        s.append(", which can never return: ").append(l.name).append(" is held by ")
                .append(owner == null ? "a process" : owner.label())
                .append(owner != null && !owner.alive() ? ", which has ended" : "")
                .append(", and the processes that could release it (").append(names.of(helpers, w.process.pid))
                .append(") are waiting too");
    }
}
