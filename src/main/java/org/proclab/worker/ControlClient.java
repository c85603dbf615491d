package org.proclab.worker;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Op;
import org.proclab.wire.ProtocolException;
import org.proclab.wire.Wire;

/**
 * A worker's one connection to the kernel. Blocking operations wait for the kernel's answer. What a
 * process hands over ({@code send}, {@code put}, a pool task or result) is written to the kernel before
 * the call returns, as Python's {@code send} has written to the OS pipe: it survives the process's abrupt
 * end. It needs no round trip while the kernel's credit for that target covers it (the kernel reserved
 * the room); otherwise the call asks and waits, which is how a full pipe blocks its sender.
 */
public final class ControlClient {
    /** ProcLab's own threads in a worker; the hang detector's question is about the program's threads. */
    static final ThreadGroup INTERNAL = new ThreadGroup(systemGroup(), "proclab");

    private final FrameOut out;
    private final FrameIn in;
    private final AtomicInteger nextRequest = new AtomicInteger(1);
    private final AtomicBoolean flushWanted = new AtomicBoolean();
    /**
     * The flusher runs its timed loop ({@link #flushLoop}): no one need unpark it. (A flag that an unpark was on its
     * way, kept beside it, could stay set after the flusher's timed sleep took that unpark: then nobody woke the
     * flusher again and a burst's last messages stayed in the buffer; SendsInAHurryTest saw it once in CI.)
     */
    private volatile boolean flusherAwake;
    /** A hand-over this soon after the last flush waits for the flusher thread ({@link #flushSoon}). */
    static final long COALESCE_NANOS = 200_000;
    private volatile long lastFlush = System.nanoTime() - COALESCE_NANOS;
    private final Map<Long, AtomicLong> credit = new ConcurrentHashMap<>();
    // the requests whose threads are still inside call(): a thread answered but not yet running on counts
    private final Map<Integer, Thread> inKernel = new ConcurrentHashMap<>();
    private final Thread flusher;
    /** In step and slow-motion modes every operation waits for the kernel, so a process stops on its line. */
    private volatile boolean synchronous;
    /** The thread running the task or main(); its waits are the ones the views draw on the process. */
    private volatile Thread mainThread;
    /** The program's threads: the main thread's group and the groups under it. */
    private volatile ThreadGroup program;

    final AnswerReading answers; // the package's tests count its reader thread's looks
    private final LentItems lent = new LentItems(this);
    private final LentLocks lentLocks = new LentLocks(this);
    private final PipeLinks pipeLinks = new PipeLinks(this);
    private final Closeable connection;
    private volatile boolean exiting;

