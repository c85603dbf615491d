package org.proclab.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * A worker's one connection to the kernel. Blocking operations wait for a reply; fire-and-forget
 * operations are buffered and flushed in batches by a background thread, as Python's
 * {@code send} and {@code put} return without waiting for the reader.
 */
public final class ControlClient {
    private final FrameOut out;
    private final FrameIn in;
    private final Map<Integer, PendingReply> pending = new ConcurrentHashMap<>();
    private final AtomicInteger nextRequest = new AtomicInteger(1);
    private final AtomicBoolean flushWanted = new AtomicBoolean();
    private final Thread flusher;
    /** In step and slow-motion modes every operation waits for the kernel, so a process stops on its line. */
    private volatile boolean synchronous;
    /** The thread running the task or main(); the hang detector only counts that thread as blocked. */
    private volatile Thread mainThread;

    private final java.io.Closeable channel;
    private volatile boolean exiting;

    ControlClient(FrameOut out, FrameIn in, java.io.Closeable channel, boolean synchronous) {
        this.channel = channel;
        this.out = out;
        this.in = in;
        this.synchronous = synchronous;
        this.flusher = new Thread(this::flushLoop, "proclab-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    void setMainThread(Thread t) {
        mainThread = t;
    }

    /** Sends an operation and waits for the kernel's reply. */
    public Reply call(Op op, long obj, long a, double b, String text, byte[] payload, long[] longs) {
        int id = nextRequest.getAndIncrement();
        PendingReply waiter = new PendingReply();
        pending.put(id, waiter);
        writeOp(id, op, obj, a, b, text, payload, longs);
        flushNow();
        try {
            return waiter.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.remove(id);
            throw new IllegalStateException("interrupted while waiting for " + op, e);
        }
    }

    public Reply call(Op op, long obj) {
        return call(op, obj, 0, 0, null, null, null);
    }

    /** Sends an operation without waiting, unless the kernel runs in step or slow-motion mode. */
    public void tell(Op op, long obj, long a, double b, String text, byte[] payload, long[] longs) {
        if (synchronous) {
            call(op, obj, a, b, text, payload, longs);
            return;
        }
        writeOp(0, op, obj, a, b, text, payload, longs);
        scheduleFlush();
    }

    public void tell(Op op, long obj) {
        tell(op, obj, 0, 0, null, null, null);
    }

    /** Like {@link #tell} but never waits, even in step mode: for events that only record what happened. */
    public void record(Op op, long obj, long a, double b, String text) {
        writeOp(0, op, obj, a, b, text, null, null);
        scheduleFlush();
    }

    private void writeOp(int id, Op op, long obj, long a, double b, String text, byte[] payload, long[] longs) {
        Caller.Site site = Caller.find();
        try {
            out.frame(Wire.OP, f -> {
                f.writeInt(id);
                f.writeByte(op.ordinal());
                f.writeBoolean(Thread.currentThread() == mainThread);
                f.writeLong(obj);
                f.writeLong(a);
                f.writeDouble(b);
                f.writeString(text);
                f.writeBytes(payload);
                f.writeLongs(longs);
                f.writeString(site.file());
                f.writeInt(site.line());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("lost the connection to the ProcLab kernel", e);
        }
    }

    void output(byte stream, byte[] bytes, int off, int len) throws IOException {
        out.frame(Wire.OUTPUT, f -> {
            f.writeByte(stream);
            f.writeInt(len);
            f.writeRaw(bytes, off, len);
        });
        scheduleFlush();
    }

    void exit(int code) {
        long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        try {
            out.frame(Wire.EXIT, f -> {
                f.writeInt(code);
                f.writeLong(cpuMillis);
            });
            out.flush();
        } catch (IOException ignored) {
            // the kernel is gone; the exit code is then read from the operating system
        }
        closeForExit();
    }

    /**
     * Closes the connection before the JVM halts. This matters for speed: a JVM exiting waits up to
     * 300 ms for threads blocked in native code, such as our reader, unless they are woken first.
     */
    void closeForExit() {
        exiting = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    void shutdown() {
        try {
            out.frame(Wire.SHUTDOWN, f -> { });
            out.flush();
        } catch (IOException ignored) {
            // the kernel is gone
        }
        closeForExit();
    }

    public void flushNow() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("lost the connection to the ProcLab kernel", e);
        }
    }

    private void scheduleFlush() {
        if (flushWanted.compareAndSet(false, true)) {
            LockSupport.unpark(flusher);
        }
    }

    private void flushLoop() {
        while (true) {
            LockSupport.park(this);
            if (flushWanted.getAndSet(false)) {
                try {
                    out.flush();
                } catch (IOException e) {
                    return;
                }
            }
        }
    }

    /** Reads replies until the kernel closes the connection; then this JVM must end, as its app did. */
    void readLoop(Runnable onKernelGone) {
        try {
            int type;
            while ((type = in.nextType()) >= 0) {
                switch (type) {
                    case Wire.REPLY -> readReply();
                    case Wire.MODE -> synchronous = in.readBoolean();
                    default -> throw new IOException("unexpected frame " + type);
                }
            }
        } catch (IOException e) {
            // fall through: treat as the kernel going away
        }
        if (!exiting) {
            onKernelGone.run();
        }
    }

    private void readReply() throws IOException {
        int id = in.readInt();
        byte status = in.readByte();
        long value = in.readLong();
        String text = in.readString();
        int n = in.readInt();
        List<byte[]> payloads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            payloads.add(in.readBytes());
        }
        PendingReply waiter = pending.remove(id);
        if (waiter != null) {
            waiter.complete(new Reply(status, value, text, payloads));
        }
    }

    /** One thread waiting for one reply; cheaper than a CompletableFuture on this hot path. */
    private static final class PendingReply {
        private final Thread owner = Thread.currentThread();
        private volatile Reply reply;

        void complete(Reply r) {
            reply = r;
            LockSupport.unpark(owner);
        }

        Reply await() throws InterruptedException {
            while (reply == null) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            return reply;
        }
    }
}
