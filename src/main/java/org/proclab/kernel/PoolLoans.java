package org.proclab.kernel;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.kernel.IpcObject.PoolObj;

/**
 * A pool worker asking for its next task may be lent a few more: its fair share of the waiting tasks, if that is
 * at least {@link #LEAST_SHARE}, and at most {@link #MOST}. It starts each without a round trip, telling the kernel
 * (LENT_TAKEN, written with the result of the task before), which records the task's start then. A lent task is still waiting until started: when
 * another worker is free and no task waits, or step or slow motion begins, the kernel recalls the lent tasks
 * (RECALL, answered by the worker's reading thread whatever its task does), and the free worker's request waits,
 * unrecorded, until they are back or started. A worker that ends gives its lent tasks back; a terminated pool
 * cancels them as it cancels every waiting task. Lock held.
 */
final class PoolLoans {
    /** Most tasks lent with one answer. */
    static final int MOST = 32;
    /**
     * Least fair share worth lending: with fewer tasks waiting per worker (a map's last tasks, a map of a few
     * big chunks) a lent task would soon be recalled for a free worker, a round trip more than it saves.
     */
    static final int LEAST_SHARE = 4;

    private final Kernel kernel;
    private final Handles handles;
    private final Pools pools;

    PoolLoans(Kernel kernel, Ipc ipc, Pools pools) {
        this.kernel = kernel;
        this.handles = ipc.handles;
        this.pools = pools;
    }

    /**
     * A worker asks for a task while none waits: if others hold lent tasks, they are recalled and this request
     * waits for them (true); otherwise false, and it is answered as before.
     */
    boolean parkIfLent(OpRequest r, ProcessRecord self, PoolObj p) {
        if (p.lent.isEmpty()) {
            return false;
        }
        p.parked.add(new Parked(r, self));
        recallAll(p);
        return true;
    }

    /**
     * After a worker's request started its task: adds tasks lent to it to the answer's payloads (then the ids
     * of the lent tasks, as one last payload of longs), if it asked for more than one ({@code a}), no worker is
     * free or waits, the kernel runs free, and its share of the waiting tasks is at least one. A task that
     * carries handles is never lent.
     */
    void lend(OpRequest r, PoolObj p, List<byte[]> payloads) {
        int share = p.waiting.size() / Math.max(1, p.workers.size());
        int n = (int) Math.min(Math.min(r.a() - 1, MOST), share);
        if (share < LEAST_SHARE || n <= 0 || kernel.isSynchronous() || p.terminated || !p.idle.isEmpty() || !p.parked.isEmpty()
                || p.lent.containsKey(r.pid())) {
            return;
        }
        ArrayDeque<Item> mine = new ArrayDeque<>();
        while (mine.size() < n && !p.waiting.isEmpty()) {
            Item next = p.waiting.peek();
            if (next.handles() != null && next.handles().length > 0) {
                break;
            }
            mine.add(p.waiting.poll());
            payloads.add(next.payload());
        }
        if (mine.isEmpty()) {
            return;
        }
        ByteBuffer ids = ByteBuffer.allocate(8 * mine.size());
        for (Item t : mine) {
            ids.putLong(t.id());
        }
        payloads.add(ids.array());
        p.lent.put(r.pid(), mine);
    }

    /** LENT_TAKEN ({@code a} = the task): the worker started the first task lent to it, after its last result. */
    void took(OpRequest r, PoolObj p) {
        ArrayDeque<Item> mine = p.lent.get(r.pid());
        if (mine == null || mine.peek().id() != r.a() || p.running.containsKey(r.pid())) {
            kernel.protocolError(r, "started " + p.taskName(r.a()) + ", which " + p.name + " did not lend it next");
            return;
        }
        Item task = mine.poll();
        if (mine.isEmpty()) {
            p.lent.remove(r.pid());
            p.recalling.remove(r.pid());
        }
        pools.begin(r, p, task);
        if (!p.lent.containsKey(r.pid())) {
            settle(p);
        }
    }

    /** LENT_GIVE_BACK ({@code a} tasks): the worker answers a RECALL with every lent task it has not started. */
    void givenBack(OpRequest r, PoolObj p) {
        ArrayDeque<Item> mine = p.lent.get(r.pid());
        if (mine == null || r.a() != mine.size()) {
            kernel.protocolError(r, "gave back " + r.a() + " tasks of " + p.name + " when "
                    + (mine == null ? 0 : mine.size()) + " were lent");
            return;
        }
        giveBack(p, r.pid());
        settle(p);
    }

    /** The tasks lent to {@code pid} wait again, first in line; a terminated pool cancels them instead. */
    private void giveBack(PoolObj p, long pid) {
        ArrayDeque<Item> mine = p.lent.remove(pid);
        p.recalling.remove(pid);
        if (mine == null) {
            return;
        }
        if (p.terminated) {
            for (Item t : mine) {
                pools.cancelLent(p, t);
            }
            return;
        }
        while (!mine.isEmpty()) {
            p.waiting.addFirst(mine.pollLast());
        }
    }

    /** Lent tasks came back or were started: requests that waited for them run again, in order. */
    private void settle(PoolObj p) {
        Parked.runAll(p.parked, pools::nextTask);
        pools.dispatch(p);
    }

    private void recall(PoolObj p, long pid) {
        if (p.recalling.contains(pid)) {
            return;
        }
        ProcessRecord w = kernel.find(pid);
        if (w == null || w.conn == null || w.connClosed) {
            return; // its end gives them back (onExit)
        }
        p.recalling.add(pid);
        w.conn.recall(p.id);
    }

    /** Every lent task of this pool is recalled: the pool was terminated, or step or slow motion begins. */
    void recallAll(PoolObj p) {
        for (long pid : new ArrayList<>(p.lent.keySet())) {
            recall(p, pid);
        }
    }

    void recallAll() {
        for (IpcObject o : handles.objects()) {
            if (o instanceof PoolObj p) {
                recallAll(p);
            }
        }
    }

    /** A worker ended: its requests end with it, and the tasks lent to it wait again (they never started). */
    void onExit(ProcessRecord dead, PoolObj p) {
        p.parked.removeIf(k -> k.process() == dead);
        if (p.lent.containsKey(dead.pid)) {
            giveBack(p, dead.pid);
            settle(p);
        }
    }
}
