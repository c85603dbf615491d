package org.proclab.mp;

/**
 * Python's {@code multiprocessing.BoundedSemaphore(value)}: a {@link Semaphore} whose {@link #release()}
 * throws IllegalStateException when it would go above its initial value, which catches a release too many.
 */
public final class BoundedSemaphore extends Semaphore {
    private static final long serialVersionUID = 1L;

    /** A bounded semaphore starting at 1. */
    public BoundedSemaphore() {
        this(1);
    }

    /** A bounded semaphore starting at, and never above, {@code value}. */
    public BoundedSemaphore(int value) {
        super(value, true);
    }

    @Override
    public BoundedSemaphore enter() {
        acquire();
        return this;
    }
}
