package org.proclab.kernel;

import java.util.List;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.kernel.IpcObject.QueueObj;
import org.proclab.trace.EventKind;

/**
 * A queue that only one process gets from lends it the items after the one it asked for: its next gets take
 * them without a round trip to the kernel. A lent item is still the queue's first until its process says it
 * took it (LENT_TAKEN, sent by the get that took it, before anything the process does after): only then is
 * the GET recorded, so the event log keeps each process's order and every other process sees the queue as it
 * would have been. When another process gets from the queue, or step or slow motion begins, the kernel recalls
 * what is still lent (a RECALL frame, answered by the worker's reading thread whatever its program does), and
 * gets that came meanwhile wait, unrecorded, until the items are taken or back. From the second process that
 * gets from a queue on, it lends no more: a queue shared by several getters answers one item per get, as before.
 * Lock held.
 */
final class QueueLoans {
    /** Most bytes lent with one answer. */
    private static final long MAX_BYTES = 1 << 20;

    private final Kernel kernel;
    private final Handles handles;
    private final FlowControl flow;
    private final Queues queues;

    QueueLoans(Kernel kernel, Ipc ipc, Queues queues) {
        this.kernel = kernel;
        this.handles = ipc.handles;
        this.flow = ipc.flow;
        this.queues = queues;
    }

    /**
     * Notes who gets from the queue; true if this get must wait for lent items first (they are the queue's
     * first items, so no get may pass them). Then it is parked and the items recalled.
     */
    boolean mustWait(OpRequest r, ProcessRecord self, QueueObj q) {
        if (q.lastGetter != 0 && q.lastGetter != r.pid()) {
            q.shared = true;
        }
        q.lastGetter = r.pid();
        if (q.lent.isEmpty() && q.parked.isEmpty()) {
            return false;
        }
        q.parked.add(new Parked(r, self));
        recall(q);
        return true;
    }

    /**
     * After a get took its item: adds the items after it to the answer's payloads, lent, if the get asked for
     * several ({@code a}), only its process gets from the queue, nothing waits for it, and the kernel runs
     * free. An item that carries handles is never lent: its handles go to whoever really takes it.
     */
    void lend(OpRequest r, QueueObj q, List<byte[]> payloads) {
        if (r.a() <= 1 || kernel.isSynchronous() || q.shared || !q.getters.isEmpty() || !q.parked.isEmpty()
                || !q.lent.isEmpty()) {
            return;
        }
        long bytes = 0;
        while (payloads.size() < r.a() && !q.items.isEmpty()) {
            Item next = q.items.peek();
            if ((next.handles() != null && next.handles().length > 0) || bytes + next.size() > MAX_BYTES) {
                break;
            }
            q.items.poll();
            q.lent.add(next);
            payloads.add(next.payload());
            bytes += next.size();
        }
        if (!q.lent.isEmpty()) {
            q.lendee = r.pid();
        }
    }

    /** LENT_TAKEN: the lendee's get took the first lent item; now it is got, and recorded. */
    void took(OpRequest r) {
        QueueObj q = lentTo(r);
        if (q == null) {
            return;
        }
        Item item = q.lent.poll();
        kernel.event(r, EventKind.GET, q.name, item.display(), item.id());
        flow.release(item.size());
        if (q.lent.isEmpty()) {
            settled(q);
        }
        queues.admitPutters(q);
    }

    /** LENT_GIVE_BACK ({@code a} items): the lendee answers a RECALL with every lent item it has not taken. */
    void givenBack(OpRequest r) {
        QueueObj q = lentTo(r);
        if (q == null) {
            return;
        }
        if (r.a() != q.lent.size()) {
            kernel.protocolError(r, "gave back " + r.a() + " items of " + q.name + " when " + q.lent.size() + " were lent");
            return;
        }
        giveBack(q);
    }

    private QueueObj lentTo(OpRequest r) {
        if (!(handles.object(r.obj()) instanceof QueueObj q) || q.lendee != r.pid() || q.lent.isEmpty()) {
            kernel.protocolError(r, r.op() + " of queue " + r.obj() + ", which lent this process nothing");
            return null;
        }
        return q;
    }

    /** The lent items go back to the queue's front, in order: its process closed the queue or ended. */
    private void giveBack(QueueObj q) {
        while (!q.lent.isEmpty()) {
            q.items.addFirst(q.lent.pollLast());
        }
        settled(q);
    }

    /** Nothing is lent any more: the gets that waited run, in the order they came. */
    private void settled(QueueObj q) {
        q.lendee = 0;
        q.recalling = false;
        Parked.runAll(q.parked, queues::get);
    }

    private void recall(QueueObj q) {
        if (q.recalling || q.lent.isEmpty()) {
            return;
        }
        ProcessRecord lendee = kernel.find(q.lendee);
        if (lendee == null || lendee.conn == null || lendee.connClosed) {
            return; // its end returns the items (onExit)
        }
        q.recalling = true;
        lendee.conn.recall(q.id);
    }

    /** Step or slow motion begins: every operation must wait for its turn, so nothing stays lent. */
    void recallAll() {
        for (IpcObject o : handles.objects()) {
            if (o instanceof QueueObj q) {
                recall(q);
            }
        }
    }

    /** {@code p} closed its handle of the queue: what it had on loan is the queue's again. */
    void closed(long pid, QueueObj q) {
        if (q.lendee == pid && !q.lent.isEmpty()) {
            giveBack(q);
        }
    }

    /** {@code p} ended: its parked gets end with it, and what it had on loan is the queue's again. */
    void onExit(ProcessRecord p, QueueObj q) {
        q.parked.removeIf(w -> w.process() == p);
        closed(p.pid, q);
    }
}
