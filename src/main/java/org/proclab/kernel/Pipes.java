package org.proclab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.kernel.IpcObject.PipeObj;
import org.proclab.kernel.IpcObject.PipeObj.End;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * Pipes with the operating system's rules: end-of-file only when the pipe is empty and no process holds an
 * open handle of the other end; at most {@link FlowControl#PIPE_CAPACITY} bytes in flight, a send beyond
 * that waiting for the reader (a message larger than the pipe goes in, and its send returns once it has
 * been read). Lock held.
 */
final class Pipes {
    /** Most bytes one recv() fetches beyond its first message, when it may fetch several. */
    private static final long BATCH_BYTES = 1 << 20;

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;
    private final FlowControl flow;
    /** Set by {@link Ipc}: answers a {@code connection.wait()} standing among an end's readers. */
    ConnectionWaits connectionWaits;
    final PipeLoans loans;

    Pipes(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
        this.flow = ipc.flow;
        this.loans = new PipeLoans(kernel, handles, this, kernel.linkDir());
    }

    void create(OpRequest r) {
        PipeObj p = new PipeObj(r.obj(), ipc.nextName("pipe"), r.a() != 0);
        if (!handles.register(r, p.id, p)) {
            return;
        }
        kernel.event(r, EventKind.PIPE_NEW, p.name, p.duplex ? "duplex" : "simplex", Event.NO_NUM);
        for (int end = 0; end < 2; end++) {
            handles.grant(r.pid(), p, end, "create", r);
        }
    }

    /** The end a request names, if its process holds an open handle of it; otherwise the request is refused. */
    private End end(OpRequest r) {
        IpcObject o = handles.objectOf(r.obj());
        if (!(o instanceof PipeObj p)) {
            kernel.refuse(r, null, "there is no pipe end with handle " + r.obj());
            return null;
        }
        End e = p.ends[(int) (r.obj() & 1)];
        if (!handles.holds(r.pid(), r.obj())) {
            kernel.refuse(r, p.handleName(e.index), "this process holds no open handle of " + p.handleName(e.index));
            return null;
        }
        return e;
    }

    void send(OpRequest r, ProcessRecord self) {
        End w = end(r);
        if (w == null) {
            return;
        }
        PipeObj p = w.pipe();
        if (loans.mustWait(r, self, p)) {
            return;
        }
        if (!p.canSend(w.index)) {
            kernel.refuse(r, p.handleName(w.index), p.handleName(w.index) + " is the read-only end of a one-way pipe");
            return;
        }
        Item item = ipc.item(r);
        if (item == null) {
            return;
        }
        if (!r.wantsReply()) { // paid from credit: the room was reserved, so it goes in now
            if (!flow.spend(r.pid(), w.key(), item.size())) {
                kernel.protocolError(r, "sent " + item.size() + " bytes on " + p.handleName(w.index)
                        + " without the room the kernel gave it");
                return;
            }
            admit(r, w, item);
            serveReaders(w.peer());
            return;
        }
        if (handles.holders(w.peer().key()).isEmpty() && !handles.inFlight(w.peer().key())) {
            kernel.reply(r, Wire.ERROR, 0, "BrokenPipeError: the read end " + p.handleName(1 - w.index)
                    + " is closed in every process");
            return;
        }
        trySend(r, self, w, item, null);
    }

    /**
     * Puts a sender's message in the pipe if the pipe and kernel memory have room; otherwise the sender waits
     * (a BLOCK "send()" event the first time) and tries again when the reader takes messages.
     */
    private void trySend(OpRequest r, ProcessRecord self, End w, Item item, Waiter waiting) {
        End to = w.peer();
        boolean pipeRoom = to.inflight == 0
                || to.inflight + item.size() <= flow.pipeCapacity() - flow.othersCredit(w.key(), r.pid());
        boolean memory = flow.memoryAdmits(item.size());
        if (pipeRoom && memory) {
            flow.hold(item.size());
            admit(r, w, item);
            if (to.inflight > flow.pipeCapacity()) {
                // larger than the pipe: like a write(2) of more than the pipe holds, send returns once it is read
                Waiter d = waiting != null ? waiting : blockSender(r, self, w, "send() on " + w.pipe().handleName(w.index)
                        + ": the message is larger than the pipe holds; it returns once the reader has taken it");
                d.draining = true;
                if (!w.senders.contains(d)) {
                    w.senders.add(d);
                }
            } else {
                if (waiting != null) {
                    w.senders.remove(waiting);
                    kernel.wake(waiting);
                }
                answerSender(r, w);
            }
            serveReaders(to);
            return;
        }
        if (waiting == null) {
            String why = pipeRoom ? "ProcLab's memory for messages and queued items ("
                    + (flow.memory() >> 20) + " MiB) is full" : "the pipe is full";
            Waiter b = blockSender(r, self, w, "send() on " + w.pipe().handleName(w.index) + ": " + why);
            b.item = item;
            w.senders.add(b);
            if (!memory) {
                kernel.note(r.pid(), "send() on " + w.pipe().handleName(w.index) + " waits: " + why
                        + "; it goes on when processes take messages or items");
                flow.waitForMemory(() -> retry(w));
            }
        } else if (!memory) {
            flow.waitForMemory(() -> retry(w));
        }
    }

    private Waiter blockSender(OpRequest r, ProcessRecord self, End w, String description) {
        return kernel.block(r, self, w.pipe().handleName(w.index), "send()", description, -1, gone -> w.senders.remove(gone));
    }

    private void answerSender(OpRequest r, End w) {
        End to = w.peer();
        long room = flow.pipeCapacity() - to.inflight - flow.creditOf(w.key());
        boolean readable = !handles.holders(to.key()).isEmpty();
        long credit = readable && !kernel.isSynchronous() ? flow.grant(r.pid(), w.key(), flow.pipeGrant(), room) : 0;
        kernel.reply(r, Wire.OK, 0, null, null, credit);
    }

    private void admit(OpRequest r, End w, Item item) {
        End to = w.peer();
        to.inbox.add(item);
        to.inflight += item.size();
        handles.sent(item.handles());
        kernel.event(r, EventKind.SEND, w.pipe().handleName(w.index), item.display(), item.id());
        if (to.loan != null) {
            kernel.lentSendArrived(); // a reader's PIPE_TOOK may wait for this message (PipeLoans)
        }
    }

    /** The reader took messages from {@code to}: senders waiting to write into it may go on. */
    private void retry(End w) {
        End to = w.peer();
        for (Waiter s : new ArrayList<>(w.senders)) {
            if (!w.senders.contains(s)) {
                continue;
            }
            if (s.draining) {
                if (to.inflight <= flow.pipeCapacity()) {
                    w.senders.remove(s);
                    kernel.wake(s);
                    answerSender(s.req, w);
                }
            } else {
                trySend(s.req, s.process, w, s.item, s);
                if (w.senders.contains(s) && !s.draining) {
                    break; // first in, first out: a later sender does not overtake one that still waits
                }
            }
        }
    }

    void recv(OpRequest r, ProcessRecord self) {
        End e = end(r);
        if (e == null) {
            return;
        }
        PipeObj p = e.pipe();
        if (loans.mustWait(r, self, p)) {
            return;
        }
        if (p.canRecv(e.index)) {
            loans.offer(r, e);
        }
        if (!p.canRecv(e.index)) {
            kernel.refuse(r, p.handleName(e.index), p.handleName(e.index) + " is the write-only end of a one-way pipe");
        } else if (!e.inbox.isEmpty()) {
            deliver(r, e);
        } else if (atEof(e)) {
            eof(r, e);
        } else {
            Waiter w = kernel.block(r, self, p.handleName(e.index), "recv()", "recv() on " + p.handleName(e.index), -1,
                    gone -> e.readers.remove(gone));
            e.readers.add(w);
        }
    }

    void poll(OpRequest r, ProcessRecord self) {
        End e = end(r);
        if (e == null) {
            return;
        }
        PipeObj p = e.pipe();
        if (loans.mustWait(r, self, p)) {
            return;
        }
        if (!e.inbox.isEmpty() || atEof(e)) {
            pollAnswer(r, p.handleName(e.index), true);
        } else if (r.b() <= 0) {
            pollAnswer(r, p.handleName(e.index), false);
        } else {
            Waiter w = kernel.block(r, self, p.handleName(e.index), "poll()", "poll() on " + p.handleName(e.index), r.b(),
                    gone -> {
                        e.readers.remove(gone);
                        kernel.event(r, EventKind.POLL, p.handleName(e.index), "false", Event.NO_NUM);
                    });
            w.leave = gone -> e.readers.remove(gone);
            e.readers.add(w);
        }
    }

    private void pollAnswer(OpRequest r, String end, boolean ready) {
        kernel.event(r, EventKind.POLL, end, Boolean.toString(ready), Event.NO_NUM);
        kernel.reply(r, Wire.OK, ready ? 1 : 0, null);
    }

    /** EOF: nothing to read and no process can ever write to this end again. */
    boolean atEof(End e) {
        End w = e.peer();
        return e.inbox.isEmpty()
                && (!e.pipe().canSend(w.index) || (handles.holders(w.key()).isEmpty() && !handles.inFlight(w.key())));
    }

    private void deliver(OpRequest r, End e) {
        PipeObj p = e.pipe();
        // several messages at once only when no other process could read them: same result, fewer round trips
        boolean batch = !kernel.isSynchronous() && handles.holders(e.key()).size() == 1 && e.readers.isEmpty();
        long max = batch ? Math.max(1, r.a()) : 1;
        List<byte[]> payloads = new ArrayList<>();
        long bytes = 0;
        while (!e.inbox.isEmpty() && payloads.size() < max && (payloads.isEmpty() || bytes + e.inbox.peek().size() <= BATCH_BYTES)) {
            Item item = e.inbox.poll();
            bytes += item.size();
            e.inflight -= item.size();
            payloads.add(item.payload());
            kernel.event(r, EventKind.RECV, p.handleName(e.index), item.display(), item.id());
            ipc.receiveHandles(r, item);
        }
        kernel.reply(r, Wire.OK, payloads.size(), null, payloads, 0);
        flow.release(bytes);
        retry(e.peer());
    }

    /** The reader of a lent end took {@code item} from its copy ({@link PipeLoans#took}): received now, as deliver does. */
    void received(OpRequest r, End e, Item item) {
        e.inflight -= item.size();
        kernel.event(r, EventKind.RECV, e.pipe().handleName(e.index), item.display(), item.id());
        ipc.receiveHandles(r, item);
        flow.release(item.size());
        retry(e.peer());
    }

    private void eof(OpRequest r, End e) {
        kernel.event(r, EventKind.EOF, e.pipe().handleName(e.index), null, Event.NO_NUM);
        kernel.reply(r, Wire.EOF, 0, null);
    }

    /** Answers readers waiting on an end once it has a message or has reached end-of-file. */
    void serveReaders(End e) {
        while (!e.readers.isEmpty() && (!e.inbox.isEmpty() || atEof(e))) {
            Waiter w = e.readers.get(0);
            if (w.req.op() == Op.CONN_WAIT) {
                connectionWaits.ready(w); // leaves every reader list it stood in
                continue;
            }
            e.readers.remove(0);
            kernel.unblock(w);
            if (w.req.op() == Op.POLL) {
                pollAnswer(w.req, e.pipe().handleName(e.index), true);
            } else if (!e.inbox.isEmpty()) {
                deliver(w.req, e);
            } else {
                eof(w.req, e);
            }
        }
    }

    void close(OpRequest r) {
        End e = end(r);
        if (e != null) {
            handles.drop(r.pid(), e.pipe(), e.index, "close", r);
            closed(r.pid(), e);
        }
    }

    /** A handle of {@code e} was closed (or its process ended): its credit goes, and readers may see EOF. */
    void closed(long pid, End e) {
        flow.forget(pid, e.key());
        serveReaders(e.peer());
    }

    /** A process ended: its waits on pipes end with it, and a loan it was part of ends. */
    void forgetWaiters(ProcessRecord p, PipeObj pipe) {
        loans.onExit(p, pipe);
        for (End e : pipe.ends) {
            e.readers.removeIf(w -> w.process == p);
            e.senders.removeIf(w -> w.process == p);
        }
    }

    /** The processes that could end this wait: for a reader, the holders of the write end; for a sender, the readers. */
    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.objectOf(w.req.obj());
        if (!(o instanceof PipeObj p)) {
            return Set.of();
        }
        int end = (int) (w.req.obj() & 1);
        if (w.req.op() == Op.SEND) {
            return new LinkedHashSet<>(handles.holders(p.key(1 - end)));
        }
        return writers(w.req.obj());
    }

    /** Who could write to the end with this handle: the holders of the other end; null while one travels in a message. */
    Set<Long> writers(long key) {
        IpcObject o = handles.objectOf(key);
        if (!(o instanceof PipeObj p)) {
            return Set.of();
        }
        int peer = 1 - (int) (key & 1);
        if (!p.canSend(peer)) {
            return Set.of();
        }
        if (handles.inFlight(p.key(peer))) {
            return null; // a write handle travels in a message: whoever takes it could write
        }
        return new LinkedHashSet<>(handles.holders(p.key(peer)));
    }

    /** Why a wait on a pipe can never end, naming who keeps it open. */
    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        PipeObj pipe = (PipeObj) handles.objectOf(w.req.obj());
        int end = (int) (w.req.obj() & 1);
        ProcessRecord p = w.process;
        if (w.req.op() == Op.SEND) {
            s.append(", which can never return: the pipe is full and the only read handles of ")
                    .append(pipe.handleName(1 - end)).append(" are held by ").append(names.of(helpers, p.pid));
            return;
        }
        String peer = pipe.handleName(1 - end);
        s.append(", which can never return: the only write handles of ").append(peer)
                .append(" still open are held by ").append(names.of(helpers, p.pid));
        if (helpers.contains(p.pid)) {
            s.append(". ").append(p.name).append(" never closed its own copy of the write end ").append(peer)
                    .append(", so it keeps its own pipe from reaching end-of-file");
        }
    }
}
