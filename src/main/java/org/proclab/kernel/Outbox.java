package org.proclab.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.List;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Wire;

/**
 * What the kernel has to say to one worker, written by that connection's own thread. The kernel only adds
 * to the queue (under its lock, without I/O); a worker that stops reading blocks nobody but this writer,
 * and the kernel ends it once the queue passes a bound or stops moving for too long.
 */
final class Outbox {
    /** Bytes waiting for one worker past which it is ended: more than two of the largest frames. */
    static final long LIMIT = 2L * Wire.MAX_FRAME + (1 << 20);
    /** How long a worker may leave what waits for it unread before it is ended. */
    static final long STALL_SECONDS = 30;

    /** One frame to send; written by the writer thread, so its encoding costs the kernel nothing. */
    interface Frame {
        long size();

        void write(FrameOut out) throws IOException;
    }

    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private final FrameOut out;
    private final Thread writer;
    private long pending; // guarded by this
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean closed;
    private final Runnable onWriteFailed;

    Outbox(OutputStream raw, String name, Runnable onWriteFailed) {
        this.out = new FrameOut(new Progress(raw));
        this.onWriteFailed = onWriteFailed;
        this.writer = new Thread(this::writeLoop, "proclab-writer-" + name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a frame; never blocks. False if the queue is past its bound (the caller ends the worker). */
    synchronized boolean add(Frame f) {
        if (closed) {
            return true;
        }
        if (pending == 0) {
            lastProgress = System.nanoTime(); // the clock runs only while something waits
        }
        queue.add(f);
        pending += f.size();
        notifyAll();
        return pending <= LIMIT;
    }

    synchronized long pending() {
        return pending;
    }

    /** True if frames have waited, unread, for longer than {@code boundNanos}. */
    boolean stalled(long now, long boundNanos) {
        return pending() > 0 && now - lastProgress > boundNanos;
    }

    private void writeLoop() {
        try {
            while (true) {
                List<Frame> batch;
                synchronized (this) {
                    while (queue.isEmpty() && !closed) {
                        wait();
                    }
                    if (closed && queue.isEmpty()) {
                        return;
                    }
                    batch = List.copyOf(queue);
                    queue.clear();
                }
                long bytes = 0;
                for (Frame f : batch) {
                    f.write(out);
                    bytes += f.size();
                }
                out.flush();
                synchronized (this) {
                    pending -= bytes;
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
            pending = 0;
            notifyAll();
        }
    }

    /** Writes in slices, noting progress after each, so a slow but moving reader is not taken for a stalled one. */
    private final class Progress extends OutputStream {
        private static final int SLICE = 256 << 10;
        private final OutputStream raw;

        Progress(OutputStream raw) {
            this.raw = raw;
        }

        @Override
        public void write(int b) throws IOException {
            raw.write(b);
            lastProgress = System.nanoTime();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, SLICE);
                raw.write(b, off, n);
                lastProgress = System.nanoTime();
                off += n;
                len -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            raw.flush();
        }

        @Override
        public void close() throws IOException {
            raw.close();
        }
    }
}
