package org.proclab.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Streams over a socket channel that let one thread read while another writes. The JDK's
 * {@code Channels.newInputStream/newOutputStream} share one lock on a selectable channel, so a
 * blocked read would stall every write.
 */
public final class ChannelStreams {
    private ChannelStreams() {}

    private static final Consumer<SelectionKey> NOTHING = key -> { };

    /**
     * Waits in {@code s} (at most a second) for what it was registered for; a selector closed meanwhile, or
     * {@code closed} true before or after, ends the wait with an {@link AsynchronousCloseException}.
     */
    public static void select(Selector s, BooleanSupplier closed) throws IOException {
        select(s, 1000, closed);
    }

    /**
     * Like {@link #select(Selector, BooleanSupplier)}, waiting at most {@code millis} (0: not at all); true if
     * what {@code s} was registered for is ready.
     */
    public static boolean select(Selector s, long millis, BooleanSupplier closed) throws IOException {
        if (closed.getAsBoolean()) {
            throw new AsynchronousCloseException();
        }
        int ready;
        try {
            // the action forms of select leave the selected-key set alone: no set entry made and cleared per wake-up
            ready = millis == 0 ? s.selectNow(NOTHING) : s.select(NOTHING, millis);
        } catch (ClosedSelectorException e) {
            throw new AsynchronousCloseException();
        }
        if (closed.getAsBoolean()) {
            throw new AsynchronousCloseException();
        }
        return ready > 0;
    }

    /** Waits until a non-blocking channel has bytes to read (or room to write). */
    @FunctionalInterface
    public interface WhenEmpty {
        void await() throws IOException;
    }

    public static InputStream in(SocketChannel ch) {
        return in(ch, () -> { });
    }

    /** Reads that wait: for a blocking channel, or for a non-blocking one whose {@code whenEmpty} waits. */
    public static InputStream in(SocketChannel ch, WhenEmpty whenEmpty) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                int n;
                while ((n = ch.read(buf)) == 0) {
                    whenEmpty.await();
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    public static OutputStream out(SocketChannel ch) {
        return out(ch, () -> { });
    }

    /**
     * Writes that wait until the channel has taken everything: for a non-blocking channel, in
     * {@code whenFull}. An interrupt meanwhile is kept for afterwards (else a selector would not wait).
     */
    public static OutputStream out(SocketChannel ch, WhenEmpty whenFull) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                boolean interrupted = false;
                try {
                    while (buf.hasRemaining()) {
                        if (ch.write(buf) == 0) {
                            interrupted |= Thread.interrupted();
                            whenFull.await();
                        }
                    }
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }
}
