package org.proclab.worker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.proclab.wire.Op;
import org.proclab.wire.PoolNotice;
import org.proclab.wire.Wire;

/**
 * The machinery behind a pool, in the process that owns it: its worker processes, the tasks whose results
 * are awaited, and the result handler, one thread that takes results from the kernel in arrival order and
 * hands each to its {@link Receiver} (which runs the callback) before telling the kernel it was delivered,
 * so the owner's threads waiting in {@code get()} go on. Also the loop each worker process runs.
 */
public final class PoolEngine {
    /** Where a task's result goes: the public API's AsyncResult, after its callback. Runs on the handler thread. */
    public interface Receiver {
        void succeed(long task, Object value);

        /** {@code remoteClass} is null when the worker itself died, or the pool was terminated. */
        void fail(long task, String remoteClass, String message);
    }

    /** A worker process, as the public API started it. */
    public interface Worker {
        long pid();

        void terminate();

        void join();
    }

    /** A callback waits for a task's result (see {@link #submit}). */
    public static final int CALLBACK_ON_RETURN = Wire.TASK_CALLBACK_ON_RETURN;
    /** An error callback waits for a task's error. */
    public static final int CALLBACK_ON_RAISE = Wire.TASK_CALLBACK_ON_RAISE;

    private final long id;
    private final int maxTasksPerChild;
    private final PoolRef ref;
    private final Supplier<Worker> starter;
    private final List<Worker> workers = new ArrayList<>();
    private final Map<Long, Receiver> pending = new ConcurrentHashMap<>();
    /** Tasks whose result (and callback) the kernel has not yet been told is delivered: join() waits for them. */
    private final java.util.Set<Long> undelivered = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextTask = new AtomicLong();
    private volatile boolean closed;
    private volatile boolean terminated;

    /**
     * Starts a pool of {@code processes} workers, each started by {@code starter} running
     * {@link #serve(PoolRef, int)} with {@link #ref()}; returns once every worker is ready to take tasks.
     */
    public PoolEngine(int processes, int maxTasksPerChild, java.util.function.Function<PoolEngine, Worker> starter) {
        WorkerRuntime rt = WorkerRuntime.get();
        this.id = rt.newObjectId();
        this.ref = new PoolRef(id);
        this.maxTasksPerChild = maxTasksPerChild;
        this.starter = () -> starter.apply(this);
        rt.client().tell(Op.POOL_NEW, id, processes, 0, null, null, null);
        // start() does not wait for a JVM to boot, so the workers' JVMs boot side by side; no spare JVM
        // for a later start boots beside them (it would slow theirs on a small machine): it comes once they are ready
        SpareJvm.holdWhile(() -> {
            for (int i = 0; i < processes; i++) {
                startWorker();
            }
            Thread handler = new Thread(this::handleResults, "pool-result-handler");
            handler.setDaemon(true);
            handler.start();
            // as fork makes Python's workers ready at once, a pool here is ready when its JVMs are
            check(rt.client().call(Op.POOL_READY, id, 0, -1, null, null, null));
        });
    }

    /** What a worker's task captures, so that the kernel knows the new child serves this pool. */
    public PoolRef ref() {
        return ref;
    }

    public int maxTasksPerChild() {
        return maxTasksPerChild;
    }

    /**
     * Sends a job to the pool; its result will reach {@code receiver}. {@code callbacks} says which callbacks
     * wait for it ({@link Wire#TASK_CALLBACK_ON_RETURN}, {@link Wire#TASK_CALLBACK_ON_RAISE}, or 0), so the
     * views can tell "no callback yet" from "no callback". Returns the task's id.
     */
    public long submit(PoolJob job, String display, Receiver receiver, int callbacks) {
        if (closed) {
            throw new IllegalStateException("Pool not running: it was closed or terminated");
        }
        HandleCapture capture = HandleCapture.begin();
        byte[] payload;
        long[] handles;
        try {
            payload = TaskPayload.encode(job);
        } catch (IOException e) {
            throw new IllegalArgumentException("this task cannot be sent to a pool worker: " + e.getMessage()
                    + ". The function, its argument and what they capture must be Serializable.", e);
        } finally {
            handles = capture.end();
        }
        long task = nextTask.incrementAndGet();
        pending.put(task, receiver);
        undelivered.add(task);
        Reply r = WorkerRuntime.get().client().handOver(Op.POOL_SUBMIT, id << 1, id, task, callbacks, display, payload, handles);
        if (r != null && r.failed()) {
            pending.remove(task);
            undelivered.remove(task);
            throw new IllegalStateException(r.text());
        }
        return task;
    }

