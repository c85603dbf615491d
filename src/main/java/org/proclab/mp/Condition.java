package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.function.BooleanSupplier;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.HandleCapture;

/**
 * A condition variable shared by processes, like Python's {@code multiprocessing.Condition(lock)}: a lock
 * and the processes waiting to be told that something changed. Hold the lock to wait or to notify.
 * Python's {@code wait}, {@code wait_for}, {@code notify} and {@code notify_all} are {@link #await()},
 * {@link #awaitFor}, {@link #signal()} and {@link #signalAll()} here, since Java's {@code Object} has the
 * first names.
 *
 * <pre>{@code
 * try (Condition held = ready.enter()) {   // Python: with ready:
 *     ready.awaitFor(() -> box.get() > 0, -1);
 * }
 * }</pre>
 */
public final class Condition implements Serializable, AutoCloseable {
    private static final long serialVersionUID = 1L;

    private final long id;
    /** Exactly one of the two. */
    private final Lock lock;
    private final RLock rlock;

    /** A condition over a new RLock, as Python's {@code Condition()}. */
    public Condition() {
        this(null, new RLock());
    }

    /** A condition over a Lock this process holds a handle of. */
    public Condition(Lock lock) {
        this(java.util.Objects.requireNonNull(lock, "lock"), null);
    }

    /** A condition over an RLock this process holds a handle of. */
    public Condition(RLock lock) {
        this(null, java.util.Objects.requireNonNull(lock, "lock"));
    }

    private Condition(Lock lock, RLock rlock) {
        this.lock = lock;
        this.rlock = rlock;
        this.id = Kernel.create(Op.CONDITION_NEW, lock != null ? lock.id() : rlock.id(), null);
    }

    /** Acquires the condition's lock; returns true. */
    public boolean acquire() {
        return lock != null ? lock.acquire() : rlock.acquire();
    }

    /** Acquires the condition's lock, waiting at most {@code seconds}; true if it got it. */
    public boolean acquire(double seconds) {
        return lock != null ? lock.acquire(seconds) : rlock.acquire(seconds);
    }

    /** Releases the condition's lock. */
    public void release() {
        if (lock != null) {
            lock.release();
        } else {
            rlock.release();
        }
    }

    /**
     * Releases the lock, waits until another process notifies, then takes the lock back; returns true.
     *
     * @throws IllegalStateException if this thread does not hold the lock (Python raises RuntimeError)
     */
    public boolean await() {
        return await(-1);
    }

    /**
     * Like {@link #await()}, waiting at most {@code seconds}: false if the time ran out. Either way, the
     * lock is held again when it returns.
     */
    public boolean await(double seconds) {
        var r = Kernel.call(Op.CONDITION_WAIT, id, Kernel.thread(), seconds, null, null);
        if (lock != null) {
            lock.releasedByWait();
            lock.reacquire();
        } else {
            rlock.reacquire(rlock.releasedByWait());
        }
        return r.status() == Wire.OK;
    }

    /**
     * Waits until {@code predicate} is true, checking it first and after each notification, as Python's
     * {@code wait_for(predicate, timeout)}; {@code seconds} below 0 waits for ever. Returns the predicate's
     * last value. Hold the lock when calling it.
     */
    public boolean awaitFor(BooleanSupplier predicate, double seconds) {
        long end = seconds < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (seconds * 1e9);
        boolean result = predicate.getAsBoolean();
        while (!result) {
            double left = seconds < 0 ? -1 : (end - System.nanoTime()) / 1e9;
            if (seconds >= 0 && left <= 0) {
                break;
            }
            await(left);
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** Wakes the longest waiting process, Python's {@code notify()}. Hold the lock. */
    public void signal() {
        signal(1);
    }

    /** Wakes up to {@code n} waiting processes, Python's {@code notify(n)}. Hold the lock. */
    public void signal(int n) {
        Kernel.call(Op.NOTIFY, id, Kernel.thread(), n, "notify", null);
    }

    /** Wakes every waiting process, Python's {@code notify_all()}. Hold the lock. */
    public void signalAll() {
        Kernel.call(Op.NOTIFY, id, Kernel.thread(), 0, "notify_all", null);
    }

    /** Acquires the lock and returns this condition, for try-with-resources: Python's {@code with cond:}. */
    public Condition enter() {
        acquire();
        return this;
    }

    /** Releases the lock, as leaving Python's {@code with cond:} block does. */
    @Override
    public void close() {
        release();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
