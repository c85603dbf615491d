package org.proclab.worker;

import java.io.IOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.proclab.wire.Op;

/**
 * The pipe ends lent to this process and the holder of the other end (the kernel's {@code PipeLoans}). As a writer,
 * each message sent also goes, after the kernel's frame, as a copy straight to the reader ({@link PipeOutlet}). As a
 * reader, a {@code recv} takes the next message from its copy ({@link PipeInlet}) when the copy is there, told to
 * the kernel (PIPE_TOOK) before anything this process does after, instead of waiting for the kernel to pass it on.
 *
 * <p>Which copy is which message: from the kernel's PIPE_LENT on, the n-th message the kernel receives into the
 * end is the n-th frame of the copies (a hole for one not copied); before it, {@code ahead} messages only the kernel
 * has. A message this process got in the kernel's answer to a RECV is never taken again from its copy: the frames
 * of such messages are skipped. Setting up and ending a loan run on a thread of their own, never on the thread that
 * reads the kernel's frames, which a sender waiting for its answer may need.
 */
public final class PipeLinks {
    /** A lent read end. */
    private static final class Reading {
        final PipeInlet inlet;
        Selector waiting; // made by the first awaitCopy
        boolean active; // PIPE_LENT came: copies are taken
        boolean given; // given back: no copy is taken any more
        int kernelAhead; // messages only the kernel has, before the first copy
        long next; // the message this process takes next, counted from the first copy
        long consumed; // frames read from the inlet
        boolean copying = true; // the last frame read was a copy, not a hole: the writer copies (a ping-pong)

        Reading(PipeInlet inlet) {
            this.inlet = inlet;
        }
    }

    private final ControlClient client;
    private final Map<Long, Reading> reading = new ConcurrentHashMap<>();
    private final Map<Long, PipeOutlet> writing = new ConcurrentHashMap<>();
    private final Map<Long, Object> sendLocks = new ConcurrentHashMap<>();
    /** The outlets at the last change, for the flushes: read on every flush, so an array. */
    private volatile PipeOutlet[] outlets = new PipeOutlet[0];
    private volatile ExecutorService setup;
    /**
     * Messages this process received on any pipe: a send with none since the last is part of a stream. Only whether
     * it moved matters, so a count lost between two threads receiving at once does no harm.
     */
    private volatile long receipts;
    /** Messages this process took from their copies: for the tests and the bench, which show the loan worked. */
    private final AtomicLong copiesTaken = new AtomicLong();

    PipeLinks(ControlClient client) {
        this.client = client;
    }

    // --- the kernel's frames (on the reading thread)

    /** PIPE_LEND: listens (a reader) or connects (a writer), on the set-up thread; PIPE_LEND_READY answers. */
    void lend(long handle, String path, long token, boolean reader) {
        setup().execute(() -> {
            if (reader) {
                listen(handle, Path.of(path), token);
            } else {
                connect(handle, Path.of(path), token);
            }
        });
    }

    private void listen(long handle, Path path, long token) {
        try {
            reading.put(handle, new Reading(PipeInlet.listen(path, token)));
            client.noticeNow(Op.PIPE_LEND_READY, handle, 1, 0);
        } catch (IOException | RuntimeException e) {
            client.noticeNow(Op.PIPE_LEND_READY, handle, 0, 0);
        }
    }

    private void connect(long handle, Path path, long token) {
        PipeOutlet o;
        try {
            o = PipeOutlet.connect(path, token);
        } catch (IOException | RuntimeException e) {
            client.noticeNow(Op.PIPE_LEND_READY, handle, 0, 1);
            return;
        }
        synchronized (sendLock(handle)) {
            // under the send lock: a send's frame goes before this answer (no copy) or after it (a copy)
            writing.put(handle, o);
            outlets = writing.values().toArray(new PipeOutlet[0]);
            client.noticeNow(Op.PIPE_LEND_READY, handle, 1, 1);
        }
    }

    /** PIPE_LENT: copies of this read end's messages come now, after {@code ahead} only the kernel has. */
    void lent(long handle, int ahead) {
        Reading st = reading.get(handle);
        if (st != null) {
            synchronized (st) {
                st.kernelAhead = ahead;
                st.active = true;
            }
        }
    }

