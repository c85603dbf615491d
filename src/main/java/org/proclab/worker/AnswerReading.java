package org.proclab.worker;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.proclab.wire.FrameIn;

/**
 * Who reads a worker's connection to the kernel. A thread that called the kernel reads its own answer from the
 * socket while no other thread reads: the answer then wakes it straight from the socket, without a second
 * thread passing it on (on a busy 2-core machine each hand-over between threads cost about as much as the trip
 * to the kernel). With several threads calling, one reads and hands the others their answers; whoever stops
 * reading wakes those still waiting, so one of them reads on. While no call waits, the worker's reader thread
 * reads what still comes (a probe of the hang detector, a change of mode). A connection lost while any thread
 * reads ends the JVM.
 */
final class AnswerReading {
    /**
     * How the reading thread waits for the kernel's bytes between frames, without reading them: so a thread
     * can stop waiting, to leave the reading to another, and the bytes stay for that one.
     */
    interface Incoming extends java.io.Closeable {
        /** Waits at most {@code millis} (0: not at all) for bytes or the end of the stream; true if there are some. */
        boolean awaitBytes(long millis) throws IOException;

        /** The same for the reader thread, which waits without holding the connection (a waiter of its own). */
        boolean awaitBytesIdle(long millis) throws IOException;

        /** If a wait inside a frame took this thread's interrupt (so as not to spin), sets it again. */
        default void restoreInterrupt() {}

        /** Ends the reader thread's {@link #awaitBytesIdle} now: what it should read is already buffered. */
        default void wakeIdle() {}
    }

    /** Handles one frame of the kernel's (its type read already), on whichever thread reads. */
    interface FrameHandler {
        void handle(int type) throws IOException;
    }

    /** Longest wait in a selector before a reading thread looks again at who should read. */
    private static final long READ_WAIT_MILLIS = 1000;
    /** How long the reader thread stays away after a call, as the next call is likely near. */
    private static final long LINGER_NANOS = 10_000_000;
    /**
     * No call has ended for this long while one waits: a long wait (a join, a barrier, a get from an empty queue).
     * The reader thread then sleeps until a call ends instead of looking every {@link #LINGER_NANOS}: a hundred
     * looks a second cost each waiting process about 2 % of a core on a 2-core virtual machine, so 200 children
     * waiting at a barrier took more than a core between them while the last ones started.
     */
    static final long LONG_WAIT_NANOS = 100_000_000;

    private final FrameIn in;
    private final Incoming incoming;
    private final FrameHandler handler;
    /** True once the worker closes the connection itself, on its way out. */
    private final BooleanSupplier exiting;
    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
    /** Whoever reads {@link #in} holds this: a thread waiting for its answer, or the reader thread. */
    private final ReentrantLock reading = new ReentrantLock();
    /** Threads inside a call: while there are any, they read, and the reader thread keeps away. */
    private final AtomicInteger callers = new AtomicInteger();
    private volatile long lastCallEnded = System.nanoTime();
    /**
     * A caller got its answer and stopped reading with frames still in {@link #in}'s buffer (they came in the same
     * read as its answer): nothing will come from the socket to wake a reader for them, so the reader thread is
     * told. A recall or a probe left there would otherwise wait for the process's next call.
     */
    private volatile boolean leftInBuffer;
    private volatile Thread readerThread;
    /** The reader thread sleeps through a long wait; the call that ends it wakes the thread ({@link #callEnded}). */
    private volatile boolean readerAway;
    /** How many times the reader thread woke to look (written by it alone): how often a waiting worker wakes. */
    private volatile long readerLooks;
    private final AtomicBoolean kernelLost = new AtomicBoolean();
    private volatile Runnable onKernelGone;

    AnswerReading(FrameIn in, Incoming incoming, FrameHandler handler, BooleanSupplier exiting) {
        this.in = in;
        this.incoming = incoming;
        this.handler = handler;
        this.exiting = exiting;
    }

    /** One thread waiting for one answer; cheaper than a CompletableFuture on this hot path. */
    static final class Pending {
        private final Thread owner = Thread.currentThread();
        private volatile Reply reply;
        /** Run with the answer, on the thread that read it, in the order of the kernel's frames. */
        volatile Consumer<Reply> onAnswer;

        private void complete(Reply r) {
            reply = r;
            if (owner != Thread.currentThread()) {
                LockSupport.unpark(owner);
            }
        }
    }

    /** The calling thread is about to send request {@code id}; pair with {@link #callEnded()}. */
    Pending expect(int id) {
        Pending p = new Pending();
        pending.put(id, p);
        callers.incrementAndGet();
        return p;
    }

    void callEnded() {
        lastCallEnded = System.nanoTime();
        // read after the count: the reader thread sees no caller left, or this sees it away (see readLoop)
        if (callers.decrementAndGet() == 0 && readerAway) {
            LockSupport.unpark(readerThread);
        }
    }

    /** The kernel's answer to request {@code id}, read by whichever thread reads: to the thread that waits for it. */
    void answer(int id, Reply r) {
        Pending p = pending.remove(id);
        if (p != null) {
            Consumer<Reply> hook = p.onAnswer;
            if (hook != null) {
                hook.accept(r);
            }
            p.complete(r);
        }
    }

