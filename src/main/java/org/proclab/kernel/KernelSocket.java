package org.proclab.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.proclab.wire.ChannelStreams;

/**
 * The kernel's end of one worker's socket, in non-blocking mode, so a write can be tried from any thread
 * and never waits: whatever the socket cannot take now is left to the connection's writer thread. Reads
 * and that writer still wait, each in its own selector; {@link #close} wakes both.
 */
final class KernelSocket {
    private final SocketChannel channel;
    private final Selector readable;
    private Selector writable; // made on the first write that could not finish; guarded by this
    private volatile boolean closed;

    KernelSocket(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        this.readable = Selector.open();
        channel.register(readable, SelectionKey.OP_READ);
    }

    /** Reads that wait for bytes, as a blocking socket's would. */
    InputStream in() {
        return ChannelStreams.in(channel, () -> await(readable));
    }

    /** Writes what the socket takes now, never waiting; returns how many bytes that was. */
    int writeNow(ByteBuffer buf) throws IOException {
        return channel.write(buf);
    }

    /** Waits until the socket may take more bytes (or a second has passed). */
    void awaitWritable() throws IOException {
        Selector s;
        synchronized (this) {
            if (closed) {
                throw new AsynchronousCloseException();
            }
            if (writable == null) {
                writable = Selector.open();
                channel.register(writable, SelectionKey.OP_WRITE);
            }
            s = writable;
        }
        await(s);
    }

    private void await(Selector s) throws IOException {
        ChannelStreams.select(s, () -> closed);
    }

    void close() {
        Selector w;
        synchronized (this) {
            closed = true;
            w = writable;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
        closeQuietly(readable);
        closeQuietly(w);
    }

    private static void closeQuietly(Selector s) {
        if (s != null) {
            try {
                s.close(); // wakes a thread waiting in it
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
