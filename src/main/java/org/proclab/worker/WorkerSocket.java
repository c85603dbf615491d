package org.proclab.worker;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.proclab.wire.ChannelStreams;

/**
 * A worker's end of its socket to the kernel, in non-blocking mode. Every call of {@code org.proclab.mp} writes
 * to this socket on the program's own thread, and reads its answer there too; the program may interrupt that
 * thread at any moment. On a blocking channel, an interrupt while a thread is inside a read or a write closes the
 * channel for good, so the worker would lose its kernel and end. Non-blocking reads and writes cannot be
 * interrupted; a thread that must wait for bytes or for room waits in a selector, which an interrupt only wakes.
 *
 * <p>Three selectors, as each is waited in by one thread at a time: one for the thread reading a frame, one for
 * the reader thread waiting while nobody reads, one for the thread writing.
 */
final class WorkerSocket implements AnswerReading.Incoming {
    private final SocketChannel channel;
    private final Selector readable;
    private final Selector idle;
    private final Selector writable;
    private volatile boolean closed;
    /** The reading thread whose interrupt a wait inside a frame took; it gets it back after the frame. */
    private volatile Thread interruptTaken;

    /** {@code channel} is connected; from here on it does not block. */
    WorkerSocket(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        readable = Selector.open();
        idle = Selector.open();
        writable = Selector.open();
        channel.register(readable, SelectionKey.OP_READ);
        channel.register(idle, SelectionKey.OP_READ);
        channel.register(writable, SelectionKey.OP_WRITE);
    }

    /**
     * Reads that wait for bytes, as a blocking socket's would. Inside a frame the rest follows at once, so the
     * wait goes on through an interrupt: the interrupt is taken (an interrupted thread's selector would not
     * wait but spin) and given back by {@link #restoreInterrupt()}.
     */
    InputStream in() {
        return ChannelStreams.in(channel, () -> {
            if (Thread.interrupted()) {
                interruptTaken = Thread.currentThread();
            }
            ChannelStreams.select(readable, () -> closed);
        });
    }

    /** Writes that wait until the socket has taken everything; an interrupt meanwhile is kept for afterwards. */
    OutputStream out() {
        return ChannelStreams.out(channel, () -> ChannelStreams.select(writable, () -> closed));
    }

    @Override
    public boolean awaitBytes(long millis) throws IOException {
        return ChannelStreams.select(readable, millis, () -> closed);
    }

    @Override
    public boolean awaitBytesIdle(long millis) throws IOException {
        return ChannelStreams.select(idle, millis, () -> closed);
    }

    @Override
    public void wakeIdle() {
        idle.wakeup();
    }

    @Override
    public void restoreInterrupt() {
        if (interruptTaken == Thread.currentThread()) {
            interruptTaken = null;
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the socket and wakes whoever waits in it (the reader: a JVM ending would wait for it). */
    @Override
    public void close() {
        closed = true;
        closeQuietly(channel);
        closeQuietly(readable);
        closeQuietly(idle);
        closeQuietly(writable);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
