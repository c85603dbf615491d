package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * A lock shared by processes, like Python's {@code multiprocessing.Lock}: at most one process holds it.
 *
 * <pre>{@code
 * lock.acquire();
 * try {
 *     v.set(v.get() + 1);     // only one process at a time runs this
 * } finally {
 *     lock.release();
 * }
 * }</pre>
 *
 * As in Python, any process may release a held lock, and a lock held by a process that ends stays
 * locked: nobody else can ever acquire it, unless some process releases it.
 */
public final class Lock implements Serializable {
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

    /** Waits until the lock is free, then takes it. */
    public void acquire() {
        acquire(-1);
    }

    /** Waits at most {@code seconds} for the lock; true if this process now holds it. 0 means "don't wait". */
    public boolean acquire(double seconds) {
        Reply r = WorkerRuntime.get().client().call(Op.ACQUIRE, id, 0, seconds, null, null, null);
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
        boolean got = r.status() == Wire.OK;
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
        if (mine) {
            WorkerRuntime.get().client().tell(Op.RELEASE, id);
            return;
        }
        Reply r = WorkerRuntime.get().client().call(Op.RELEASE, id);
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