    /** PIPE_UNLEND: the end is the kernel's alone again; a reader answers PIPE_GIVE_BACK. */
    void unlend(long handle, boolean reader) {
        setup().execute(() -> {
            if (reader) {
                giveBack(handle);
            } else {
                stopCopies(handle);
            }
        });
    }

    private void giveBack(long handle) {
        Reading st = reading.remove(handle);
        if (st != null) {
            synchronized (st) {
                st.given = true;
                st.inlet.close();
                if (st.waiting != null) {
                    try {
                        st.waiting.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            }
        }
        client.noticeNow(Op.PIPE_GIVE_BACK, handle, 0, 0); // after every PIPE_TOOK: they were written under st
    }

    private void stopCopies(long handle) {
        PipeOutlet o;
        synchronized (sendLock(handle)) {
            o = writing.remove(handle);
            outlets = writing.values().toArray(new PipeOutlet[0]);
        }
        if (o != null) {
            client.flushNow(); // the kernel's frames first, then the last copies
            o.close();
        }
    }

    // --- the writer

    /**
     * A send on {@code handle}: {@code hand} gives the message to the kernel; then, if lent, its copy follows, written
     * with this process's next flush (a {@code recv} flushes before it waits; a burst's, by the flusher thread). A
     * copy left unwritten a while only costs its reader the kernel's way.
     */
    public <E extends Exception> void send(long handle, byte[] bytes, boolean carriesHandles, Hand<E> hand) throws E {
        synchronized (sendLock(handle)) {
            PipeOutlet o = writing.get(handle);
            hand.run();
            if (o != null) {
                // a hole, to be taken through the kernel: a message carrying a handle (granted on receipt there),
                // any in step or slow motion, where the reader must wait for the send's turn, and the second and
                // later of a stream (no recv between): its reader takes streams from the kernel many at once
                boolean stream = o.lastReceipts == receipts;
                o.lastReceipts = receipts;
                o.append(carriesHandles || stream || client.synchronous() ? null : bytes);
            }
        }
    }

    /** Gives a message to the kernel. */
    @FunctionalInterface
    public interface Hand<E extends Exception> {
        void run() throws E;
    }

    private Object sendLock(long handle) {
        return sendLocks.computeIfAbsent(handle, h -> new Object());
    }

    /** Marks for {@link #flushCopies}, taken before the kernel's frames are flushed; null when nothing is lent. */
    long[] marks() {
        PipeOutlet[] os = outlets;
        if (os.length == 0) {
            return null;
        }
        long[] m = new long[os.length];
        for (int i = 0; i < os.length; i++) {
            m[i] = os[i].mark();
        }
        return m;
    }

    /** After the kernel's frames: writes the copies appended before {@code marks} (from {@link #marks}). */
    void flushCopies(long[] marks) {
        if (marks == null) {
            return;
        }
        PipeOutlet[] os = outlets;
        for (int i = 0; i < os.length && i < marks.length; i++) {
            os[i].flushUpTo(marks[i]); // an outlet added meanwhile has a mark below its copies: it waits
        }
    }

    // --- the reader

    /** What {@link #take} gives instead of a message: the copy may still come; or the kernel must give it. */
    private static final byte[] NOT_YET = new byte[0];
    private static final byte[] ASK_KERNEL = new byte[0];

    /**
     * The next message of the lent read end {@code handle} from its copy, if it is here already, told to the kernel;
     * null when it must come through the kernel. Never waits.
     */
    public byte[] takeCopy(long handle) throws IOException {
        Reading st = reading.get(handle);
        byte[] m = st == null ? ASK_KERNEL : take(st, handle);
        return m == NOT_YET || m == ASK_KERNEL ? null : m;
    }

    /**
     * Like {@link #takeCopy}, waiting up to {@link #COPY_WAIT_MILLIS} for the copy to come: in a ping-pong the
     * answer's copy comes within that, and taking it spares the kernel's two hops. Past it this process asks the
     * kernel (RECV), which then shows it waiting: so a process is seen blocked in {@code recv} a millisecond late
     * at most. What this process wrote so far goes first (the other side may be waiting for it).
     */
    public byte[] awaitCopy(long handle) throws IOException {
        Reading st = reading.get(handle);
        if (st == null) {
            return null;
        }
        byte[] m = take(st, handle);
        if (m != NOT_YET) {
            return m == ASK_KERNEL ? null : m;
        }
        Selector waiting;
        synchronized (st) {
            if (st.given || st.inlet.channel() == null) {
                return null;
            }
            if (st.waiting == null) {
                st.waiting = Selector.open();
                st.inlet.channel().register(st.waiting, SelectionKey.OP_READ);
            }
            waiting = st.waiting;
        }
        client.flushNow();
        try {
            waiting.select(NOTHING, COPY_WAIT_MILLIS);
        } catch (ClosedSelectorException | IOException e) {
            return null; // given back meanwhile
        }
        return takeCopy(handle);
    }

    /**
     * The next message from its copy, told to the kernel; {@link #NOT_YET} if its copy has not come; or
     * {@link #ASK_KERNEL}: not lent (now), messages before it that only the kernel has, a hole, or copies waiting
     * behind it. Those mean the writer is ahead (a stream, not a ping-pong): the kernel then answers a RECV with
     * many messages at once, one operation where the copies would take one each, and their copies are skipped.
     */
    private byte[] take(Reading st, long handle) throws IOException {
        synchronized (st) {
            if (!takeable(st)) {
                return ASK_KERNEL;
            }
            while (st.consumed <= st.next) {
                byte[] f = st.inlet.peek();
                if (f == null) {
                    // wait for the copy only while the writer copies: a stream's next one is a hole anyway
                    return st.inlet.ended() || !st.copying ? ASK_KERNEL : NOT_YET;
                }
                if (st.consumed < st.next) {
                    st.inlet.take(); // its message came in an answer of the kernel's
                    st.consumed++;
                    st.copying = f != PipeInlet.HOLE;
                    continue;
                }
                if (f != PipeInlet.HOLE && st.inlet.hasMore()) {
                    return ASK_KERNEL; // left for the kernel's answer, and skipped after it
                }
                st.inlet.take();
                st.consumed++;
                st.copying = f != PipeInlet.HOLE;
                if (f == PipeInlet.HOLE) {
                    return ASK_KERNEL; // not copied
                }
                st.next++;
                copiesTaken.incrementAndGet();
                client.notice(Op.PIPE_TOOK, handle, 0);
                return f;
            }
            return ASK_KERNEL; // a hole was read ahead: its message comes through the kernel first
        }
    }

    private static final Consumer<SelectionKey> NOTHING = k -> { };
    /** How long a {@code recv} on a lent end waits for the copy before it asks the kernel. */
    static final long COPY_WAIT_MILLIS = 1;

    /** Whether a copy may be taken now: lent, not given back, no message before it only in the kernel. Under st. */
    private boolean takeable(Reading st) {
        return st.active && !st.given && st.kernelAhead == 0 && st.consumed <= st.next && !client.synchronous();
    }

    /** This process received a message on a pipe ({@code recv}, whichever way it came). */
    public void received() {
        receipts++;
    }

    /** How many messages this process took from their copies so far. */
    public long copiesTaken() {
        return copiesTaken.get();
    }

    /** The kernel answered a RECV on {@code handle} with {@code n} messages (read in frame order). */
    void delivered(long handle, int n) {
        Reading st = reading.get(handle);
        if (st == null) {
            return;
        }
        synchronized (st) {
            if (!st.active) {
                return; // before PIPE_LENT: the kernel counted them already
            }
            for (int i = 0; i < n; i++) {
                if (st.kernelAhead > 0) {
                    st.kernelAhead--;
                } else {
                    st.next++;
                }
            }
        }
    }

    private ExecutorService setup() {
        ExecutorService s = setup;
        if (s == null) {
            synchronized (this) {
                if (setup == null) {
                    setup = Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(ControlClient.INTERNAL, r, "proclab-pipe-links");
                        t.setDaemon(true);
                        return t;
                    });
                }
                s = setup;
            }
        }
        return s;
    }
}
