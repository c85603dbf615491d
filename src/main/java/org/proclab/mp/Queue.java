package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.Message;
import org.proclab.worker.Payloads;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * A first-in, first-out queue shared by processes, like Python's {@code multiprocessing.Queue}.
 * Any process holding it may {@link #put} and {@link #get}. Give it to a child by using it in the
 * child's task: {@code new Process(() -> q.put(List.of(1, 2, 3)))}.
 *
 * @param <T> the type of the items
 */
public final class Queue<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final int maxsize;

    /** An unbounded queue: {@code put} never waits. */
    public Queue() {
        this(0);
    }

    /** A queue holding at most {@code maxsize} items; {@code put} waits while it is full. 0 means unbounded. */
    public Queue(int maxsize) {
        if (maxsize < 0) {
            throw new IllegalArgumentException("maxsize must be 0 (unbounded) or more");
        }
        WorkerRuntime rt = WorkerRuntime.get();
        this.id = rt.newObjectId();
        this.maxsize = maxsize;
        rt.client().tell(Op.QUEUE_NEW, id, maxsize, 0, null, null, null);
    }

    /**
     * Adds an item at the end. Returns at once unless the queue is bounded and full (then it waits for
     * room), or ProcLab's memory for queued items (256 MiB for all queues and pipes) is full.
     */
    public void put(T item) {
        Message m = Message.of(item);
        var client = WorkerRuntime.get().client();
        Reply r = maxsize > 0
                ? client.call(Op.PUT, id, 0, -1, m.display(), m.bytes(), m.handles())
                : client.handOver(Op.PUT, id << 1, id, 0, -1, m.display(), m.bytes(), m.handles());
        if (r != null && r.failed()) {
            throw new IllegalStateException(r.text());
        }
    }

    /** Removes and returns the first item, waiting for as long as the queue is empty. */
    public T get() {
        try {
            return take(-1);
        } catch (Empty e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #get()} but waits at most {@code seconds}; then throws {@link Empty}. */
    public T get(double seconds) throws Empty {
        return take(Math.max(0, seconds));
    }

    /** True if the queue is empty now (another process may put an item a moment later). */
    public boolean empty() {
        return qsize() == 0;
    }

    /** The number of items in the queue now. */
    public int qsize() {
        Reply r = WorkerRuntime.get().client().call(Op.QSIZE, id);
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
        return (int) r.value();
    }

    @SuppressWarnings("unchecked")
    private T take(double seconds) throws Empty {
        Reply r = WorkerRuntime.get().client().call(Op.GET, id, 1, seconds, null, null, null);
        if (r.status() == Wire.TIMEOUT) {
            throw new Empty("the queue stayed empty for " + seconds + " s");
        }
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
        try {
            return (T) Payloads.decode(r.payload());
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not read the item: " + e.getMessage(), e);
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
