package org.proclab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.kernel.IpcObject.PoolObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Op;
import org.proclab.wire.PoolNotice;
import org.proclab.wire.Wire;

/**
 * Process pools in the kernel: which worker runs which task, which tasks wait, and the results and worker
 * exits the pool's owner must hear about. The worker processes themselves are ordinary children of the
 * owner that captured the pool when they started; the kernel hands out tasks, collects results, and tells
 * the owner's threads that wait in {@code get()} or {@code map()} when their results have been delivered,
 * so that those waits are visible like any other. Lock held.
 */
final class Pools {
    /** Most bytes of results one answer to the owner's result handler carries (at least one result). */
    private static final long RESULTS_BYTES = 16 << 20;
    /**
     * A TASK_DONE event's {@code ok}: 1 it returned, 0 it raised (the result is the exception), and for the
     * failures the pool itself causes, which the UI words in its own language: its worker ended while running
     * it (the event's pid is that worker, its result the worker's exit code), or the pool was terminated
     * before it ran (no result).
     */
    static final int WORKER_ENDED = -1, CANCELLED = -2;

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;
    private final FlowControl flow;
    final PoolLoans loans;

    Pools(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
        this.flow = ipc.flow;
        this.loans = new PoolLoans(kernel, ipc, this);
    }

    void create(OpRequest r) {
        if (r.a() < 1 || r.a() > 1024) {
            kernel.refuse(r, null, "a pool has 1 to 1024 processes");
            return;
        }
        PoolObj p = new PoolObj(r.obj(), ipc.nextName("pool"), r.pid(), (int) r.a());
        if (!handles.register(r, p.id, p)) {
            return;
        }
        kernel.event(r, EventKind.POOL_NEW, p.name, null, p.processes);
        handles.grant(r.pid(), p, 0, "create", r);
    }

    /** The pool a request names, if its process owns it; otherwise refused. */
    private PoolObj owned(OpRequest r) {
        PoolObj p = ipc.held(r, PoolObj.class, "pool");
        if (p != null && p.owner != r.pid()) {
            kernel.refuse(r, p.name, "only the process that created " + p.name + " may use it this way");
            return null;
        }
        return p;
    }

    /** The pool a request names, if its process is one of the pool's workers; otherwise refused. */
    private PoolObj serving(OpRequest r) {
        IpcObject o = handles.object(r.obj());
        if (!(o instanceof PoolObj p)) {
            kernel.refuse(r, null, "there is no pool " + r.obj());
            return null;
        }
        if (!p.workers.contains(r.pid())) {
            kernel.refuse(r, p.name, "this process is not a worker of " + p.name);
            return null;
        }
        return p;
    }

    /** A child that captured the pool when its owner started it becomes one of the pool's workers. */
    void enlist(PoolObj p, ProcessRecord parent, ProcessRecord child) {
        if (parent.pid == p.owner) {
            p.workers.add(child.pid);
            handles.grant(child.pid, p, 0, "worker", null);
        }
    }

    void submit(OpRequest r, ProcessRecord self) {
        PoolObj p = owned(r);
        if (p == null) {
            return;
        }
        double callbacks = r.b();
        if (callbacks != 0 && callbacks != Wire.TASK_CALLBACK_ON_RETURN && callbacks != Wire.TASK_CALLBACK_ON_RAISE
                && callbacks != (Wire.TASK_CALLBACK_ON_RETURN | Wire.TASK_CALLBACK_ON_RAISE)) {
            kernel.protocolError(r, "submitted a task to " + p.name + " with callbacks "
                    + (callbacks == Math.rint(callbacks) ? Long.toString((long) callbacks) : Double.toString(callbacks))
                    + ", not 0 to 3");
            return;
        }
        // in flight from here, even if refused below: a get() of a refused task then waits in the kernel, where
        // the hang detector sees it, not forever in the owner unseen
        p.outstanding.add(r.a());
        Item given = ipc.item(r);
        if (given == null) {
            return;
        }
        if (!r.wantsReply() && !flow.spend(r.pid(), p.key(0), given.size())) {
            kernel.protocolError(r, "submitted " + given.size() + " bytes to " + p.name + " without the room the kernel gave it");
            return;
        }
        if (r.wantsReply()) {
            if (!flow.memoryAdmits(given.size())) {
                Waiter w = kernel.block(r, self, p.name, "submit", "submitting a task to " + p.name
                        + ": ProcLab's memory for tasks and results is full", -1, gone -> { });
                flow.waitForMemory(() -> retrySubmit(w, p, given));
                return;
            }
            flow.hold(given.size());
        }
        accept(r, p, given);
    }