    ControlClient(FrameOut out, FrameIn in, AnswerReading.Incoming incoming, boolean synchronous) {
        this.connection = incoming;
        this.answers = new AnswerReading(in, incoming, this::handleFrame, () -> exiting);
        this.out = out;
        this.in = in;
        this.synchronous = synchronous;
        this.flusher = new Thread(INTERNAL, this::flushLoop, "proclab-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** What queues and pools lent this process ahead of its asking: a queue's next items, a pool's next tasks. */
    public LentItems lent() {
        return lent;
    }

    /** The locks, each with its value, lent to this process. */
    public LentLocks lentLocks() {
        return lentLocks;
    }

    /** The pipe ends lent to this process and the holder of the other end. */
    public PipeLinks pipeLinks() {
        return pipeLinks;
    }

    /** Whether every operation now waits for the kernel (step and slow-motion modes). */
    boolean synchronous() {
        return synchronous;
    }

    void setMainThread(Thread t) {
        mainThread = t;
        program = t.getThreadGroup();
    }

    /** Sends an operation and waits for the kernel's reply, reading it on this thread when it can. */
    public Reply call(Op op, long obj, long a, double b, String text, byte[] payload, long[] longs) {
        return call(op, obj, a, b, text, payload, longs, null);
    }

    private Reply call(Op op, long obj, long a, double b, String text, byte[] payload, long[] longs,
                       Consumer<Reply> onAnswer) {
        int id = nextRequest.getAndIncrement();
        AnswerReading.Pending waiter = answers.expect(id);
        waiter.onAnswer = onAnswer;
        inKernel.put(id, Thread.currentThread());
        try {
            writeOp(id, op, obj, a, b, text, payload, longs);
            flushNow();
            Reply r = answers.await(waiter, true);
            // what the caller hands over next is an answer to what it waited for (a ping-pong): written at once
            lastFlush = System.nanoTime() - 2 * COALESCE_NANOS;
            return r;
        } catch (InterruptedException e) {
            return interrupted(id, op, waiter, e);
        } finally {
            inKernel.remove(id);
            answers.callEnded();
        }
    }

    /**
     * A RECV on the pipe end {@code handle}, as {@link #call}; when the end is lent here, the kernel's answers are
     * counted for its copies ({@link PipeLinks#delivered}) as they are read, in the order of the kernel's frames.
     */
    public Reply recv(long handle, long most) {
        // counted even if the end is not lent yet: a loan may begin while this RECV waits in the kernel
        return call(Op.RECV, handle, most, -1, null, null, null, r -> {
            if (r.status() == Wire.OK) {
                pipeLinks.delivered(handle, r.payloads().size());
            }
        });
    }

    /**
     * The thread was interrupted while the kernel held its call. Asks the kernel to end the call and waits for
     * the call's end, whichever it is: if the kernel ended it, the interrupt is thrown; if the call had already
     * ended (a message received, a lock taken), its result stands and is returned, with the thread still
     * interrupted. Simply leaving would keep the call waiting in the kernel, and a message sent later would
     * go to it and be lost.
     */
    private Reply interrupted(int id, Op op, AnswerReading.Pending waiter, InterruptedException cause) {
        writeOp(0, Op.CANCEL, 0, id, 0, null, null, null);
        flushNow();
        Reply r;
        try {
            r = answers.await(waiter, false);
        } catch (InterruptedException impossible) {
            throw new IllegalStateException(impossible);
        }
        Thread.currentThread().interrupt();
        if (r.status() == Wire.CANCELLED) {
            throw new IllegalStateException("interrupted while waiting for " + op, cause);
        }
        return r;
    }

    public Reply call(Op op, long obj) {
        return call(op, obj, 0, 0, null, null, null);
    }

    /**
     * Sends an operation without waiting for an answer (unless the kernel runs in step or slow-motion mode);
     * it has reached the kernel's socket when this returns.
     */
    public void tell(Op op, long obj, long a, double b, String text, byte[] payload, long[] longs) {
        if (synchronous) {
            call(op, obj, a, b, text, payload, longs);
            return;
        }
        writeOp(0, op, obj, a, b, text, payload, longs);
        flushNow();
    }

    public void tell(Op op, long obj) {
        tell(op, obj, 0, 0, null, null, null);
    }

    /**
     * Hands over a message, item, task or result to {@code target} (the handle key of what it goes to). Paid
     * from credit when there is enough: written (or, in a burst, left for the flusher thread: {@link #flushSoon})
     * and returned at once. Otherwise the kernel is asked, and this
     * waits until there is room (a full pipe); the answer carries new credit. Returns the kernel's answer, or
     * null when none was needed.
     */
    public Reply handOver(Op op, long target, long obj, long a, double b, String text, byte[] payload, long[] handles) {
        return handOver(op, target, obj, a, b, text, payload, handles, true);
    }

    /**
     * Like {@link #handOver(Op, long, long, long, double, String, byte[], long[])}; with {@code flush} false, a
     * hand-over paid from credit stays in this process's buffer until the next call or flush writes it: for a
     * caller that calls the kernel right after (a pool worker asking for its next task), so both go in one write.
     */
    public Reply handOver(Op op, long target, long obj, long a, double b, String text, byte[] payload, long[] handles,
                          boolean flush) {
        long size = payload == null ? 0 : payload.length;
        if (!synchronous && take(target, size)) {
            writeOp(0, op, obj, a, b, text, payload, handles);
            if (flush) {
                flushSoon();
            }
            return null;
        }
        Reply r = call(op, obj, a, b, text, payload, handles);
        if (r.credit() > 0) {
            addCredit(target, r.credit());
        }
        return r;
    }

    /** The kernel reserved {@code bytes} more for hand-overs to {@code target}. */
    void addCredit(long target, long bytes) {
        credit.computeIfAbsent(target, k -> new AtomicLong()).addAndGet(bytes);
    }

    private boolean take(long target, long size) {
        AtomicLong c = credit.get(target);
        if (c == null) {
            return false;
        }
        long have;
        do {
            have = c.get();
            if (have < size) {
                return false;
            }
        } while (!c.compareAndSet(have, have - size));
        return true;
    }

    /** Like {@link #tell} but never waits, even in step mode: for events that only record what happened. */
    public void record(Op op, long obj, long a, double b, String text) {
        record(op, obj, a, b, text, null);
    }

    public void record(Op op, long obj, long a, double b, String text, long[] longs) {
        writeOp(0, op, obj, a, b, text, null, longs);
        scheduleFlush();
    }

    /** Tells the kernel what this process did with what it lent ({@link LentItems}); written soon, never waiting. */
    void notice(Op op, long obj, long a) {
        writeOp(0, op, obj, a, 0, null, null, null);
        flushSoon();
    }

    /** Tells the kernel what this process did by itself with a lock or value lent to it ({@link LentLocks}). */
    void noticeDone(long obj, Op did, String text, byte[] payload, long thread) {
        writeOp(0, Op.LENT_DONE, obj, did.ordinal(), 0, text, payload, new long[] {thread});
        flushSoon();
    }

    /** Like {@link #notice} but written now: an answer the kernel waits for. */
    void noticeNow(Op op, long obj, long a) {
        noticeNow(op, obj, a, 0);
    }

    void noticeNow(Op op, long obj, long a, double b) {
        writeOp(0, op, obj, a, b, null, null, null);
        flushNow();
    }

    private void writeOp(int id, Op op, long obj, long a, double b, String text, byte[] payload, long[] longs) {
        Caller.Site site = Caller.find();
        boolean main = Thread.currentThread() == mainThread;
        try {
            out.frame(Wire.OP, f -> {
                f.writeInt(id);
                f.writeByte(op.ordinal());
                f.writeBoolean(main);
                f.writeLong(obj);
                f.writeLong(a);
                f.writeDouble(b);
                f.writeString(text);
                f.writeBytes(payload);
                f.writeLongs(longs);
                f.writeBytes(site.fileUtf8()); // the same bytes as writeString(site.file())
                f.writeInt(site.line());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("lost the connection to the ProcLab kernel", e);
        }
    }

    /** What the program printed; cut into frames of at most {@link Wire#MAX_OUTPUT_CHUNK} bytes. */
    void output(byte stream, byte[] bytes, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, Wire.MAX_OUTPUT_CHUNK);
            int from = off;
            out.frame(Wire.OUTPUT, f -> {
                f.writeByte(stream);
                f.writeInt(n);
                f.writeRaw(bytes, from, n);
            });
            off += n;
            len -= n;
        }
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
            connection.close();
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
            lastFlush = System.nanoTime();
            flushWanted.set(false); // everything written so far goes now: the flusher need not
            long[] copies = pipeLinks.marks(); // the copies made so far go after the kernel's frames
            out.flush();
            pipeLinks.flushCopies(copies);
        } catch (IOException e) {
            throw new UncheckedIOException("lost the connection to the ProcLab kernel", e);
        }
    }

    /**
     * Writes what waits now, unless this process flushed less than {@link #COALESCE_NANOS} ago: then the flusher
     * thread writes it, with whatever this process hands over meanwhile. A program sending as fast as it can
     * makes one write for several messages instead of one each (a system call apiece was about a quarter of a
     * sender's time); one that sends now and then, or sends and then waits for an answer (which flushes
     * first), writes at once as before.
     */
    private void flushSoon() {
        if (System.nanoTime() - lastFlush > COALESCE_NANOS) {
            flushNow();
        } else {
            scheduleFlush();
        }
    }

    private void scheduleFlush() {
        flushWanted.set(true);
        if (!flusherAwake) { // read after the wish is set: the flusher sees the wish, or this sees it asleep
            LockSupport.unpark(flusher);
        }
    }

    /**
     * Once woken, the flusher stays awake while there is something to write, writing what gathered every
     * {@link #COALESCE_NANOS} on its own timer: a thread handing over a burst then never pays for waking it
     * (on a virtual machine, waking a thread on the other core cost about as much as the write it saves).
     */
    private void flushLoop() {
        while (true) {
            LockSupport.park(this);
            flusherAwake = true;
            while (true) {
                LockSupport.parkNanos(this, COALESCE_NANOS);
                if (!flushWanted.getAndSet(false)) {
                    flusherAwake = false;
                    // read after saying it sleeps: a wish set before is seen here, one set after unparks it
                    if (!flushWanted.get()) {
                        break;
                    }
                    flusherAwake = true;
                    continue;
                }
                try {
                    lastFlush = System.nanoTime();
                    long[] copies = pipeLinks.marks();
                    out.flush();
                    pipeLinks.flushCopies(copies);
                } catch (IOException e) {
                    return;
                }
            }
        }
    }

    /**
     * The worker's reader thread: reads what the kernel sends while no call waits for an answer (calling threads
     * read their own, {@link AnswerReading}); the kernel closing the connection ends the JVM ({@code onKernelGone}).
     */
    void readLoop(Runnable onKernelGone) {
        answers.readLoop(onKernelGone);
    }

    /** One frame from the kernel, on whichever thread reads. */
    private void handleFrame(int type) throws IOException {
        switch (type) {
            case Wire.REPLY -> readReply();
            case Wire.MODE -> {
                synchronous = in.readBoolean();
                in.endFrame();
            }
            case Wire.RECALL -> {
                long object = in.readLong();
                in.endFrame();
                lent.recall(object);
                lentLocks.recall(object);
            }
            case Wire.PIPE_LEND -> {
                long handle = in.readLong();
                String path = in.readString();
                long token = in.readLong();
                boolean reader = in.readBoolean();
                in.endFrame();
                pipeLinks.lend(handle, path, token, reader);
            }
            case Wire.PIPE_LENT -> {
                long handle = in.readLong();
                int ahead = in.readInt();
                in.endFrame();
                pipeLinks.lent(handle, ahead);
            }
            case Wire.PIPE_UNLEND -> {
                long handle = in.readLong();
                boolean reader = in.readBoolean();
                in.endFrame();
                pipeLinks.unlend(handle, reader);
            }
            case Wire.PROBE -> {
                long probe = in.readLong();
                in.endFrame();
                answerProbe(probe);
            }
            default -> throw new ProtocolException("unexpected frame " + type);
        }
    }

    private void readReply() throws IOException {
        int id = in.readInt();
        byte status = in.readByte();
        long value = in.readLong();
        long granted = in.readLong();
        String text = in.readString();
        int n = in.readInt();
        if (n < 0 || n > in.remaining() / 4) {
            throw new ProtocolException("a reply with " + n + " payloads");
        }
        List<byte[]> payloads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            payloads.add(in.readBytes());
        }
        in.endFrame();
        answers.answer(id, new Reply(status, value, granted, text, payloads));
    }

