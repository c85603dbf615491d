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
 * to this socket on the program's own thread, and the program may interrupt that thread at any moment. On a
 * blocking channel, an interrupt while a thread is inside a read or a write closes the channel for good, so the
 * worker would lose its kernel and end. Non-blocking reads and writes cannot be interrupted; a thread that must
 * wait for bytes or for room waits in a selector, which an interrupt only wakes.
 */
final class WorkerSocket implements Closeable {
    private final SocketChannel channel;
    private final Selector readable;
    private final Selector writable;
    private volatile boolean closed;

    /** {@code channel} is connected; from here on it does not block. */
    WorkerSocket(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        readable = Selector.open();
        writable = Selector.open();
        channel.register(readable, SelectionKey.OP_READ);
        channel.register(writable, SelectionKey.OP_WRITE);
    }

    /** Reads that wait for bytes, as a blocking socket's would. */
    InputStream in() {
        return ChannelStreams.in(channel, () -> ChannelStreams.select(readable, () -> closed));
    }

    /** Writes that wait until the socket has taken everything; an interrupt meanwhile is kept for afterwards. */
    OutputStream out() {
        return ChannelStreams.out(channel, () -> ChannelStreams.select(writable, () -> closed));
    }

    /** Closes the socket and wakes whoever waits in it (the reader: a JVM ending would wait for it). */
    @Override
    public void close() {
        closed = true;
        closeQuietly(channel);
        closeQuietly(readable);
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