    /**
     * Waits for the answer, reading the connection while no other thread does, else parked until a reader hands
     * it over or gives up reading. {@code interruptible} false: an interrupt is kept for afterwards and the wait
     * goes on.
     */
    Reply await(Pending waiter, boolean interruptible) throws InterruptedException {
        boolean interrupted = false;
        try {
            while (waiter.reply == null) {
                if (reading.tryLock()) {
                    try {
                        while (waiter.reply == null) {
                            interrupted |= interruptTaken(interruptible);
                            if (in.buffered() > 0 || bytesCome(READ_WAIT_MILLIS)) {
                                readFrame();
                            }
                        }
                    } finally {
                        boolean left = in.buffered() > 0;
                        reading.unlock();
                        handOn();
                        if (left) {
                            leftFramesBehind();
                        }
                    }
                } else {
                    LockSupport.park(waiter);
                    interrupted |= interruptTaken(interruptible);
                }
            }
            return waiter.reply;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether this thread was interrupted (the flag is cleared); thrown instead if the wait is interruptible. */
    private static boolean interruptTaken(boolean interruptible) throws InterruptedException {
        if (!Thread.interrupted()) {
            return false;
        }
        if (interruptible) {
            throw new InterruptedException();
        }
        return true;
    }

    /** Frames stay in the buffer after a caller's answer: a waiting caller reads them (handOn), else the reader thread. */
    private void leftFramesBehind() {
        leftInBuffer = true;
        Thread reader = readerThread;
        if (reader != null) {
            LockSupport.unpark(reader);
            incoming.wakeIdle();
        }
    }

    /** After giving up reading: wakes the threads still waiting for an answer, so one of them reads on. */
    private void handOn() {
        Thread me = Thread.currentThread();
        for (Pending w : pending.values()) {
            if (w.reply == null && w.owner != me) {
                LockSupport.unpark(w.owner);
            }
        }
    }

    /**
     * The reader of last resort, on its own thread: it reads what comes while no call waits for an answer, and
     * gives way to the calling threads. It lingers a little after each call so a program calling in a loop does
     * not wake it every time, and sleeps through a long wait until a call ends ({@link #LONG_WAIT_NANOS}). The kernel
     * closing the connection ends the JVM ({@code onKernelGone}).
     */
    void readLoop(Runnable onKernelGone) {
        this.onKernelGone = onKernelGone;
        readerThread = Thread.currentThread();
        try {
            while (!exiting.getAsBoolean() && !kernelLost.get()) {
                readerLooks++; // only this thread writes it
                long quietFor = System.nanoTime() - lastCallEnded;
                if (callers.get() > 0) {
                    if (quietFor < LONG_WAIT_NANOS) {
                        LockSupport.parkNanos(this, LINGER_NANOS);
                    } else {
                        readerAway = true;
                        if (callers.get() > 0) { // read after saying it is away: a call ending now wakes it
                            LockSupport.parkNanos(this, READ_WAIT_MILLIS * 1_000_000L);
                        }
                        readerAway = false;
                    }
                    continue;
                }
                boolean left = leftInBuffer;
                if (!left && quietFor < LINGER_NANOS) {
                    LockSupport.parkNanos(this, LINGER_NANOS - quietFor);
                    continue;
                }
                if (!(left || incoming.awaitBytesIdle(READ_WAIT_MILLIS)) || callers.get() > 0 || !reading.tryLock()) {
                    continue;
                }
                try {
                    leftInBuffer = false;
                    if (in.buffered() == 0 && !incoming.awaitBytes(0)) {
                        continue; // a caller read what was left meanwhile
                    }
                    do {
                        readFrame();
                    } while (callers.get() == 0 && (in.buffered() > 0 || incoming.awaitBytes(0)));
                } finally {
                    reading.unlock();
                    handOn();
                }
            }
        } catch (Throwable t) {
            lost(t);
        }
        if (kernelLost.get() && !exiting.getAsBoolean()) {
            onKernelGone.run(); // a calling thread may have found the kernel gone before this thread began
        }
    }

    long readerLooks() {
        return readerLooks;
    }

    /** Waits at most {@code millis} for the kernel's bytes; the caller holds {@link #reading}. */
    private boolean bytesCome(long millis) {
        try {
            return incoming.awaitBytes(millis);
        } catch (IOException e) {
            throw lostWhileCalling(e);
        }
    }

    /** Reads and handles one frame; the caller holds {@link #reading}. */
    private void readFrame() {
        try {
            int type = in.nextFrame();
            if (type < 0) {
                throw new EOFException("the kernel closed the connection");
            }
            handler.handle(type);
        } catch (Throwable t) {
            throw lostWhileCalling(t);
        } finally {
            incoming.restoreInterrupt();
        }
    }

    /**
     * A reading thread found the connection gone. If this worker is exiting, it closed the connection itself and
     * halts a moment later: the thread waits for that, as it waited for its answer before, rather than die with an
     * error that would show in the process's output. Otherwise the JVM ends ({@link #lost}) and the call fails.
     */
    private RuntimeException lostWhileCalling(Throwable t) {
        while (exiting.getAsBoolean()) {
            LockSupport.park(this);
        }
        lost(t);
        return new UncheckedIOException("lost the connection to the ProcLab kernel",
                t instanceof IOException io ? io : new IOException(t));
    }

    /**
     * The kernel's connection broke (or a frame broke the protocol): this JVM must end, as its app did. Any
     * failure of reading, an OutOfMemoryError included, ends it: a worker that can no longer hear the kernel
     * must not outlive it. Not while the worker is exiting on its own: then it closed the connection itself.
     */
    private void lost(Throwable t) {
        if (exiting.getAsBoolean() || !kernelLost.compareAndSet(false, true)) {
            return;
        }
        if (!(t instanceof IOException)) {
            try {
                Diagnostics.toRawLog("ProcLab worker: lost the kernel's connection: " + t);
            } catch (Throwable ignored) {
                // out of memory even for the message: end anyway
            }
        }
        Runnable gone = onKernelGone;
        if (gone != null) {
            gone.run();
        }
    }
}