    private void retrySubmit(Waiter w, PoolObj p, Item task) {
        if (!w.process.waiters.contains(w)) {
            return;
        }
        if (!flow.memoryAdmits(task.size())) {
            flow.waitForMemory(() -> retrySubmit(w, p, task));
            return;
        }
        flow.hold(task.size());
        kernel.wake(w);
        accept(w.req, p, task);
    }

    private void accept(OpRequest r, PoolObj p, Item given) {
        Item task = new Item(r.a(), given.payload(), given.display(), given.fromPid(), given.handles());
        // which callbacks wait for it, so the views can tell "no callback yet" from "no callback"
        kernel.event(r, EventKind.TASK_SUBMIT, p.taskName(task.id()), r.text(), (long) r.b());
        if (r.wantsReply()) {
            long credit = kernel.isSynchronous() ? 0 : flow.grant(r.pid(), p.key(0), flow.otherGrant(), Long.MAX_VALUE);
            kernel.reply(r, Wire.OK, 0, null, null, credit);
        }
        if (p.terminated) {
            flow.release(task.size());
            cancel(p, task);
            return;
        }
        handles.sent(task.handles());
        p.waiting.add(task);
        dispatch(p);
    }

    /** The owner waits, in {@code new Pool(n)}, until its n workers are ready to take tasks. */
    void awaitReady(OpRequest r, ProcessRecord self) {
        PoolObj p = owned(r);
        if (p == null) {
            return;
        }
        if (p.ready.size() >= p.processes || p.terminated) {
            kernel.reply(r, Wire.OK, p.ready.size(), null);
        } else {
            p.readyWaiters.add(kernel.block(r, self, p.name, "Pool()", "Pool() waiting for its workers to start", r.b(),
                    gone -> p.readyWaiters.remove(gone)));
        }
    }

    /** A worker asks for its next task: it gets one, waits, or learns that the pool has closed. */
    void nextTask(OpRequest r, ProcessRecord self) {
        PoolObj p = serving(r);
        if (p == null) {
            return;
        }
        if (p.ready.add(r.pid()) && p.ready.size() >= p.processes) {
            for (Waiter w : new ArrayList<>(p.readyWaiters)) {
                p.readyWaiters.remove(w);
                kernel.wake(w);
                kernel.reply(w.req, Wire.OK, p.ready.size(), null);
            }
        }
        if (!p.waiting.isEmpty() && !p.terminated) {
            start(r, p);
        } else if (!p.terminated && loans.parkIfLent(r, self, p)) {
            return; // tasks lent to other workers come back, or are started, first
        } else if (p.closed || p.terminated) {
            kernel.reply(r, Wire.EOF, 0, null);
        } else {
            Waiter w = kernel.block(r, self, p.name, "next task", "waiting for a task from " + p.name, -1,
                    gone -> p.idle.remove(gone));
            p.idle.add(w);
        }
    }

    private void start(OpRequest r, PoolObj p) {
        Item task = p.waiting.poll();
        begin(r, p, task);
        List<byte[]> payloads = new ArrayList<>();
        payloads.add(task.payload());
        loans.lend(r, p, payloads);
        kernel.reply(r, Wire.OK, task.id(), null, payloads, 0);
    }

    /** The worker of {@code r} runs {@code task} from now. */
    void begin(OpRequest r, PoolObj p, Item task) {
        p.running.put(r.pid(), task);
        kernel.event(r.pid(), EventKind.TASK_START, p.taskName(task.id()), null, Event.NO_NUM);
        ipc.receiveHandles(r, task);
        flow.release(task.size());
    }

    void dispatch(PoolObj p) {
        while (!p.idle.isEmpty() && !p.waiting.isEmpty()) {
            Waiter w = p.idle.remove(0);
            kernel.unblock(w);
            start(w.req, p);
        }
        if (p.waiting.isEmpty() && (p.closed || p.terminated)) {
            for (Waiter w : new ArrayList<>(p.idle)) {
                kernel.unblock(w);
                kernel.reply(w.req, Wire.EOF, 0, null);
            }
            p.idle.clear();
        }
    }

