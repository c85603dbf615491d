package org.proclab.kernel;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.kernel.IpcObject.PipeObj;
import org.proclab.kernel.IpcObject.PipeObj.End;
import org.proclab.wire.Op;

/**
 * A pipe end whose only reader and whose other end's only writer are two different processes is lent to them: the
 * writer sends each message to the kernel as always and then a copy straight to the reader, so the reader can go on
 * without waiting for the kernel to pass the message on (the kernel's hop was most of a ping-pong's time). The
 * kernel's copy stays the pipe's truth: what the views draw, what a reader gets through the kernel, what end-of-file
 * and a full pipe are decided on. A copy only goes after the kernel's own frame (the writer flushes in that order),
 * and a reader that takes one says so (PIPE_TOOK) before anything it does after: its RECV is recorded then, once
 * the writer's SEND is, so the log keeps each process's order.
 *
 * <p>The loan is made in three steps (the reader listens, the writer connects, the reader is told how many messages
 * before the first copy only the kernel has) and ends when either end gains or loses a holder, a handle of it
 * travels in a message, step or slow motion begins, or a holder ends: the reader answers PIPE_UNLEND with
 * PIPE_GIVE_BACK, and meanwhile any other process's operation on the ends waits, unrecorded. Lock held.
 */
final class PipeLoans {
    private static final SecureRandom TOKENS = new SecureRandom();

    /** The loan of one end: its reader, the writer of the other end, how far the handshake went. */
    static final class Loan {
        final long reader;
        final long writer;
        final Path path;
        final long token;
        /** The reader listens; then the writer connects; then copies flow; then the kernel asked for it back. */
        boolean writerAsked;
        boolean lent;
        boolean recalling;
        final List<Parked> parked = new ArrayList<>();

        Loan(long reader, long writer, Path path, long token) {
            this.reader = reader;
            this.writer = writer;
            this.path = path;
            this.token = token;
        }
    }

    private final Kernel kernel;
    private final Handles handles;
    private final Pipes pipes;
    private final Path dir;
    private long nextLink;

    PipeLoans(Kernel kernel, Handles handles, Pipes pipes, Path dir) {
        this.kernel = kernel;
        this.handles = handles;
        this.pipes = pipes;
        this.dir = dir;
    }

    /** A RECV by {@code r}'s process on {@code e}: lends the end if it can be lent and is not yet. */
    void offer(OpRequest r, End e) {
        if (e.loan != null || e.neverLend || dir == null || kernel.isSynchronous()) {
            return;
        }
        long writer = soleWriter(e, r.pid());
        ProcessRecord reader = kernel.find(r.pid());
        ProcessRecord w = writer == 0 ? null : kernel.find(writer);
        if (w == null || !reachable(reader) || !reachable(w)) {
            return;
        }
        Path path = dir.resolve("l" + (++nextLink) + ".sock");
        e.loan = new Loan(r.pid(), writer, path, TOKENS.nextLong());
        reader.conn.pipeLend(e.key(), path.toString(), e.loan.token, true);
    }

    /** The one process other than {@code reader} that could write to {@code e}, if {@code reader} alone reads it. */
    private long soleWriter(End e, long reader) {
        End w = e.peer();
        if (!e.pipe().canSend(w.index) || handles.inFlight(e.key()) || handles.inFlight(w.key())) {
            return 0;
        }
        var readers = handles.holders(e.key());
        var writers = handles.holders(w.key());
        if (readers.size() != 1 || !readers.contains(reader) || writers.size() != 1) {
            return 0;
        }
        long writer = writers.iterator().next();
        return writer == reader ? 0 : writer;
    }

    private static boolean reachable(ProcessRecord p) {
        return p != null && p.alive() && p.conn != null && !p.connClosed;
    }

    /** PIPE_LEND_READY from the reader (it listens) or the writer (it copies every message from now on). */
    void ready(OpRequest r) {
        End e = readEndOf(r, r.b() != 0);
        Loan l = e == null ? null : e.loan;
        if (l == null || l.recalling) {
            return; // asked back meanwhile: the PIPE_UNLEND already sent ends what the process set up
        }
        if (r.a() == 0) {
            e.neverLend = true;
            recall(e);
            return;
        }
        if (r.b() == 0 && r.pid() == l.reader && !l.writerAsked) {
            ProcessRecord w = kernel.find(l.writer);
            if (!reachable(w)) {
                recall(e);
                return;
            }
            l.writerAsked = true;
            w.conn.pipeLend(e.peer().key(), l.path.toString(), l.token, false);
        } else if (r.b() != 0 && r.pid() == l.writer && l.writerAsked && !l.lent) {
            // every message the writer sent before this answer is in the inbox: those have no copy
            l.lent = true;
            kernel.find(l.reader).conn.pipeLent(e.key(), e.inbox.size());
        } else {
            kernel.protocolError(r, "PIPE_LEND_READY for " + e.pipe().handleName(e.index) + " out of turn");
        }
    }

