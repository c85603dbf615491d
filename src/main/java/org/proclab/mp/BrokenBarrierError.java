package org.proclab.mp;

/**
 * Thrown by {@link Barrier#await()} when the barrier is broken (aborted, reset, or a wait timed out),
 * like Python's {@code threading.BrokenBarrierError}.
 */
public class BrokenBarrierError extends Exception {
    private static final long serialVersionUID = 1L;

    public BrokenBarrierError(String message) {
        super(message);
    }
}
