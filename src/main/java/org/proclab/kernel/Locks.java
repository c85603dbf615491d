package org.proclab.kernel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.proclab.kernel.IpcObject.LockObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Locks with Python's semantics: one holder at a time, waiters served in arrival order; any process holding
 * a handle of a Lock may release it while it is held (a multiprocessing Lock is a semaphore), and a lock
 * whose holder ended stays locked. An RLock is owned by one thread of one process, which may acquire it
 * again (its count grows) and alone may release it. Every acquire names the calling thread ({@code a}), so
 * that a condition can tell whether the caller holds its lock. Lock held.
 */
final class Locks {
    /** An acquire's answer when the lock comes lent, with its value as the payload ({@link LockLoans}). */
    static final long LENT = 2;
    static final String NOT_OWNED = "attempt to release recursive lock not owned by thread";

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;
    final LockLoans loans;

    Locks(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
        this.loans = new LockLoans(kernel, ipc);
    }

    /** LOCK_NEW: {@code a} is 1 for an RLock. */
    void create(OpRequest r) {
        create(r, r.obj(), null, r.a() == 1);
    }

    /** A new lock; {@code name} is given for a value's own lock ("value-1.lock"). Null if refused. */
    LockObj create(OpRequest r, long id, String name, boolean recursive) {
        LockObj l = new LockObj(id, name != null ? name : ipc.nextName(recursive ? "rlock" : "lock"), recursive);
        if (!handles.register(r, id, l)) {
            return null;
        }
        kernel.event(r, EventKind.LOCK_NEW, l.name, recursive ? "recursive" : null, Event.NO_NUM);
        handles.grant(r.pid(), l, 0, "create", r);
        return l;
    }

    void acquire(OpRequest r, ProcessRecord self) {
        LockObj l = ipc.held(r, LockObj.class, "lock");
        if (l == null) {
            return;
        }
        if (l.recursive && l.ownedBy(r.pid(), r.a())) {
            l.count++;
            kernel.event(r, EventKind.ACQUIRE, l.name, null, l.count);
            kernel.reply(r, Wire.OK, 1, null);
        } else if (l.owner == null) {
            take(l, r);
        } else if (r.b() == 0) {
            kernel.event(r, EventKind.TIMEOUT, l.name, "acquire()", Event.NO_NUM);
            kernel.reply(r, Wire.TIMEOUT, 0, null);
        } else {
            Waiter w = kernel.block(r, self, l.name, "acquire()", "acquire() on " + l.name, r.b(), gone -> l.waiters.remove(gone));
            l.waiters.add(w);
        }
    }

    /**
     * The lock goes to the caller of {@code r}. A condition's waiter takes an RLock back at the level it had
     * ({@code longs = {count}}), as Python's {@code Condition.wait} acquires it that many times.
     */
    private void take(LockObj l, OpRequest r) {
        l.owner = r.pid();
        l.ownerThread = r.a();
        long[] restore = r.longs();
        l.count = l.recursive && restore != null && restore.length == 1 && restore[0] > 0
                ? (int) Math.min(restore[0], Integer.MAX_VALUE) : 1;
        kernel.event(r, EventKind.ACQUIRE, l.name, null, l.recursive ? l.count : Event.NO_NUM);
        if (loans.lends(l, r)) {
            kernel.reply(r, Wire.OK, LENT, null, List.of(l.value.current), 0);
        } else {
            kernel.reply(r, Wire.OK, 1, null);
        }
    }

    void release(OpRequest r) {
        LockObj l = ipc.held(r, LockObj.class, "lock");
        if (l == null) {
            return;
        }
        if (l.owner == null || (l.recursive && !l.ownedBy(r.pid(), r.a()))) {
            String why = l.recursive ? NOT_OWNED : "release unlocked lock";
            if (r.wantsReply()) {
                kernel.reply(r, Wire.ERROR, 0, why);
            } else {
                kernel.note(r.pid(), "release() of " + l.name + " was ignored: " + why);
            }
            return;
        }
        if (l.recursive && l.count > 1) {
            l.count--;
            kernel.event(r, EventKind.RELEASE, l.name, null, l.count);
            kernel.reply(r, Wire.OK, 0, null);
            return;
        }
        free(l, r);
        kernel.reply(r, Wire.OK, 0, null);
    }

    /**
     * Releases the lock at once, whatever its count, for a condition's wait: returns the count the caller
     * held, which it takes back when it acquires the lock again. The caller must own it.
     */
    int releaseAll(LockObj l, OpRequest r) {
        int count = l.count;
        free(l, r);
        return count;
    }

    private void free(LockObj l, OpRequest r) {
        l.owner = null;
        l.count = 0;
        kernel.event(r, EventKind.RELEASE, l.name, null, l.recursive ? 0 : Event.NO_NUM);
        if (!l.waiters.isEmpty()) {
            Waiter w = l.waiters.remove(0);
            kernel.unblock(w);
            take(l, w.req);
        }
    }

    /** LOCKED: 1 if someone holds the lock (Python's {@code locked()}). */
    void locked(OpRequest r) {
        LockObj l = ipc.held(r, LockObj.class, "lock");
        if (l != null) {
            kernel.reply(r, Wire.OK, l.owner != null ? 1 : 0, null);
        }
    }

    void forgetWaiters(ProcessRecord p, LockObj l) {
        l.waiters.removeIf(w -> w.process == p);
    }

    /** A lock whose holder ended stays locked, as in Python: say so, since nobody may ever release it. */
    void holderEnded(ProcessRecord p, LockObj l) {
        if (l.owner != null && l.owner == p.pid) {
            kernel.note(p.pid, l.name + " is still held by " + p.label()
                    + ", which has ended: " + (l.recursive ? "nobody can ever release it, since only its owner may"
                    : "it stays locked until some process releases it"));
        }
    }

    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        if (!(o instanceof LockObj l)) {
            return Set.of();
        }
        return helpers(l.recursive, l.owner, handles.holders(l.key(0)));
    }

    /**
     * Who could release a lock someone waits for: any holder of a Lock (a multiprocessing Lock is a
     * semaphore), but only the owner of an RLock. Pure, for the tests.
     */
    static Set<Long> helpers(boolean recursive, Long owner, Set<Long> holders) {
        if (recursive) {
            return owner == null ? new LinkedHashSet<>(holders) : new LinkedHashSet<>(Set.of(owner));
        }
        return new LinkedHashSet<>(holders);
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        LockObj l = (LockObj) handles.object(w.req.obj());
        ProcessRecord owner = l.owner == null ? null : names.find(l.owner);
        s.append(", which can never return: ").append(l.name).append(" is held by ")
                .append(owner == null ? "a process" : owner.label())
                .append(owner != null && !owner.alive() ? ", which has ended" : "");
        if (l.recursive) {
            s.append(", and only its owner may release an RLock");
            if (owner != null && owner.alive()) {
                s.append(", but ").append(owner.name).append(" is waiting too");
            }
            return;
        }
        s.append(", and the processes that could release it (").append(names.of(helpers, w.process.pid))
                .append(") are waiting too");
    }
}