    void taskDone(OpRequest r, ProcessRecord self) {
        PoolObj p = serving(r);
        if (p == null) {
            return;
        }
        Item task = p.running.get(r.pid());
        if (task == null || task.id() != r.a()) {
            kernel.refuse(r, p.name, "this worker is not running " + p.taskName(r.a()));
            return;
        }
        Item result = ipc.item(r);
        if (result == null) {
            return;
        }
        if (!r.wantsReply() && !flow.spend(r.pid(), p.key(0), result.size())) {
            kernel.protocolError(r, "sent a result of " + result.size() + " bytes without the room the kernel gave it");
            return;
        }
        if (r.wantsReply()) {
            if (!flow.memoryAdmits(result.size())) {
                Waiter w = kernel.block(r, self, p.name, "result", "handing a result to " + p.name
                        + ": ProcLab's memory for tasks and results is full", -1, gone -> { });
                flow.waitForMemory(() -> retryDone(w, p, result));
                return;
            }
            flow.hold(result.size());
        }
        done(r, p, result);
    }

    private void retryDone(Waiter w, PoolObj p, Item result) {
        if (!w.process.waiters.contains(w)) {
            return;
        }
        if (!flow.memoryAdmits(result.size())) {
            flow.waitForMemory(() -> retryDone(w, p, result));
            return;
        }
        flow.hold(result.size());
        kernel.wake(w);
        done(w.req, p, result);
    }

    private void done(OpRequest r, PoolObj p, Item result) {
        p.running.remove(r.pid());
        boolean ok = r.b() != 0;
        kernel.event(r.pid(), EventKind.TASK_DONE, p.taskName(r.a()), r.text(), ok ? 1 : 0);
        if (r.wantsReply()) {
            long credit = kernel.isSynchronous() ? 0 : flow.grant(r.pid(), p.key(0), flow.otherGrant(), Long.MAX_VALUE);
            kernel.reply(r, Wire.OK, 0, null, null, credit);
        }
        ipc.receiveHandles(p.owner, r, result); // the owner's result handler will read them
        notice(p, PoolNotice.result(r.a(), ok, r.text(), result.payload()));
    }

    /** The owner's result handler asks for what has happened since it last asked. */
    void results(OpRequest r, ProcessRecord self) {
        PoolObj p = owned(r);
        if (p == null) {
            return;
        }
        if (!p.results.isEmpty()) {
            answer(r, p);
        } else {
            p.handler = kernel.block(r, self, p.name, "results", "waiting for results of " + p.name, -1,
                    gone -> p.handler = null);
        }
    }

    /** The owner delivered these tasks' results (callbacks ran): its threads waiting for them go on. */
    void delivered(OpRequest r) {
        PoolObj p = owned(r);
        if (p == null) {
            return;
        }
        for (long task : r.longs()) {
            p.outstanding.remove(task);
        }
        for (Waiter w : new ArrayList<>(p.resultWaiters)) {
            if (allDelivered(p, w)) {
                p.resultWaiters.remove(w);
                kernel.wake(w);
                kernel.reply(w.req, Wire.OK, 0, null);
            }
        }
    }

    /** A thread of the owner waits in get(), apply() or map() for some tasks' results. */
    void awaitResults(OpRequest r, ProcessRecord self) {
        PoolObj p = owned(r);
        if (p == null) {
            return;
        }
        if (firstUndelivered(p, r.longs(), 0) == r.longs().length) {
            kernel.reply(r, Wire.OK, 0, null);
        } else if (r.b() == 0) {
            kernel.reply(r, Wire.TIMEOUT, 0, null);
        } else {
            String obj = r.longs().length == 1 ? p.taskName(r.longs()[0]) : p.name;
            String call = r.text() == null ? "get()" : r.text();
            p.resultWaiters.add(kernel.block(r, self, obj, call, call + " waiting for results of " + obj, r.b(),
                    gone -> p.resultWaiters.remove(gone)));
        }
    }

    /**
     * Whether every task this wait is for has been delivered. Goes on from where the last check stopped: a
     * map() of 10,000 tasks, its results delivered one by one, checked from its first task each time, was
     * 50 million look-ups under the kernel's lock.
     */
    private static boolean allDelivered(PoolObj p, Waiter w) {
        long[] tasks = w.req.longs();
        w.doneSoFar = firstUndelivered(p, tasks, w.doneSoFar);
        return w.doneSoFar == tasks.length;
    }

    private static int firstUndelivered(PoolObj p, long[] tasks, int from) {
        int i = from;
        while (i < tasks.length && !p.outstanding.contains(tasks[i])) {
            i++;
        }
        return i;
    }

    void callback(OpRequest r) {
        PoolObj p = owned(r);
        if (p != null) {
            kernel.event(r, EventKind.CALLBACK, p.taskName(r.a()), r.text(), Event.NO_NUM);
        }
    }

