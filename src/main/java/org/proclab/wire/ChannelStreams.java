package org.proclab.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Streams over a socket channel that let one thread read while another writes. The JDK's
 * {@code Channels.newInputStream/newOutputStream} share one lock on a selectable channel, so a
 * blocked read would stall every write.
 */
public final class ChannelStreams {
    private ChannelStreams() {}

    /** Waits until a non-blocking channel has bytes to read. */
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
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }
}
