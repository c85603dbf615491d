package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.LentItems;
import org.proclab.worker.Message;
import org.proclab.worker.Payloads;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * A first-in, first-out queue shared by processes, like Python's {@code multiprocessing.Queue}.
 * Any process holding it may {@link #put} and {@link #get}. Give it to a child by using it in the
 * child's task: {@code new Process(() -> q.put(List.of(1, 2, 3)))}.
 *
 * <p>To save time, when only one process gets from a queue, ProcLab hands it the next items together with the
 * one it asked for. They stay in the queue ({@link #qsize} counts them) until that process gets them; if
 * another process calls {@code get()}, they go back to the front of the queue first.
 *
 * @param <T> the type of the items
 */
public class Queue<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final int maxsize;
    /** This process called close(): Python's Queue refuses puts and gets after it. */
    private transient boolean closed;

    /** An unbounded queue: {@code put} never waits. */
    public Queue() {
        this(0);
    }

    /** A queue holding at most {@code maxsize} items; {@code put} waits while it is full. 0 means unbounded. */
    public Queue(int maxsize) {
        this(maxsize, null);
    }

    /** A queue of a kind: "joinable" for a {@link JoinableQueue}, "simple" for a {@link SimpleQueue}'s. */
    Queue(int maxsize, String type) {
        if (maxsize < 0) {
            throw new IllegalArgumentException("maxsize must be 0 (unbounded) or more");
        }
        WorkerRuntime rt = WorkerRuntime.get();
        this.id = rt.newObjectId();
        this.maxsize = maxsize;
        rt.client().tell(Op.QUEUE_NEW, id, maxsize, 0, type, null, null);
    }

    long id() {
        return id;
    }

    /**
     * Adds an item at the end. Returns at once unless the queue is bounded and full (then it waits for
     * room), or ProcLab's memory for queued items (256 MiB for all queues and pipes) is full. {@code null}
     * is an item too, got back as {@code null} (Python's {@code None}).
     *
     * @throws IllegalArgumentException if the item holds something not Serializable, or takes more than
     *                                  {@link Connection#MAX_MESSAGE_BYTES} (64 MiB); then nothing is put
     */
    public void put(T item) {
        try {
            offer(item, -1);
        } catch (Full e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Like {@link #put(Object)} but waits at most {@code seconds} for room in a bounded queue; then throws
     * {@link Full}, as Python's {@code put(item, timeout=t)}. 0 means "don't wait".
     */
    public void put(T item, double seconds) throws Full {
        offer(item, Math.max(0, seconds));
    }

    /** Puts the item only if there is room now, else throws {@link Full}: Python's {@code put_nowait}. */
    public void putNowait(T item) throws Full {
        offer(item, 0);
    }

    private void offer(T item, double seconds) throws Full {
        requireOpen();
        Message m = Message.of(item);
        var client = WorkerRuntime.get().client();
        Reply r = maxsize > 0
                ? client.call(Op.PUT, id, 0, seconds, m.display(), m.bytes(), m.handles())
                : client.handOver(Op.PUT, id << 1, id, 0, -1, m.display(), m.bytes(), m.handles());
        if (r != null && r.status() == Wire.TIMEOUT) {
            throw new Full(seconds == 0 ? "the queue is full" : "the queue stayed full for " + seconds + " s");
        }
        if (r != null && r.failed()) {
            throw new IllegalStateException(r.text());
        }
    }

    /**
     * Removes and returns the first item, waiting for as long as the queue is empty.
     *
     * @throws IllegalStateException if the item is refused (see {@link Connection#recv()}); it is then consumed
     */
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

    /** Takes the first item if there is one now, else throws {@link Empty}: Python's {@code get_nowait}. */
    public T getNowait() throws Empty {
        return take(0);
    }

    /** True if a bounded queue holds {@code maxsize} items now; an unbounded one is never full. */
    public boolean full() {
        return maxsize > 0 && qsize() >= maxsize;
    }

    /**
     * This process will use the queue no more, as Python's {@code close()}: later puts and gets here throw
     * IllegalStateException. Items it put stay in the queue for the others.
     */
    public void close() {
        if (!closed) {
            closed = true;
            var client = WorkerRuntime.get().client();
            client.lent().forget(id);
            client.tell(Op.CLOSE, id << 1);
        }
    }

    /**
     * Python's {@code join_thread()}: waits until what this process put has reached the queue. In ProcLab a put
     * is in the queue when it returns, so there is nothing to wait for.
     */
    public void joinThread() {
        // nothing is buffered in this process: put() hands each item to the kernel before it returns
    }

    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the queue is closed");
        }
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
        requireOpen();
        var client = WorkerRuntime.get().client();
        var lent = client.lent().take(id);
        if (lent != null) {
            return decode(lent.payload());
        }
        // when no other process gets from this queue, the answer may bring the next items too, lent
        Reply r = client.lent().fetch(id, LentItems.FETCH, asked -> client.call(Op.GET, id, asked, seconds, null, null, null),
                LentItems::itemsOf);
        if (r.status() == Wire.TIMEOUT) {
            throw new Empty(seconds == 0 ? "the queue is empty" : "the queue stayed empty for " + seconds + " s");
        }
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
        return decode(r.payload());
    }

    @SuppressWarnings("unchecked")
    private T decode(byte[] payload) {
        try {
            return (T) Payloads.decode(payload);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not read the message: " + e.getMessage(), e);
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