    void state(OpRequest r) {
        PoolObj p = owned(r);
        if (p == null) {
            return;
        }
        String what = r.text();
        if (!"close".equals(what) && !"terminate".equals(what) && !"join".equals(what)) {
            kernel.refuse(r, p.name, "a pool's state is close, terminate or join");
            return;
        }
        kernel.event(r, EventKind.POOL_STATE, p.name, what, Event.NO_NUM);
        if ("close".equals(what)) {
            p.closed = true;
        } else if ("terminate".equals(what)) {
            terminate(p);
        }
        dispatch(p);
    }

    private void terminate(PoolObj p) {
        p.terminated = true;
        loans.recallAll(p); // cancelled when they come back; a worker may start one meanwhile, as it may a waiting one
        Item t;
        while ((t = p.waiting.poll()) != null) {
            flow.release(t.size());
            handles.arrived(t.handles());
            cancel(p, t);
        }
        for (Waiter w : new ArrayList<>(p.readyWaiters)) {
            p.readyWaiters.remove(w);
            kernel.wake(w);
            kernel.reply(w.req, Wire.OK, p.ready.size(), null);
        }
    }

    /** A process ended: a worker fails the task it ran; the owner's end ends the pool. */
    void onExit(ProcessRecord dead, PoolObj p) {
        p.idle.removeIf(w -> w.process == dead);
        p.readyWaiters.removeIf(w -> w.process == dead);
        p.resultWaiters.removeIf(w -> w.process == dead);
        if (p.handler != null && p.handler.process == dead) {
            p.handler = null;
        }
        if (dead.pid == p.owner) {
            // nobody can hand out tasks or take results any more: idle workers learn the pool has closed
            p.closed = true;
            terminate(p);
            dispatch(p);
            long bytes = 0;
            for (byte[] b : p.results) {
                bytes += b.length;
            }
            p.results.clear();
            p.resultBytes = 0;
            flow.release(bytes);
            return;
        }
        if (!p.workers.remove(dead.pid)) {
            return;
        }
        p.ready.remove(dead.pid);
        loans.onExit(dead, p);
        Item task = p.running.remove(dead.pid);
        if (task != null) {
            String why = dead.label() + " ended (exit code " + dead.exitCode + ") while running this task";
            kernel.event(dead.pid, EventKind.TASK_DONE, p.taskName(task.id()),
                    dead.exitCode == null ? null : dead.exitCode.toString(), WORKER_ENDED);
            notice(p, PoolNotice.result(task.id(), false, why, null)); // the program's exception says it in its own words
        }
        // the owner replaces a worker only while there is work for it: it reads the count of waiting tasks
        notice(p, PoolNotice.workerExit(dead.pid, dead.name, p.waiting.size()));
    }

    /** A task lent to a worker of a terminated pool came back: cancelled, as the waiting ones were. */
    void cancelLent(PoolObj p, Item task) {
        flow.release(task.size());
        cancel(p, task);
    }

    private void cancel(PoolObj p, Item task) {
        String why = "cancelled: the pool was terminated before this task ran";
        kernel.event(p.owner, EventKind.TASK_DONE, p.taskName(task.id()), null, CANCELLED);
        notice(p, PoolNotice.result(task.id(), false, why, null));
    }

    /** Queues a notice for the owner; bytes of a result stay counted until the owner takes them. */
    private void notice(PoolObj p, PoolNotice n) {
        byte[] record = n.encode();
        long extra = record.length - (n.payload() == null ? 0 : n.payload().length);
        flow.hold(extra);
        p.results.add(record);
        p.resultBytes += record.length;
        if (p.handler != null) {
            Waiter w = p.handler;
            p.handler = null;
            kernel.unblock(w);
            answer(w.req, p);
        }
    }

    private void answer(OpRequest r, PoolObj p) {
        List<byte[]> batch = new ArrayList<>();
        long bytes = 0;
        while (!p.results.isEmpty() && (batch.isEmpty() || bytes + p.results.peek().length <= RESULTS_BYTES)) {
            byte[] b = p.results.poll();
            bytes += b.length;
            batch.add(b);
        }
        p.resultBytes -= bytes;
        kernel.reply(r, Wire.OK, batch.size(), null, batch, 0);
        flow.release(bytes);
    }

    /** Who could end a wait on a pool. */
    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        if (!(o instanceof PoolObj p)) {
            return Set.of();
        }
        Set<Long> out = new LinkedHashSet<>();
        if (w.req.op() == Op.POOL_NEXT_TASK) {
            out.add(p.owner);
        } else {
            out.addAll(p.workers);
            if (w.req.op() == Op.POOL_WAIT) {
                out.add(p.owner); // its result handler delivers
            }
        }
        return out;
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        s.append(", which can never return: the processes that could give it what it waits for (")
                .append(names.of(helpers, w.process.pid)).append(") are all waiting");
    }
}
