package org.proclab.worker;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * The writer's side of a pipe lent to its two holders: a copy of each message sent, straight to the reader's
 * {@link PipeInlet}, besides the kernel's. The kernel's copy stays the pipe's truth (what it records and what a
 * reader gets through the kernel); this one only lets the reader go on without the kernel's hop. So it may always
 * stop: a reader that does not keep up, an interrupt, a reader gone. The reader then finds the end of its stream
 * and takes the rest through the kernel.
 *
 * <p>Each message is a frame: its length (an int) and its bytes, or {@link #HOLE} with no bytes for a message not
 * copied (a large one): the reader takes that one through the kernel. Copies are kept until {@link #flushUpTo}:
 * the client writes them only after the kernel's own frames written before them, so the kernel always hears of
 * a message before its reader can take it.
 */
final class PipeOutlet implements Closeable {
    /** The length a frame gives for a message that was not copied. */
    static final int HOLE = -1;
    /** Messages larger than this go as holes: copying them would cost more than the hop it saves. */
    static final int MAX_COPY = 64 << 10;
    /** Bytes kept unwritten at most: past it the reader does not keep up, and the outlet stops. */
    static final int MAX_PENDING = 1 << 20;

    private final SocketChannel channel;
    private ByteBuffer pending = ByteBuffer.allocate(8 << 10);
    /** Bytes ever appended, and ever written: a flush writes those appended before its mark. */
    private long appended;
    private long written;
    private boolean broken;
    /** {@link PipeLinks}'s count of messages received when this outlet last copied or skipped one (its send lock). */
    long lastReceipts = -1;

    private PipeOutlet(SocketChannel channel) {
        this.channel = channel;
    }

    /** Connects to the reader's inlet at {@code path} and introduces itself with {@code token}. */
    static PipeOutlet connect(Path path, long token) throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.connect(UnixDomainSocketAddress.of(path));
            ByteBuffer hello = ByteBuffer.allocate(8).putLong(token).flip();
            while (hello.hasRemaining()) {
                ch.write(hello);
            }
            ch.configureBlocking(false); // never waits: a reader that does not keep up ends the outlet instead
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return new PipeOutlet(ch);
    }

    /** Keeps a copy of {@code payload} (a hole if it is null or too large) to be written by a later flush. */
    synchronized void append(byte[] payload) {
        if (broken) {
            return;
        }
        boolean copy = payload != null && payload.length <= MAX_COPY;
        int size = 4 + (copy ? payload.length : 0);
        if (pending.position() + size > MAX_PENDING) {
            stop();
            return;
        }
        if (pending.remaining() < size) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + size));
            pending.flip();
            bigger.put(pending);
            pending = bigger;
        }
        if (copy) {
            pending.putInt(payload.length).put(payload);
        } else {
            pending.putInt(HOLE);
        }
        appended += size;
    }

    /** How many bytes were appended so far: the mark for {@link #flushUpTo}, taken before the kernel's flush. */
    synchronized long mark() {
        return appended;
    }

    /**
     * Writes what was appended before {@code mark}, as much as the socket takes now; what it does not take waits
     * for the next flush. Never blocks.
     */
    synchronized void flushUpTo(long mark) {
        if (broken || written >= mark) {
            return;
        }
        int n = (int) (mark - written); // at most MAX_PENDING
        pending.flip();
        int limit = pending.limit();
        pending.limit(n);
        try {
            int w = channel.write(pending);
            written += w;
        } catch (IOException e) {
            stop(); // the reader went away, or closed its inlet: it reads through the kernel
            return;
        }
        pending.limit(limit);
        pending.compact();
    }

    /** Whether copies are still written (false once the outlet stopped or was closed). */
    synchronized boolean open() {
        return !broken;
    }

    /** Stops for good: the reader sees the end of its stream after the last whole frame written. */
    private void stop() {
        broken = true;
        pending = ByteBuffer.allocate(0);
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Writes what it can of what was appended, then closes. */
    @Override
    public synchronized void close() {
        if (!broken) {
            flushUpTo(appended);
            stop();
        }
    }
}
