package org.proclab.mp;

import org.proclab.wire.Op;

/**
 * A {@link Queue} that counts the items put and not yet done, like Python's
 * {@code multiprocessing.JoinableQueue}: a consumer calls {@link #taskDone()} for each item it got, once it
 * has finished with it, and {@link #join()} waits until every item put has been marked done.
 *
 * @param <T> the type of the items
 */
public final class JoinableQueue<T> extends Queue<T> {
    private static final long serialVersionUID = 1L;

    /** An unbounded joinable queue. */
    public JoinableQueue() {
        this(0);
    }

    /** A joinable queue holding at most {@code maxsize} items; 0 means unbounded. */
    public JoinableQueue(int maxsize) {
        super(maxsize, "joinable");
    }

    /**
     * Marks one item got from the queue as done.
     *
     * @throws IllegalStateException if called more times than items were put (Python raises ValueError)
     */
    public void taskDone() {
        Kernel.call(Op.QUEUE_TASK_DONE, id());
    }

    /** Waits until every item put has been marked done with {@link #taskDone()}. */
    public void join() {
        Kernel.call(Op.QUEUE_JOIN, id());
    }
}
