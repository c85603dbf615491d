package org.proclab.mp;

/**
 * A queue kept in a {@link Manager}'s process, Python's {@code manager.Queue()}. Each put and get is a call to
 * the manager process; a get on an empty queue waits in that call.
 *
 * @param <T> the items
 */
public final class QueueProxy<T> extends Proxy {
    private static final long serialVersionUID = 1L;

    QueueProxy(Manager manager, int maxsize) {
        super(manager, "queue", maxsize);
    }

    /** Adds an item, waiting while a bounded queue is full. */
    public void put(T item) {
        callAs(display("put", item), "put", item, -1.0);
    }

    /** Like {@link #put(Object)}, waiting at most {@code seconds} for room; then throws {@link Full}. */
    public void put(T item, double seconds) throws Full {
        try {
            call("put", item, Math.max(0, seconds));
        } catch (Raised e) {
            throw (Full) e.getCause();
        }
    }

    /** Removes and returns the first item, waiting while the queue is empty. */
    @SuppressWarnings("unchecked")
    public T get() {
        return (T) callAs("get()", "get", -1.0);
    }

    /** Like {@link #get()}, waiting at most {@code seconds}; then throws {@link Empty}. */
    @SuppressWarnings("unchecked")
    public T get(double seconds) throws Empty {
        try {
            return (T) call("get", Math.max(0, seconds));
        } catch (Raised e) {
            throw (Empty) e.getCause();
        }
    }

    /** The number of items now. */
    public int qsize() {
        return (Integer) call("qsize");
    }

    public boolean empty() {
        return (Boolean) call("empty");
    }
}
