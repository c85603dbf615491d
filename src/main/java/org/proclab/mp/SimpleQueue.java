package org.proclab.mp;

import java.io.Serializable;

/**
 * Python's {@code multiprocessing.SimpleQueue}: an unbounded queue with only {@link #put}, {@link #get},
 * {@link #empty()} and {@link #close()}.
 *
 * @param <T> the type of the items
 */
public final class SimpleQueue<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Queue<T> queue = new Queue<>(0, "simple");

    /** Adds an item at the end; never waits. */
    public void put(T item) {
        queue.put(item);
    }

    /** Removes and returns the first item, waiting while the queue is empty. */
    public T get() {
        return queue.get();
    }

    /** True if the queue is empty now. */
    public boolean empty() {
        return queue.empty();
    }

    /** This process will use the queue no more. */
    public void close() {
        queue.close();
    }
}
