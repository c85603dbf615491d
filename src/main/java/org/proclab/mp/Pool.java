package org.proclab.mp;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.proclab.wire.Op;
import org.proclab.worker.Payloads;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * A pool of worker processes, like Python's {@code multiprocessing.Pool}: a fixed number of processes
 * serves any number of tasks. Tasks wait until a worker is free.
 *
 * <pre>{@code
 * Pool pool = new Pool(5);
 * AsyncResult<Integer> r = pool.applyAsync(Lesson::work, 3, x -> System.out.println("done: " + x));
 * List<Integer> squares = pool.map(Lesson::square, List.of(1, 2, 3));
 * pool.close();      // no more tasks
 * pool.join();       // wait for the workers to finish and exit
 * }</pre>
 *
 * Callbacks run in this process (the one that created the pool), one at a time, in the order results
 * arrive. A task that throws makes {@link AsyncResult#get()} throw a {@link TaskError}; the worker goes on
 * serving. A worker that dies is replaced, and the task it was running fails instead of hanging.
 */
public final class Pool {
    private final long id;
    private final int processes;
    private final int maxTasksPerChild;
    private final List<Process> workers = new ArrayList<>();
    private final Map<Long, Pending<?>> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextTask = new AtomicLong();
    private final AtomicInteger workerNames = new AtomicInteger();
    private volatile boolean closed;
    private volatile boolean terminated;

    /** A pool with one worker per CPU, as {@code Pool()} in Python. */
    public Pool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A pool of {@code processes} worker processes, children of this process. */
    public Pool(int processes) {
        this(processes, 0);
    }

    /** Like {@link #Pool(int)}; each worker is replaced by a fresh one after {@code maxTasksPerChild} tasks. */
    public Pool(int processes, int maxTasksPerChild) {
        if (processes < 1) {
            throw new IllegalArgumentException("a pool needs at least one process");
        }
        WorkerRuntime rt = WorkerRuntime.get();
        this.id = rt.newObjectId();
        this.processes = processes;
        this.maxTasksPerChild = maxTasksPerChild;
        rt.client().tell(Op.POOL_NEW, id, processes, 0, null, null, null);
        for (int i = 0; i < processes; i++) {
            startWorker();
        }
        Thread handler = new Thread(this::handleResults, "pool-result-handler");
        handler.setDaemon(true);
        handler.start();
    }

    /** Runs {@code fn(arg)} in a worker and waits for the result. */
    public <T, R> R apply(Fn<T, R> fn, T arg) {
        return applyAsync(fn, arg).get();
    }

    /** Sends {@code fn(arg)} to a worker and returns at once; the result comes later. */
    public <T, R> AsyncResult<R> applyAsync(Fn<T, R> fn, T arg) {
        return applyAsync(fn, arg, null, null);
    }

    /** Like {@link #applyAsync(Fn, Object)}; {@code callback} runs in this process with the result. */
    public <T, R> AsyncResult<R> applyAsync(Fn<T, R> fn, T arg, Consumer<R> callback) {
        return applyAsync(fn, arg, callback, null);
    }

    /** Like above; {@code errorCallback} runs in this process if the task throws. */
    @SuppressWarnings("unchecked")
    public <T, R> AsyncResult<R> applyAsync(Fn<T, R> fn, T arg, Consumer<R> callback, Consumer<Throwable> errorCallback) {
        AsyncResult<R> result = new AsyncResult<>();
        submit(new PoolWork((Fn<Object, Object>) fn, arg, false), PoolWork.nameOf(fn) + "(" + Payloads.display(arg) + ")",
                new Pending<R>(result, callback, errorCallback));
        return result;
    }

    /** Applies {@code fn} to every item, in parallel; the results keep the input order. */
    public <T, R> List<R> map(Fn<T, R> fn, List<T> items) {
        return mapAsync(fn, items).get();
    }

    /** Like {@link #map(Fn, List)}, sending {@code chunksize} items to a worker at a time. */
    public <T, R> List<R> map(Fn<T, R> fn, List<T> items, int chunksize) {
        return mapAsync(fn, items, chunksize).get();
    }

    /** Like {@link #map(Fn, List)} but returns at once. */
    public <T, R> AsyncResult<List<R>> mapAsync(Fn<T, R> fn, List<T> items) {
        return mapAsync(fn, items, defaultChunksize(items.size()));
    }

    public <T, R> AsyncResult<List<R>> mapAsync(Fn<T, R> fn, List<T> items, int chunksize) {
        List<AsyncResult<List<R>>> chunks = submitChunks(fn, items, chunksize);
        AsyncResult<List<R>> all = new AsyncResult<>();
        if (chunks.isEmpty()) {
            all.succeed(new ArrayList<>());
            return all;
        }
        AtomicInteger left = new AtomicInteger(chunks.size());
        for (AsyncResult<List<R>> c : chunks) {
            onDone(c, () -> {
                if (left.decrementAndGet() == 0) {
                    List<R> out = new ArrayList<>(items.size());
                    try {
                        for (AsyncResult<List<R>> part : chunks) {
                            out.addAll(part.get());
                        }
                        all.succeed(out);
                    } catch (TaskError e) {
                        all.fail(e);
                    }
                }
            });
        }
        return all;
    }

    /** Results in input order, each as soon as it (and those before it) are ready. */
    public <T, R> Iterable<R> imap(Fn<T, R> fn, List<T> items) {
        return imap(fn, items, 1);
    }

    public <T, R> Iterable<R> imap(Fn<T, R> fn, List<T> items, int chunksize) {
        List<AsyncResult<List<R>>> chunks = submitChunks(fn, items, chunksize);
        return () -> new Iterator<R>() {
            private int chunk;
            private Iterator<R> inChunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!inChunk.hasNext() && chunk < chunks.size()) {
                    inChunk = chunks.get(chunk++).get().iterator();
                }
                return inChunk.hasNext();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return inChunk.next();
            }
        };
    }

    /** Results in the order they finish. */
    public <T, R> Iterable<R> imapUnordered(Fn<T, R> fn, List<T> items) {
        List<AsyncResult<List<R>>> chunks = submitChunks(fn, items, 1);
        LinkedBlockingQueue<AsyncResult<List<R>>> finished = new LinkedBlockingQueue<>();
        for (AsyncResult<List<R>> c : chunks) {
            onDone(c, () -> finished.add(c));
        }
        return () -> new Iterator<R>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return taken < chunks.size();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                taken++;
                try {
                    return finished.take().get().get(0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** No more tasks may be submitted; the workers exit once the waiting tasks are done. */
    public void close() {
        if (!closed) {
            closed = true;
            WorkerRuntime.get().client().tell(Op.POOL_STATE, id, 0, 0, "close", null, null);
        }
    }

    /** Stops the workers at once; tasks that have not finished fail. */
    public void terminate() {
        if (terminated) {
            return;
        }
        closed = true;
        terminated = true;
        WorkerRuntime.get().client().tell(Op.POOL_STATE, id, 0, 0, "terminate", null, null);
        for (Process w : snapshotWorkers()) {
            w.terminate();
        }
    }

    /** Waits for the worker processes to exit; only allowed after {@link #close()} or {@link #terminate()}. */
    public void join() {
        if (!closed) {
            throw new IllegalStateException("join() is only allowed after close() or terminate()");
        }
        WorkerRuntime.get().client().tell(Op.POOL_STATE, id, 0, 0, "join", null, null);
        while (true) {
            List<Process> now = snapshotWorkers();
            for (Process w : now) {
                w.join();
            }
            if (now.size() == snapshotWorkers().size()) {
                return; // no replacement was started meanwhile
            }
        }
    }

    /** The pids of the current worker processes. */
    public List<Long> pids() {
        List<Long> out = new ArrayList<>();
        for (Process w : snapshotWorkers()) {
            out.add(w.pid());
        }
        return out;
    }

    // ---- internals ----------------------------------------------------------------------------------

    private record Pending<R>(AsyncResult<R> result, Consumer<R> callback, Consumer<Throwable> errorCallback) {}

    private void submit(PoolWork work, String display, Pending<?> p) {
        if (closed) {
            throw new IllegalStateException("Pool not running: it was closed or terminated");
        }
        byte[] payload;
        try {
            payload = Payloads.serialize(work, "a pool task (its function and argument)");
        } catch (IOException e) {
            throw new IllegalArgumentException("this task cannot be sent to a pool worker: " + e.getMessage()
                    + ". The function, its argument and what they capture must be Serializable.", e);
        }
        long task = nextTask.incrementAndGet();
        pending.put(task, p);
        WorkerRuntime.get().client().tell(Op.POOL_SUBMIT, id, task, 0, display, payload, null);
    }

    @SuppressWarnings("unchecked")
    private <T, R> List<AsyncResult<List<R>>> submitChunks(Fn<T, R> fn, List<T> items, int chunksize) {
        int size = Math.max(1, chunksize);
        List<AsyncResult<List<R>>> chunks = new ArrayList<>();
        String name = PoolWork.nameOf(fn);
        for (int i = 0; i < items.size(); i += size) {
            List<T> part = new ArrayList<>(items.subList(i, Math.min(items.size(), i + size)));
            AsyncResult<List<R>> r = new AsyncResult<>();
            String display = part.size() == 1 ? name + "(" + Payloads.display(part.get(0)) + ")"
                    : name + " × " + part.size() + " [" + Payloads.display(part.get(0)) + "…]";
            submit(new PoolWork((Fn<Object, Object>) fn, (Serializable) part, true), display,
                    new Pending<List<R>>(r, null, null));
            chunks.add(r);
        }
        return chunks;
    }

    private int defaultChunksize(int n) {
        int c = n / (processes * 4);
        return n % (processes * 4) == 0 ? Math.max(1, c) : c + 1; // Python's rule: ceil(n / (4 * processes))
    }

    /** Runs {@code action} on the result handler thread once {@code r} is ready. */
    private final Map<AsyncResult<?>, List<Runnable>> whenDone = new ConcurrentHashMap<>();

    private void onDone(AsyncResult<?> r, Runnable action) {
        synchronized (whenDone) {
            if (r.ready()) {
                action.run();
            } else {
                whenDone.computeIfAbsent(r, k -> new ArrayList<>()).add(action);
            }
        }
    }

    private synchronized List<Process> snapshotWorkers() {
        return new ArrayList<>(workers);
    }

    private synchronized void startWorker() {
        long poolId = id;
        int max = maxTasksPerChild;
        Process w = new Process("PoolWorker-" + workerNames.incrementAndGet(), () -> PoolWork.workerLoop(poolId, max));
        w.setDaemon(true);
        w.start();
        workers.add(w);
    }

    /** The result handler: one thread, results in arrival order, callbacks here in the parent. */
    private void handleResults() {
        var client = WorkerRuntime.get().client();
        while (true) {
            Reply r = client.call(Op.POOL_RESULTS, id, 0, -1, null, null, null);
            if (r.status() != org.proclab.wire.Wire.OK) {
                return;
            }
            for (byte[] bytes : r.payloads()) {
                try {
                    PoolWork.Notice n = PoolWork.Notice.parse(bytes);
                    if (n.kind() == 2) {
                        workerExited(n.pid(), n.taskId());
                    } else {
                        deliver(n);
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("pool result handler: " + e);
                }
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deliver(PoolWork.Notice n) {
        Pending p = pending.remove(n.taskId());
        if (p == null) {
            return;
        }
        var client = WorkerRuntime.get().client();
        if (n.ok()) {
            Object value;
            try {
                value = Payloads.decode(n.payload());
            } catch (IOException | ClassNotFoundException e) {
                fail(p, n.taskId(), new TaskError(e.getClass().getName(), "could not read the result: " + e.getMessage()));
                runWhenDone(p.result());
                return;
            }
            if (p.callback() != null) {
                client.record(Op.POOL_CALLBACK, id, n.taskId(), 0, "callback");
                try {
                    p.callback().accept(value);
                } catch (RuntimeException e) {
                    System.err.println("the callback threw: " + e);
                }
            }
            p.result().succeed(value);
        } else {
            fail(p, n.taskId(), toError(n));
        }
        runWhenDone(p.result());
    }

    private void runWhenDone(AsyncResult<?> r) {
        List<Runnable> actions;
        synchronized (whenDone) {
            actions = whenDone.remove(r);
        }
        if (actions != null) {
            actions.forEach(Runnable::run);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fail(Pending p, long taskId, TaskError e) {
        if (p.errorCallback() != null) {
            WorkerRuntime.get().client().record(Op.POOL_CALLBACK, id, taskId, 0, "error_callback");
            try {
                p.errorCallback().accept(e);
            } catch (RuntimeException ex) {
                System.err.println("the error callback threw: " + ex);
            }
        }
        p.result().fail(e);
    }

    private static TaskError toError(PoolWork.Notice n) {
        if (n.payload() != null) {
            try {
                if (Payloads.decode(n.payload()) instanceof PoolWork.Failure f) {
                    return new TaskError(f.className(), f.className() + ": " + f.message()
                            + "\n--- in the pool worker ---\n" + f.trace());
                }
            } catch (IOException | ClassNotFoundException ignored) {
                // fall through to the plain text
            }
        }
        return new TaskError(null, n.text());
    }
}
