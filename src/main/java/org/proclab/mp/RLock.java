package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.Reply;

/**
 * A re-entrant lock shared by processes, like Python's {@code multiprocessing.RLock}: the thread that holds
 * it may acquire it again, and must release it as many times; only that thread may release it.
 *
 * <pre>{@code
 * try (RLock held = rlock.enter()) {   // Python: with rlock:
 *     ...
 * }
 * }</pre>
 */
public final class RLock implements Serializable, AutoCloseable {
    private static final long serialVersionUID = 1L;

    private final long id;
    /** The thread of this process that owns it, and how many times (kept here, checked by the kernel). */
    private transient long ownerThread = -1;
    private transient int count;

    /** A new, unlocked RLock. */
    public RLock() {
        this.id = Kernel.create(Op.LOCK_NEW, 1, null);
    }

    long id() {
        return id;
    }

    /** Waits until the lock is free or already this thread's, then takes it (once more); returns true. */
    public boolean acquire() {
        return acquire(-1);
    }

    /** Waits at most {@code seconds}; true if this thread now holds the lock. 0 means "don't wait". */
    public boolean acquire(double seconds) {
        return take(seconds, null);
    }

    private boolean take(double seconds, long[] restore) {
        Reply r = Kernel.call(Op.ACQUIRE, id, Kernel.thread(), seconds, null, restore);
        if (r.status() != Wire.OK) {
            return false;
        }
        synchronized (this) {
            ownerThread = Kernel.thread();
            count = restore != null ? (int) restore[0] : count + 1;
        }
        return true;
    }

    /**
     * Releases the lock once; it is free when released as many times as it was acquired.
     *
     * @throws IllegalStateException if this thread does not hold it (Python raises AssertionError)
     */
    public void release() {
        synchronized (this) {
            if (ownerThread == Kernel.thread() && count > 0) {
                count--;
                Kernel.tell(Op.RELEASE, id, Kernel.thread(), 0, null);
                return;
            }
        }
        Kernel.call(Op.RELEASE, id, Kernel.thread(), 0, null, null); // the kernel says why not
    }

    /** Acquires the lock and returns it, for try-with-resources: Python's {@code with rlock:}. */
    public RLock enter() {
        acquire();
        return this;
    }

    /** Releases the lock once, as leaving Python's {@code with rlock:} block does. */
    @Override
    public void close() {
        release();
    }

    /** A condition's wait released the lock completely in the kernel: how many times this thread held it. */
    synchronized int releasedByWait() {
        int held = count;
        count = 0;
        return held;
    }

    /** After a condition's wait: takes the lock back as many times as it was held. */
    void reacquire(int times) {
        take(-1, new long[] {Math.max(1, times)});
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
