package org.proclab.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Wire;

/**
 * What the kernel has to say to one worker. The kernel only adds to the queue (under its lock, without
 * I/O). Then the thread that handled the worker's operation, out of the lock, writes the answers at once
 * if the socket takes them without waiting ({@link #flushInline}): a reply costs no thread switch. What
 * the socket does not take at once, and everything queued by other threads, goes out through this
 * connection's own writer thread; a worker that stops reading blocks nobody but that writer, and the
 * kernel ends it once the queue passes a bound or stops moving for too long.
 */
final class Outbox {
    /** Bytes waiting for one worker past which it is ended: more than two of the largest frames. */
    static final long LIMIT = 2L * Wire.MAX_FRAME + (1 << 20);
    /** How long a worker may leave what waits for it unread before it is ended. */
    static final long STALL_SECONDS = 30;
    /** Most bytes written inline; a larger batch goes to the writer thread, so no thread copies much. */
    static final long INLINE_BYTES = 64 << 10;

    /** One frame to send; encoded by whoever writes it, outside the kernel's lock. */
    interface Frame {
        long size();

        void write(FrameOut out) throws IOException;
    }

    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private final KernelSocket socket;
    private final Sink sink = new Sink();
    private final FrameOut out = new FrameOut(sink);
    private final Thread writer;
    private long pending; // guarded by this: bytes queued or being written
    private boolean writing; // guarded by this: a thread owns the socket's sending side
    private List<byte[]> leftover; // guarded by this: encoded bytes the socket did not take inline
    private long leftoverSize; // guarded by this: what those frames counted in pending
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean closed;
    private final Runnable onWriteFailed;

    Outbox(KernelSocket socket, String name, Runnable onWriteFailed) {
        this.socket = socket;
        this.onWriteFailed = onWriteFailed;
        this.writer = new Thread(this::writeLoop, "proclab-writer-" + name);
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues a frame; never blocks. {@code wakeWriter} false: the caller writes it with {@link #flushInline}
     * once out of the kernel's lock. False if the queue is past its bound (the caller ends the worker).
     */
    synchronized boolean add(Frame f, boolean wakeWriter) {
        if (closed) {
            return true;
        }
        if (pending == 0) {
            lastProgress = System.nanoTime(); // the clock runs only while something waits
        }
        queue.add(f);
        pending += f.size();
        if (wakeWriter) {
            notifyAll();
        }
        return pending <= LIMIT;
    }

    synchronized long pending() {
        return pending;
    }

    /** True if frames have waited, unread, for longer than {@code boundNanos}. */
    boolean stalled(long now, long boundNanos) {
        return pending() > 0 && now - lastProgress > boundNanos;
    }

    /**
     * Writes what is queued from the calling thread, as far as the socket takes it without waiting; the rest
     * is left to the writer thread. Call it holding no lock of the kernel's.
     */
    void flushInline() {
        List<Frame> batch;
        long bytes = 0;
        synchronized (this) {
            if (queue.isEmpty() || writing || leftover != null || closed) {
                return; // the writer thread has it, or will
            }
            for (Frame f : queue) {
                bytes += f.size();
            }
            if (bytes > INLINE_BYTES) {
                notifyAll();
                return;
            }
            writing = true;
            batch = List.copyOf(queue);
            queue.clear();
        }
        List<byte[]> rest = null;
        boolean failed = false;
        try {
            sink.inline = true;
            for (Frame f : batch) {
                f.write(out);
            }
            out.flush();
            rest = sink.takeRest();
        } catch (IOException | RuntimeException e) {
            failed = true;
            sink.takeRest();
        }
        synchronized (this) {
            writing = false;
            if (rest != null) {
                leftover = rest;
                leftoverSize = bytes;
            } else if (!failed) {
                pending -= bytes;
            }
            if (leftover != null || !queue.isEmpty()) {
                notifyAll();
            }
        }
        if (failed && !closed) {
            onWriteFailed.run();
        }
    }

    private void writeLoop() {
        try {
            while (true) {
                List<Frame> batch;
                List<byte[]> left;
                long leftSize;
                synchronized (this) {
                    while (!closed && (writing || (queue.isEmpty() && leftover == null))) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                    writing = true;
                    batch = List.copyOf(queue);
                    queue.clear();
                    left = leftover;
                    leftSize = leftoverSize;
                    leftover = null;
                    leftoverSize = 0;
                }
                sink.inline = false;
                if (left != null) {
                    for (byte[] b : left) {
                        sink.write(b, 0, b.length);
                    }
                }
                long bytes = leftSize;
                for (Frame f : batch) {
                    f.write(out);
                    bytes += f.size();
                }
                out.flush();
                synchronized (this) {
                    pending -= bytes;
                    writing = false;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                onWriteFailed.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the writer: what is still queued is dropped (the connection is closing). */
    void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
            leftover = null;
            pending = 0;
            notifyAll();
        }
    }

    /**
     * The socket's sending side for whoever owns it. Inline, it never waits: what the socket does not take
     * is copied aside for the writer thread. For the writer thread it waits until the socket takes all,
     * noting progress after each piece, so a slow but moving reader is not taken for a stalled one.
     */
    private final class Sink extends OutputStream {
        private static final int SLICE = 256 << 10;
        boolean inline;
        private List<byte[]> rest;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (inline) {
                writeInline(b, off, len);
                return;
            }
            while (len > 0) {
                int n = Math.min(len, SLICE);
                ByteBuffer buf = ByteBuffer.wrap(b, off, n);
                while (buf.hasRemaining()) {
                    if (socket.writeNow(buf) == 0) {
                        socket.awaitWritable();
                    }
                }
                lastProgress = System.nanoTime();
                off += n;
                len -= n;
            }
        }

        private void writeInline(byte[] b, int off, int len) throws IOException {
            int done = 0;
            if (rest == null) {
                done = socket.writeNow(ByteBuffer.wrap(b, off, len));
                if (done > 0) {
                    lastProgress = System.nanoTime();
                }
            }
            if (done < len) {
                if (rest == null) {
                    rest = new ArrayList<>();
                }
                rest.add(Arrays.copyOfRange(b, off + done, off + len)); // the buffer is reused: copy
            }
        }

        /** What an inline write left for the writer thread, or null if the socket took everything. */
        List<byte[]> takeRest() {
            List<byte[]> r = rest;
            rest = null;
            return r;
        }
    }
}
