package org.proclab.mp;

import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.ControlClient;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.Message;
import org.proclab.worker.Payloads;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * One end of a {@link Pipe}, like the connection objects Python's {@code Pipe()} returns.
 *
 * <p>Each process that has this end holds its own <em>handle</em> of it. A child started with the
 * {@code fork} start method gets a copy of every handle its parent holds. {@link #recv()} waits while
 * the pipe is empty; it throws {@link EOFException} only when the pipe is empty <em>and every handle of
 * the other end, in every process, is closed</em>. So each process should close the ends it does not use.
 */
public final class Connection implements Serializable, AutoCloseable {
    /**
     * The largest message {@link #send} carries: 64 MiB once encoded (a byte array or a string takes its
     * bytes, in UTF-8 for a string, plus one; an {@code ArrayList} of numbers, booleans, strings and
     * nulls five bytes and a few per element; other values their Java serialization). A larger one fails
     * in the sender with an {@link IllegalArgumentException} that gives its size, and nothing is sent.
     */
    public static final int MAX_MESSAGE_BYTES = Payloads.MAX_MESSAGE_BYTES;

    private static final long serialVersionUID = 1L;
    /** How many waiting messages one recv() may fetch at once when no other process could read them. */
    private static final int RECV_BATCH = 256;

    private final long handle;
    private final boolean readable;
    private final boolean writable;
    private transient boolean closed;
    private transient ArrayDeque<byte[]> fetched;

    Connection(long pipeId, int end, boolean readable, boolean writable) {
        this.handle = (pipeId << 1) | end;
        this.readable = readable;
        this.writable = writable;
    }

    /**
     * Sends a value to the other end. Returns once the message is in the pipe, where it waits until it is
     * read. A pipe holds 64 KiB: while it is full, {@code send} waits for the reader to make room, and a
     * message larger than that returns once the reader has taken it, as with an operating system's pipe.
     * {@code null} is a message too, received as {@code null} (Python's {@code None}).
     *
     * @throws IOException              if no process holds the read end any more (Python's BrokenPipeError)
     * @throws IllegalArgumentException if the value holds something not Serializable, or takes more than
     *                                  {@link #MAX_MESSAGE_BYTES}; then nothing is sent
     */
    public void send(Serializable obj) throws IOException {
        requireOpen();
        if (!writable) {
            throw new IOException("connection is read-only");
        }
        hand(Message.of(obj));
    }

    /** Sends raw bytes, as Python's {@code send_bytes}; at most {@link #MAX_MESSAGE_BYTES} less one. */
    public void sendBytes(byte[] data) throws IOException {
        requireOpen();
        if (!writable) {
            throw new IOException("connection is read-only");
        }
        if (data == null) {
            throw new IllegalArgumentException("sendBytes needs bytes, not null; send(null) sends None");
        }
        hand(Message.of(data));
    }

    /** Writes a message into the pipe; waits while the pipe is full, as an OS pipe's writer does. */
    private void hand(Message m) throws IOException {
        ControlClient client = WorkerRuntime.get().client();
        // when this end's pipe is lent to its two holders, a copy goes straight to the reader after the kernel's
        client.pipeLinks().send(handle, m.bytes(), m.handles() != null && m.handles().length > 0, () -> {
            Reply r = client.handOver(Op.SEND, handle, handle, 0, -1, m.display(), m.bytes(), m.handles());
            if (r != null) {
                check(r);
            }
        });
    }

    /**
     * Receives the next value sent from the other end, waiting while the pipe is empty.
     *
     * @throws EOFException when the pipe is empty and no process holds an open handle of the other end
     * @throws IOException   when the message is refused: only JDK value types (numbers, strings, dates,
     *                       collections, arrays) and the program's own classes may cross between processes,
     *                       within limits of size and nesting; the message is then consumed
     */
    @SuppressWarnings("unchecked")
    public <T> T recv() throws IOException {
        byte[] payload = nextPayload();
        WorkerRuntime.get().client().pipeLinks().received();
        try {
            return (T) Payloads.decode(payload);
        } catch (IOException | ClassNotFoundException e) {
            throw new IOException("could not read the message: " + e.getMessage(), e);
        }
    }

    /** Receives raw bytes sent with {@link #sendBytes}, as Python's {@code recv_bytes}. */
    public byte[] recvBytes() throws IOException {
        Object o = recv();
        if (o instanceof byte[] b) {
            return b;
        }
        throw new IOException("the message is not bytes but " + (o == null ? "null" : o.getClass().getSimpleName()));
    }

    /** True if a message (or end of file) is waiting now; does not wait. */
    public boolean poll() throws IOException {
        return poll(0);
    }

    /** Waits at most {@code seconds} for a message (or end of file); true if one is waiting. */
    public boolean poll(double seconds) throws IOException {
        requireOpen();
        requireReadable();
        if (fetched != null && !fetched.isEmpty()) {
            return true;
        }
        Reply r = WorkerRuntime.get().client().call(Op.POLL, handle, 0, Math.max(0, seconds), null, null, null);
        check(r);
        return r.value() != 0;
    }

    /**
     * Waits until at least one of {@code connections} has a message or end-of-file to read, and returns those
     * that do, in their order: Python's {@code multiprocessing.connection.wait(connections, timeout)}.
     * {@code seconds} below 0 waits for ever; when the time runs out the list is empty.
     *
     * @throws IOException if one of them is closed here or is the write-only end of a one-way pipe
     */
    public static List<Connection> await(List<Connection> connections, double seconds) throws IOException {
        if (connections.isEmpty()) {
            throw new IllegalArgumentException("await needs at least one connection");
        }
        List<Connection> ready = new ArrayList<>();
        long[] handles = new long[connections.size()];
        for (int i = 0; i < handles.length; i++) {
            Connection c = connections.get(i);
            c.requireOpen();
            c.requireReadable();
            handles[i] = c.handle;
            if (c.fetched != null && !c.fetched.isEmpty()) {
                ready.add(c); // already here, read ahead by an earlier recv()
            }
        }
        if (!ready.isEmpty()) {
            return ready;
        }
        Reply r = WorkerRuntime.get().client().call(Op.CONN_WAIT, 0, 0, seconds, null, null, handles);
        connections.get(0).check(r);
        byte[] flags = r.payload();
        for (int i = 0; flags != null && i < flags.length; i++) {
            if (flags[i] == 1) {
                ready.add(connections.get(i));
            }
        }
        return ready;
    }

    /** Closes this process's handle of this end. Closing twice is harmless. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        fetched = null;
        WorkerRuntime.get().client().tell(Op.CLOSE, handle);
    }

    public boolean closed() {
        return closed;
    }

    private byte[] nextPayload() throws IOException {
        requireOpen();
        requireReadable();
        if (fetched != null && !fetched.isEmpty()) {
            return fetched.poll();
        }
        ControlClient client = WorkerRuntime.get().client();
        byte[] copy = client.pipeLinks().awaitCopy(handle); // a lent pipe's message, straight from its writer
        if (copy != null) {
            return copy;
        }
        Reply r = client.recv(handle, RECV_BATCH);
        if (r.status() == Wire.EOF) {
            throw new EOFException("the other end of the pipe is closed in every process and nothing is left to read");
        }
        check(r);
        if (r.payloads().size() > 1) {
            if (fetched == null) {
                fetched = new ArrayDeque<>();
            }
            fetched.addAll(r.payloads().subList(1, r.payloads().size()));
        }
        return r.payload();
    }

    private void check(Reply r) throws IOException {
        if (r.failed()) {
            throw new IOException(r.text());
        }
    }

    private void requireOpen() throws IOException {
        if (closed) {
            throw new IOException("handle is closed");
        }
    }

    private void requireReadable() throws IOException {
        if (!readable) {
            throw new IOException("connection is write-only");
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(handle);
        out.defaultWriteObject();
    }

    @Override
    public String toString() {
        return "<Connection pipe end " + (handle & 1) + (closed ? " closed" : "") + ">";
    }
}
