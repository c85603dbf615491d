package org.proclab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.kernel.IpcObject.QueueObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Queues with Python's semantics: {@code put} on an unbounded queue does not wait (unless ProcLab's memory
 * for queued items is full), on a bounded one it waits while the queue is full; {@code get} takes one item,
 * waiting while the queue is empty. Any process holding the queue may do either. Lock held.
 */
final class Queues {
    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;
    private final FlowControl flow;
    final QueueLoans loans;

    Queues(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
        this.flow = ipc.flow;
        this.loans = new QueueLoans(kernel, ipc, this);
    }

    void create(OpRequest r) {
        if (r.a() < 0 || r.a() > Integer.MAX_VALUE) {
            kernel.refuse(r, null, "a queue's maxsize must be 0 (unbounded) or more");
            return;
        }
        String type = r.text();
        if (type != null && !type.equals("joinable") && !type.equals("simple")) {
            kernel.refuse(r, null, "a queue's type is joinable, simple or none");
            return;
        }
        QueueObj q = new QueueObj(r.obj(), ipc.nextName("queue"), (int) r.a(), type);
        if (!handles.register(r, q.id, q)) {
            return;
        }
        kernel.event(r, EventKind.QUEUE_NEW, q.name, type, q.maxsize);
        handles.grant(r.pid(), q, 0, "create", r);
    }

    private QueueObj queue(OpRequest r) {
        return ipc.held(r, QueueObj.class, "queue");
    }

    void put(OpRequest r, ProcessRecord self) {
        QueueObj q = queue(r);
        if (q == null) {
            return;
        }
        Item item = ipc.item(r);
        if (item == null) {
            return;
        }
        if (!r.wantsReply()) {
            if (q.maxsize > 0 || !flow.spend(r.pid(), q.key(0), item.size())) {
                kernel.protocolError(r, "put " + item.size() + " bytes on " + q.name + " without the room the kernel gave it");
                return;
            }
            enqueue(r, q, item);
            serveGetters(q);
            return;
        }
        tryPut(r, self, q, item, null);
    }

    /** Adds the item if the queue and memory have room; otherwise the caller waits, with an event saying why. */
    private void tryPut(OpRequest r, ProcessRecord self, QueueObj q, Item item, Waiter waiting) {
        boolean memory = flow.memoryAdmits(item.size());
        if (!q.full() && memory) {
            flow.hold(item.size());
            if (waiting != null) {
                q.putters.remove(waiting);
                kernel.unblock(waiting);
            }
            enqueue(r, q, item);
            long credit = q.maxsize == 0 && !kernel.isSynchronous()
                    ? flow.grant(r.pid(), q.key(0), flow.otherGrant(), Long.MAX_VALUE) : 0;
            kernel.reply(r, Wire.OK, 0, null, null, credit);
            serveGetters(q);
            return;
        }
        if (waiting == null && r.b() == 0) {
            // put_nowait(), or put(block=False): Python raises queue.Full at once
            kernel.event(r, EventKind.TIMEOUT, q.name, "put()", Event.NO_NUM);
            kernel.reply(r, Wire.TIMEOUT, 0, null);
            return;
        }
        if (waiting == null) {
            String why = q.full() ? "put() on the full " + q.name
                    : "put() on " + q.name + ": ProcLab's memory for queued items (" + (flow.memory() >> 20) + " MiB) is full";
            waiting = kernel.block(r, self, q.name, "put()", why, r.b(), gone -> q.putters.remove(gone));
            waiting.item = item;
            q.putters.add(waiting);
            if (!memory) {
                kernel.note(r.pid(), why + "; it goes on when processes take items or messages");
            }
        }
        if (!memory) {
            flow.waitForMemory(() -> admitPutters(q));
        }
    }

    private void enqueue(OpRequest r, QueueObj q, Item item) {
        q.items.add(item);
        if (q.joinable()) {
            q.unfinished++; // as Python's JoinableQueue counts an item unfinished from its put
        }
        handles.sent(item.handles());
        kernel.event(r, EventKind.PUT, q.name, item.display(), item.id());
    }

    void get(OpRequest r, ProcessRecord self) {
        QueueObj q = queue(r);
        if (q == null || loans.mustWait(r, self, q)) {
            return;
        }
        if (!q.items.isEmpty()) {
            take(r, q);
        } else if (r.b() == 0) {
            kernel.event(r, EventKind.TIMEOUT, q.name, "get()", Event.NO_NUM);
            kernel.reply(r, Wire.TIMEOUT, 0, null);
        } else {
            Waiter w = kernel.block(r, self, q.name, "get()", "get() on " + q.name, r.b(), gone -> q.getters.remove(gone));
            q.getters.add(w);
        }
    }

    void qsize(OpRequest r) {
        QueueObj q = queue(r);
        if (q != null) {
            kernel.reply(r, Wire.OK, q.size(), null);
        }
    }

    private void take(OpRequest r, QueueObj q) {
        // unlike a pipe's read end, any holder may get later: one item per get, never kept back in a process
        Item item = q.items.poll();
        kernel.event(r, EventKind.GET, q.name, item.display(), item.id());
        ipc.receiveHandles(r, item);
        List<byte[]> payloads = new ArrayList<>();
        payloads.add(item.payload());
        loans.lend(r, q, payloads);
        kernel.reply(r, Wire.OK, payloads.size(), null, payloads, 0);
        flow.release(item.size());
        admitPutters(q);
    }

    private void serveGetters(QueueObj q) {
        while (!q.getters.isEmpty() && !q.items.isEmpty()) {
            Waiter w = q.getters.remove(0);
            kernel.unblock(w);
            take(w.req, q);
        }
    }

    void admitPutters(QueueObj q) {
        while (!q.putters.isEmpty()) {
            Waiter w = q.putters.get(0);
            tryPut(w.req, w.process, q, w.item, w);
            if (q.putters.contains(w)) {
                return; // still no room: first in, first out
            }
        }
    }

    /** close(): this process will use the queue no more (Python closes its copy of the queue's pipe). */
    void close(OpRequest r, QueueObj q) {
        if (!handles.holds(r.pid(), r.obj())) {
            kernel.refuse(r, q.name, "this process holds no open handle of " + q.name);
        } else {
            handles.drop(r.pid(), q, 0, "close", r);
            loans.closed(r.pid(), q);
            flow.forget(r.pid(), q.key(0)); // the kernel answers CLOSE itself in step mode
        }
    }

    void forgetWaiters(ProcessRecord p, QueueObj q) {
        q.getters.removeIf(w -> w.process == p);
        q.putters.removeIf(w -> w.process == p);
        q.joiners.removeIf(w -> w.process == p);
        loans.onExit(p, q);
    }

    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        return o == null ? Set.of() : new LinkedHashSet<>(handles.holders(o.key(0)));
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        IpcObject o = handles.object(w.req.obj());
        s.append(", which can never return: the processes that hold ").append(o == null ? "it" : o.name)
                .append(" (").append(names.of(helpers, w.process.pid)).append(") are all waiting");
    }
}
