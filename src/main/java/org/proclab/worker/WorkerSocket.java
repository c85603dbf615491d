package org.proclab.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.proclab.wire.ChannelStreams;

/**
 * A worker's socket to the kernel in non-blocking mode, waiting in selectors instead. Two reasons: a
 * program thread that reads its own reply is not at risk when it is interrupted (an interrupt closes a
 * blocking channel, and the worker would lose its kernel), and a thread can ask whether bytes are waiting
 * without waiting for them ({@link #readableNow}).
 */
final class WorkerSocket implements java.io.Closeable {
    /** Says whether an interrupt may end the current wait for bytes: only between two frames. */
    interface Boundary {
        boolean betweenFrames();
    }

    private final SocketChannel channel;
    private final Selector readable;
    private final Selector writable;
    private volatile boolean closed;
    private Boundary boundary = () -> false;
    /** An interrupt seen in the middle of a frame, kept for the frame's end; guarded by the reading role. */
    private boolean interruptKept;

    WorkerSocket(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        this.readable = Selector.open();
        this.writable = Selector.open();
        channel.register(readable, SelectionKey.OP_READ);
        channel.register(writable, SelectionKey.OP_WRITE);
    }

    void boundary(Boundary b) {
        this.boundary = b;
    }

    /**
     * Reads that wait for bytes. An interrupt between frames ends the wait with an
     * {@link InterruptedIOException}; one in the middle of a frame waits for its end, so the stream stays whole.
     */
    InputStream in() {
        return ChannelStreams.in(channel, this::awaitReadable);
    }

    /** Writes that wait until the socket has taken everything (an interrupt is kept for afterwards). */
    OutputStream out() {
        return ChannelStreams.out(channel, () -> await(writable));
    }

    private void awaitReadable() throws IOException {
        if (Thread.interrupted() || interruptKept) {
            if (boundary.betweenFrames()) {
                interruptKept = false;
                throw new InterruptedIOException("interrupted while waiting for the kernel");
            }
            interruptKept = true;
        }
        await(readable);
    }

    /** An interrupt kept while reading, if any, is the thread's again: call when it gives up the reading role. */
    void restoreInterrupt() {
        if (interruptKept) {
            interruptKept = false;
            Thread.currentThread().interrupt();
        }
    }

    /** True if bytes wait to be read now; for the thread holding the reading role. */
    boolean readableNow() throws IOException {
        if (closed) {
            throw new AsynchronousCloseException();
        }
        try {
            boolean ready = readable.selectNow() > 0;
            readable.selectedKeys().clear();
            return ready;
        } catch (ClosedSelectorException e) {
            throw new AsynchronousCloseException();
        }
    }

    private void await(Selector s) throws IOException {
        ChannelStreams.select(s, () -> closed);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        try {
            channel.close();
        } finally {
            readable.close(); // wakes a thread waiting in it
            writable.close();
        }
    }
}