    /**
     * Waits, visibly (the kernel records it as a blocking call named {@code call}), until these tasks'
     * results have been delivered; false if {@code seconds} (negative: no limit) ran out first.
     */
    public boolean awaitDelivered(long[] tasks, double seconds, String call) {
        Reply r = WorkerRuntime.get().client().call(Op.POOL_WAIT, id, 0, seconds, call, null, tasks);
        check(r);
        return r.status() == Wire.OK;
    }

    /** Records that a callback runs now, in this process. */
    public void callbackRuns(long task, String which) {
        WorkerRuntime.get().client().record(Op.POOL_CALLBACK, id, task, 0, which);
    }

    public void close() {
        if (!closed) {
            closed = true;
            WorkerRuntime.get().client().tell(Op.POOL_STATE, id, 0, 0, "close", null, null);
        }
    }

    public void terminate() {
        if (terminated) {
            return;
        }
        closed = true;
        terminated = true;
        WorkerRuntime.get().client().tell(Op.POOL_STATE, id, 0, 0, "terminate", null, null);
        for (Worker w : snapshot()) {
            w.terminate();
        }
    }

    public boolean closed() {
        return closed;
    }

    /**
     * Waits for the workers to exit, then, as Python's join() waits for its result handler, until every
     * result has been delivered and its callback has run.
     */
    public void join() {
        WorkerRuntime.get().client().tell(Op.POOL_STATE, id, 0, 0, "join", null, null);
        while (true) {
            List<Worker> now = snapshot();
            for (Worker w : now) {
                w.join();
            }
            if (now.size() == snapshot().size()) {
                break; // no replacement was started meanwhile
            }
        }
        long[] waiting = undelivered.stream().mapToLong(Long::longValue).toArray();
        if (waiting.length > 0) {
            awaitDelivered(waiting, -1, "join()");
        }
    }

    public List<Long> pids() {
        List<Long> out = new ArrayList<>();
        for (Worker w : snapshot()) {
            out.add(w.pid());
        }
        return out;
    }

    private synchronized List<Worker> snapshot() {
        return new ArrayList<>(workers);
    }

    private synchronized void startWorker() {
        workers.add(starter.get());
    }