    /**
     * The read end of the loan an answer names: the reader names its own end; the writer ({@code writer}) the end it
     * writes through, whose peer is the lent one.
     */
    private End readEndOf(OpRequest r, boolean writer) {
        if (!(handles.objectOf(r.obj()) instanceof PipeObj p)) {
            return null;
        }
        End named = p.ends[(int) (r.obj() & 1)];
        return writer ? named.peer() : named;
    }

    /** Whether PIPE_TOOK can be done now: the message it took is in the pipe (the writer's SEND came). */
    boolean tookReady(OpRequest r) {
        End e = readEndOf(r, false);
        return e == null || !e.inbox.isEmpty(); // a bad one is refused when it runs
    }

    /** Whether the writer of the loan a PIPE_TOOK names can still make it ready (its frames still come). */
    boolean writerAlive(OpRequest r) {
        End e = readEndOf(r, false);
        Loan l = e == null ? null : e.loan;
        return l != null && reachable(kernel.find(l.writer));
    }

    /** PIPE_TOOK: the reader took the pipe's first message from its copy (a = 0): it is received now. */
    void took(OpRequest r) {
        End e = readEndOf(r, false);
        Loan l = e == null ? null : e.loan;
        if (l == null || l.reader != r.pid() || !l.lent) {
            kernel.protocolError(r, "PIPE_TOOK of a pipe end not lent to this process");
            return;
        }
        Item item = e.inbox.poll();
        if (item == null) {
            kernel.protocolError(r, "took a message of " + e.pipe().handleName(e.index) + " that was never sent");
            return;
        }
        pipes.received(r, e, item);
    }

    /** PIPE_GIVE_BACK: the reader answers PIPE_UNLEND; what waited for the end runs now. */
    void givenBack(OpRequest r) {
        End e = readEndOf(r, false);
        if (e == null || e.loan == null || e.loan.reader != r.pid() || !e.loan.recalling) {
            kernel.protocolError(r, "PIPE_GIVE_BACK of a pipe end not being recalled from this process");
            return;
        }
        settled(e);
    }

    private void settled(End e) {
        Loan l = e.loan;
        e.loan = null;
        Parked.runAll(l.parked, (req, p) -> kernel.ipc.handle(req, p));
    }

    /**
     * An operation of a process other than the loan's two on an end lent or being recalled: it waits, unrecorded,
     * until the reader has given the end back. True if it was parked.
     */
    boolean mustWait(OpRequest r, ProcessRecord self, PipeObj p) {
        for (End e : p.ends) {
            Loan l = e.loan;
            if (l != null && r.pid() != l.reader && r.pid() != l.writer) {
                l.parked.add(new Parked(r, self));
                recall(e);
                return true;
            }
        }
        return false;
    }

    /** Asks the end back from both holders; the reader's PIPE_GIVE_BACK settles it. */
    void recall(End e) {
        Loan l = e.loan;
        if (l == null || l.recalling) {
            return;
        }
        l.recalling = true;
        ProcessRecord w = kernel.find(l.writer);
        if (l.writerAsked && reachable(w)) {
            w.conn.pipeUnlend(e.peer().key(), false);
        }
        ProcessRecord reader = kernel.find(l.reader);
        if (reachable(reader)) {
            reader.conn.pipeUnlend(e.key(), true);
        } else {
            settled(e); // it will give nothing back: its end settles the loan
        }
    }

    /** Who holds the pipe's ends changed, or a handle of it travels: a loan that no longer fits is asked back. */
    void holdersChanged(PipeObj p) {
        for (End e : p.ends) {
            Loan l = e.loan;
            if (l != null && !l.recalling && soleWriter(e, l.reader) != l.writer) {
                recall(e);
            }
        }
    }

    /** Step or slow motion begins, or a breakpoint is set: every operation must wait for its turn. */
    void recallAll() {
        for (IpcObject o : handles.objects()) {
            if (o instanceof PipeObj p) {
                for (End e : p.ends) {
                    recall(e);
                }
            }
        }
    }

    /** {@code p} ended: a loan it was part of ends; what waited runs, if the reader will give nothing back. */
    void onExit(ProcessRecord p, PipeObj pipe) {
        for (End e : pipe.ends) {
            Loan l = e.loan;
            if (l == null) {
                continue;
            }
            l.parked.removeIf(w -> w.process() == p);
            if (l.reader == p.pid) {
                settled(e);
            } else if (l.writer == p.pid) {
                recall(e);
            }
        }
    }

    /** For the TOOK hold: an op whose process may wait, out of the lock, before it runs. */
    static boolean holds(Op op) {
        return op == Op.PIPE_TOOK;
    }
}
