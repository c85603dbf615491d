package org.proclab.mp;

/**
 * A lock kept in a {@link Manager}'s process, Python's {@code manager.Lock()}. Each acquire and release is a
 * call to the manager process; a process waiting for the lock waits in that call.
 *
 * <pre>{@code
 * try (LockProxy held = lock.enter()) {   // Python: with lock:
 *     d.put("count", d.get("count") + 1);
 * }
 * }</pre>
 */
public final class LockProxy extends Proxy implements AutoCloseable {
    private static final long serialVersionUID = 1L;

    LockProxy(Manager manager) {
        super(manager, "lock", null);
    }

    /** Waits until the lock is free, then takes it; returns true. */
    public boolean acquire() {
        return (Boolean) callAs("acquire()", "acquire", -1.0);
    }

    /** Waits at most {@code seconds} for the lock; true if this process got it. */
    public boolean acquire(double seconds) {
        return (Boolean) call("acquire", Math.max(0, seconds));
    }

    /**
     * Releases the lock.
     *
     * @throws IllegalStateException if it is not locked (Python's RuntimeError)
     */
    public void release() {
        call("release");
    }

    /** True if some process holds it now. */
    public boolean locked() {
        return (Boolean) call("locked");
    }

    /** Acquires the lock and returns it, for try-with-resources: Python's {@code with lock:}. */
    public LockProxy enter() {
        acquire();
        return this;
    }

    /** Releases the lock, as leaving Python's {@code with lock:} block does. */
    @Override
    public void close() {
        release();
    }
}