    /** The result handler: one thread, results in arrival order, callbacks here in the owner. */
    private void handleResults() {
        ControlClient client = WorkerRuntime.get().client();
        while (true) {
            Reply r = client.call(Op.POOL_RESULTS, id, 0, -1, null, null, null);
            if (r.status() != Wire.OK) {
                return;
            }
            List<Long> delivered = new ArrayList<>();
            for (byte[] bytes : r.payloads()) {
                try {
                    PoolNotice n = PoolNotice.parse(bytes);
                    if (n.kind() == PoolNotice.Kind.WORKER_EXIT) {
                        workerExited(n.pid(), n.taskId());
                    } else {
                        deliver(n);
                        delivered.add(n.taskId());
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("pool result handler: " + e);
                }
            }
            if (!delivered.isEmpty()) {
                client.record(Op.POOL_DELIVERED, id, 0, 0, null, delivered.stream().mapToLong(Long::longValue).toArray());
                client.flushNow();
                undelivered.removeAll(delivered);
            }
        }
    }

    /** A worker died or retired (maxtasksperchild): replace it while the pool runs or tasks still wait. */
    private void workerExited(long pid, long tasksWaiting) {
        synchronized (this) {
            workers.removeIf(w -> w.pid() == pid);
            if (!terminated && (!closed || tasksWaiting > 0)) {
                startWorker();
            }
        }
    }

    private void deliver(PoolNotice n) {
        Receiver p = pending.remove(n.taskId());
        if (p == null) {
            return;
        }
        if (!n.ok()) {
            failure(p, n);
            return;
        }
        Object value;
        try {
            value = Payloads.decode(n.payload());
        } catch (IOException | ClassNotFoundException e) {
            p.fail(n.taskId(), e.getClass().getName(), "could not read the result: " + e.getMessage());
            return;
        }
        p.succeed(n.taskId(), value);
    }

    private static void failure(Receiver p, PoolNotice n) {
        if (n.payload() != null) {
            try {
                if (Payloads.decode(n.payload()) instanceof PoolFailure f) {
                    p.fail(n.taskId(), f.className(), f.className() + ": " + f.message() + "\n--- in the pool worker ---\n" + f.trace());
                    return;
                }
            } catch (IOException | ClassNotFoundException ignored) {
                // fall through to the plain text
            }
        }
        p.fail(n.taskId(), null, n.text());
    }

    private static void check(Reply r) {
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
    }

    /**
     * The loop each pool worker process runs: take a task, run it, hand back its result, until the pool
     * closes; with {@code maxTasks > 0} the worker ends after that many tasks and is replaced.
     */
    public static void serve(PoolRef pool, int maxTasks, PoolJob.Rebuilder rebuilder) {
        ControlClient client = WorkerRuntime.get().client();
        TaskPayload tasks = new TaskPayload(rebuilder); // this worker's functions, each rebuilt once
        int done = 0;
        boolean quick = false;
        while (maxTasks <= 0 || done < maxTasks) {
            // only a worker whose tasks are quick asks for more than one: a free worker never sees a slow
            // task wait, lent to a busy one (the tasks of a lesson's pool each take a while)
            int most = !quick ? 1 : maxTasks <= 0 ? MOST_TASKS : Math.min(MOST_TASKS, maxTasks - done);
            LentItems.Lent task = nextTask(client, pool.id, most);
            if (task == null) {
                return;
            }
            long taskId = task.id();
            Object result;
            boolean ok;
            long ran = 0;
            try {
                var call = tasks.decode(task.payload());
                long began = System.nanoTime();
                try {
                    result = call.run();
                } finally {
                    ran = System.nanoTime() - began;
                    CallSites.off(); // a task that threw leaves no note for the engine's operations
                }
                ok = true;
            } catch (Throwable t) {
                result = PoolFailure.of(t);
                ok = false;
            }
            quick = ran < QUICK_NANOS;
            Message m;
            try {
                m = Message.of(result);
            } catch (RuntimeException e) {
                result = PoolFailure.of(e); // the result cannot travel: say why instead
                ok = false;
                m = Message.of(result);
            }
            String display = ok ? m.display() : failureText(result);
            // the result goes out with the request for the next task, in one write (flushed below after the last)
            Reply done1 = client.handOver(Op.POOL_TASK_DONE, pool.id << 1, pool.id, taskId, ok ? 1 : 0, display, m.bytes(),
                    m.handles(), false);
            if (done1 != null && done1.failed()) {
                throw new IllegalStateException(done1.text());
            }
            done++;
        }
        client.flushNow(); // a worker retiring after maxTasks: its last result
    }

    /** Most tasks a worker asks for at once: its next and those the kernel may lend with it. */
    private static final int MOST_TASKS = 33;
    /** A task that ran for less than this is quick: the worker asks for several at once after it. */
    private static final long QUICK_NANOS = 1_000_000;

    /**
     * The next task: one the pool lent this worker earlier, or the kernel's answer, which may lend a few more
     * ({@code most} in all, never more than the tasks this worker may still run). Null when the pool has closed.
     */
    private static LentItems.Lent nextTask(ControlClient client, long pool, int most) {
        LentItems lent = client.lent();
        LentItems.Lent task = lent.take(pool);
        if (task != null) {
            return task;
        }
        Reply r = lent.fetch(pool, most, asked -> client.call(Op.POOL_NEXT_TASK, pool, asked, -1, null, null, null),
                LentItems::tasksOf);
        return r.status() == Wire.OK ? new LentItems.Lent(r.value(), r.payload()) : null;
    }

    private static String failureText(Object failure) {
        return failure instanceof PoolFailure f ? simpleName(f.className()) + ": " + f.message() : String.valueOf(failure);
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