    /**
     * Whether no thread of the program could act now: each is waiting in the kernel, or waits without a time
     * limit for another thread of this process. Sent with the requests whose threads are still in {@link #call}
     * (answered or not: a thread whose answer came but which has not run on yet may still act), which the
     * kernel checks against the calls it holds blocked: a count could match by chance, when a call abandoned
     * by an interrupt stays blocked in the kernel while another call's answer is on its way.
     */
    private void answerProbe(long probe) throws IOException {
        int[] waiting = inKernel.keySet().stream().mapToInt(Integer::intValue).toArray();
        Set<Thread> inCall = new HashSet<>(inKernel.values());
        boolean quiet = true;
        ThreadGroup g = program;
        if (g != null) {
            Thread[] threads = new Thread[g.activeCount() + 8];
            int n = g.enumerate(threads, true);
            for (int i = 0; i < n && quiet; i++) {
                Thread t = threads[i];
                Thread.State s = t.getState();
                // a thread waiting for the kernel is parked (WAITING); one interrupted meanwhile, or already
                // running on, is about to act, though it may still be counted in the kernel: not quiet
                // a thread inside call() may be reading its own answer (RUNNABLE in a selector); the kernel
                // checks that each such call is one it holds blocked
                quiet = !t.isInterrupted() && (inCall.contains(t) || s == Thread.State.WAITING
                        || s == Thread.State.TERMINATED || s == Thread.State.NEW);
            }
        }
        boolean idle = quiet;
        out.frame(Wire.PROBE_ANSWER, f -> {
            f.writeLong(probe);
            f.writeBoolean(idle);
            f.writeInt(waiting.length);
            for (int id : waiting) {
                f.writeInt(id);
            }
        });
        out.flush();
    }

    private static ThreadGroup systemGroup() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) {
            g = g.getParent();
        }
        return g;
    }
}
