package org.proclab.kernel;

import org.proclab.kernel.IpcObject.LockObj;
import org.proclab.kernel.IpcObject.ValueObj;
import org.proclab.wire.Op;

/**
 * A value's lock, taken by a process's call when nobody waits for it, is lent to that process with its value:
 * until the kernel recalls it, that process acquires and releases the lock and reads and writes the value by
 * itself, and tells the kernel each time after (LENT_DONE, before anything it does after). The kernel records
 * each one then, as if it had come as a call, so the log keeps every operation, in each process's order, and
 * the lock's holder and the value are what the views show. Any other operation on the lock or its value (from
 * another process, or a call of the lendee's own) waits, unrecorded, while the kernel recalls the loan (a
 * RECALL, answered by the worker's reading thread with LENT_GIVE_BACK whatever its program does), and then runs
 * as if it had just come: an acquire of a lock its lendee still holds then blocks, as it always did. A lock
 * used by a condition is never lent (its waits release and take it in the kernel); step and slow motion
 * recall every loan. Lock held.
 */
final class LockLoans {
    /** Every op, once: {@code Op.values()} copies its array at each call. */
    private static final Op[] OPS = Op.values();

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;

    LockLoans(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
    }

    /**
     * True if {@code r} touches a lent lock or value (or makes a condition on a lent lock): it is parked, and
     * the loan recalled. The lendee's records of what it did (LENT_DONE) and its give-back are not among these
     * ops, so they never wait.
     */
    boolean mustWait(OpRequest r, ProcessRecord self) {
        LockObj l = switch (r.op()) {
            // only these name a lock or a value by its id (others name handles or other objects, whose numbers
            // may equal a lock's id)
            case ACQUIRE, RELEASE, LOCKED, VALUE_GET, VALUE_SET -> lockOf(handles.object(r.obj()));
            case CONDITION_NEW -> lockOf(handles.object(r.a()));
            default -> null;
        };
        if (l == null || (l.lendee == 0 && l.parked.isEmpty())) {
            return false;
        }
        l.parked.add(new Parked(r, self));
        recall(l);
        return true;
    }

    private static LockObj lockOf(IpcObject o) {
        if (o instanceof ValueObj v) {
            return v.lock;
        }
        return o instanceof LockObj l ? l : null;
    }

    /**
     * Whether the lock {@code r} just took goes to its process on loan: a value's lock, taken by a call, with
     * nobody waiting for it, not used by a condition, and the kernel running free.
     */
    boolean lends(LockObj l, OpRequest r) {
        if (l.value == null || !r.wantsReply() || l.neverLend || kernel.isSynchronous() || !l.waiters.isEmpty()
                || !l.parked.isEmpty() || l.lendee != 0) {
            return false;
        }
        l.lendee = r.pid();
        return true;
    }

    /**
     * LENT_DONE: the lendee did {@code a} (ACQUIRE, RELEASE, VALUE_GET or VALUE_SET) by itself; it is done in the
     * kernel now, with its line and its thread ({@code longs}), as a call that waits for nothing.
     */
    void done(OpRequest r, ProcessRecord self) {
        IpcObject target = handles.object(r.obj());
        LockObj l = lockOf(target);
        Op op = r.a() >= 0 && r.a() < OPS.length ? OPS[(int) r.a()] : null;
        long thread = r.longs() != null && r.longs().length == 1 ? r.longs()[0] : 0;
        if (l == null || l.lendee != r.pid() || op == null) {
            kernel.protocolError(r, "LENT_DONE of " + r.obj() + ", which is not lent to this process");
            return;
        }
        OpRequest did = new OpRequest(r.from(), 0, op, r.mainThread(), r.obj(), thread, -1, r.text(), r.payload(),
                null, r.file(), r.line(), null, false);
        switch (op) {
            case ACQUIRE -> {
                if (l.owner != null || target != l) {
                    kernel.protocolError(r, "acquired " + l.name + " by itself while it was held");
                    return;
                }
                ipc.locks.acquire(did, self);
            }
            case RELEASE -> {
                if (l.owner == null || l.owner != r.pid() || target != l) {
                    kernel.protocolError(r, "released " + l.name + " by itself when it did not hold it");
                    return;
                }
                ipc.locks.release(did);
            }
            case VALUE_GET, VALUE_SET -> {
                if (target != l.value) {
                    kernel.protocolError(r, op + " of " + r.obj() + ", which is not the value of " + l.name);
                    return;
                }
                if (op == Op.VALUE_GET) {
                    ipc.values.get(did);
                } else {
                    ipc.values.set(did);
                }
            }
            default -> kernel.protocolError(r, "LENT_DONE of " + op + ", which a lent lock does not do by itself");
        }
    }

    /** LENT_GIVE_BACK of a lock: its lendee answers a RECALL (or gives it back before a call of its own). */
    void givenBack(OpRequest r, LockObj l) {
        if (l.lendee != r.pid()) {
            kernel.protocolError(r, "gave back " + l.name + ", which is not lent to this process");
            return;
        }
        settled(l);
    }

    /** Nothing is lent any more: what waited runs, in the order it came. */
    private void settled(LockObj l) {
        l.lendee = 0;
        l.recalling = false;
        Parked.runAll(l.parked, ipc::handle);
    }

    private void recall(LockObj l) {
        if (l.recalling || l.lendee == 0) {
            return;
        }
        ProcessRecord lendee = kernel.find(l.lendee);
        if (lendee == null || lendee.conn == null || lendee.connClosed) {
            return; // its end settles the loan (onExit)
        }
        l.recalling = true;
        lendee.conn.recall(l.id);
    }

    /** A condition is made on this lock: it is never lent from now on (a loan now is recalled first). */
    void neverLend(LockObj l) {
        l.neverLend = true;
    }

    /** Step or slow motion begins: every operation must wait for its turn, so nothing stays lent. */
    void recallAll() {
        for (IpcObject o : handles.objects()) {
            if (o instanceof LockObj l) {
                recall(l);
            }
        }
    }

    /** {@code p} ended: what it parked ends with it, and a loan it had comes back (the lock stays as it left it). */
    void onExit(ProcessRecord p, LockObj l) {
        l.parked.removeIf(w -> w.process() == p);
        if (l.lendee == p.pid) {
            settled(l);
        }
    }
}
