package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.LentLocks;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * A lock shared by processes, like Python's {@code multiprocessing.Lock}: at most one process holds it.
 *
 * <pre>{@code
 * try (Lock held = lock.enter()) {   // Python: with lock:
 *     v.set(v.get() + 1);            // only one process at a time runs this
 * }
 * }</pre>
 *
 * As in Python, any process may release a held lock, and a lock held by a process that ends stays
 * locked: nobody else can ever acquire it, unless some process releases it.
 */
public final class Lock implements Serializable, AutoCloseable {
    private static final long serialVersionUID = 1L;

    private final long id;
    /** How many times this process acquired and has not released: releases by the holder need no reply. */
    private transient int heldHere;

    /** A new, unlocked lock. */
    public Lock() {
        WorkerRuntime rt = WorkerRuntime.get();
        this.id = rt.newObjectId();
        rt.client().tell(Op.LOCK_NEW, id, 0, 0, null, null, null);
    }

    Lock(long id) {
        this.id = id;
    }

    long id() {
        return id;
    }

    /** Waits until the lock is free, then takes it; returns true, as Python's {@code acquire()}. */
    public boolean acquire() {
        return acquire(-1);
    }

    /** Waits at most {@code seconds} for the lock; true if this process now holds it. 0 means "don't wait". */
    public boolean acquire(double seconds) {
        return take(seconds, null);
    }

    private boolean take(double seconds, long[] restore) {
        LentLocks lent = WorkerRuntime.get().client().lentLocks();
        boolean got;
        if (restore == null && lent.acquire(id, Kernel.thread())) {
            got = true; // lent to this process, and free: taken here, the kernel told
        } else {
            Reply r = lent.acquireFromKernel(id, () -> Kernel.call(Op.ACQUIRE, id, Kernel.thread(), seconds, null, restore));
            got = r.status() == Wire.OK;
        }
        if (got) {
            synchronized (this) {
                heldHere++;
            }
        }
        return got;
    }

    /**
     * Releases the lock so another process can take it.
     *
     * @throws IllegalStateException if the lock is not locked (Python raises ValueError)
     */
    public void release() {
        boolean mine;
        synchronized (this) {
            mine = heldHere > 0;
            if (mine) {
                heldHere--;
            }
        }
        if (WorkerRuntime.get().client().lentLocks().release(id, Kernel.thread())) {
            return; // lent to this process and held: released here, the kernel told
        }
        if (mine) {
            Kernel.tell(Op.RELEASE, id, Kernel.thread(), 0, null);
            return;
        }
        Kernel.call(Op.RELEASE, id, Kernel.thread(), 0, null, null);
    }

    /** True if some process holds the lock now, Python's {@code locked()}. */
    public boolean locked() {
        Boolean lent = WorkerRuntime.get().client().lentLocks().locked(id);
        if (lent != null) {
            return lent;
        }
        return Kernel.call(Op.LOCKED, id).value() == 1;
    }

    /** Acquires the lock and returns it, for try-with-resources: Python's {@code with lock:}. */
    public Lock enter() {
        acquire();
        return this;
    }

    /** Releases the lock, as leaving Python's {@code with lock:} block does. */
    @Override
    public void close() {
        release();
    }

    /** A condition's wait released the lock in the kernel: this process holds it no more. */
    synchronized void releasedByWait() {
        heldHere = Math.max(0, heldHere - 1);
    }

    /** After a condition's wait: takes the lock again. */
    void reacquire() {
        take(-1, null);
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
