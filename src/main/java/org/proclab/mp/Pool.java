package org.proclab.mp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.proclab.worker.CallSites;
import org.proclab.worker.Payloads;
import org.proclab.worker.PoolEngine;

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
 * <p>{@code new Pool(n)} returns once its n worker processes are ready to take tasks. Callbacks run in
 * this process (the one that created the pool), one at a time, in the order results arrive. A task that
 * throws makes {@link AsyncResult#get()} throw a {@link TaskError}; the worker goes on serving. A worker
 * that dies is replaced, and the task it was running fails instead of hanging.
 *
 * <p>Each task travels to a worker as bytes: its function, its argument and whatever the function captures
 * must be {@link java.io.Serializable}. A function that captures nothing ({@code Lesson::square},
 * {@code x -> x * x}) is rebuilt once in each worker and reused, which makes small tasks quicker. A function
 * that captures something ({@code x -> x + offset}) is rebuilt with every task, as Python unpickles a task's
 * function, so no task sees what an earlier one changed in it.
 *
 * <p>To save time, a worker whose tasks are quick (under a millisecond) may be handed a few waiting tasks at
 * once; they still count as waiting until it starts them, and a free worker gets them if it would otherwise
 * wait. A pool whose tasks all take longer hands them out one at a time, in order.
 */
public final class Pool {
    private final int processes;
    private final PoolEngine engine;
    private final AtomicInteger workerNames = new AtomicInteger();

    /** A pool with one worker per CPU, as {@code Pool()} in Python. */
    public Pool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A pool of {@code processes} worker processes, children of this process. */
    public Pool(int processes) {
        this(processes, 0);
    }

    /**
     * Like {@link #Pool(int)}; each worker is replaced by a fresh one after {@code maxTasksPerChild} tasks
     * (0: never, as Python's None).
     */
    public Pool(int processes, int maxTasksPerChild) {
        if (processes < 1) {
            throw new IllegalArgumentException("Number of processes must be at least 1");
        }
        if (maxTasksPerChild < 0) {
            throw new IllegalArgumentException("maxtasksperchild must be a positive number or 0 (no limit)");
        }
        this.processes = processes;
        this.engine = new PoolEngine(processes, maxTasksPerChild, this::startWorker);
    }

    /** Runs {@code fn(arg)} in a worker and waits for the result. */
    public <T, R> R apply(Fn<T, R> fn, T arg) {
        return this.<T, R>applyAsync(fn, arg).get(-1, "apply()");
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
        AsyncResult<R> result = new AsyncResult<>(engine);
        long task = engine.submit(new PoolWork((Fn<Object, Object>) fn, arg, false),
                PoolWork.nameOf(fn) + "(" + Payloads.display(arg) + ")", new Delivery<>(engine, result, callback, errorCallback),
                callbacks(callback, errorCallback));
        result.tasks(new long[] {task});
        return result;
    }

    /** Applies {@code fn} to every item, in parallel; the results keep the input order. */
    public <T, R> List<R> map(Fn<T, R> fn, List<T> items) {
        return mapAsync(fn, items).get(-1, "map()");
    }

    /** Like {@link #map(Fn, List)}, sending {@code chunksize} items to a worker at a time. */
    public <T, R> List<R> map(Fn<T, R> fn, List<T> items, int chunksize) {
        return mapAsync(fn, items, chunksize).get(-1, "map()");
    }

    /** Like {@link #map(Fn, List)} but returns at once. */
    public <T, R> AsyncResult<List<R>> mapAsync(Fn<T, R> fn, List<T> items) {
        return mapAsync(fn, items, defaultChunksize(items.size()));
    }

    public <T, R> AsyncResult<List<R>> mapAsync(Fn<T, R> fn, List<T> items, int chunksize) {
        return mapAsync(fn, items, chunksize, null, null);
    }

    /**
     * Like {@link #mapAsync(Fn, List)}; {@code callback} runs in this process with the whole list of results,
     * or {@code errorCallback} (may be null) with the first task's error, before {@link AsyncResult#get()}
     * returns, as Python's {@code map_async(f, items, callback=c, error_callback=e)}.
     */
    public <T, R> AsyncResult<List<R>> mapAsync(Fn<T, R> fn, List<T> items, Consumer<List<R>> callback,
                                                Consumer<Throwable> errorCallback) {
        return mapAsync(fn, items, defaultChunksize(items.size()), callback, errorCallback);
    }

    /** Applies {@code fn} to each pair of arguments, Python's {@code starmap(f, [(a, b), ...])}; results in input order. */
    public <A, B, R> List<R> starmap(Fn2<A, B, R> fn, List<Args<A, B>> items) {
        return starmapAsync(fn, items).get(-1, "starmap()");
    }

    /** Like {@link #starmap} but returns at once, Python's {@code starmap_async}. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(Fn2<A, B, R> fn, List<Args<A, B>> items) {
        java.util.Objects.requireNonNull(fn, "fn");
        return mapAsync(new PoolWork.Starred<>(fn), items);
    }

    private <T, R> AsyncResult<List<R>> mapAsync(Fn<T, R> fn, List<T> items, int chunksize, Consumer<List<R>> callback,
                                                 Consumer<Throwable> errorCallback) {
        List<AsyncResult<List<R>>> chunks = submitChunks(fn, items, chunksize, callbacks(callback, errorCallback));
        AsyncResult<List<R>> all = new AsyncResult<>(engine);
        all.tasks(chunks.stream().flatMapToLong(c -> java.util.Arrays.stream(c.tasksOf())).toArray());
        if (chunks.isEmpty()) {
            all.succeed(new ArrayList<>());
            return all;
        }
        AtomicInteger left = new AtomicInteger(chunks.size());
        for (AsyncResult<List<R>> c : chunks) {
            Delivery.whenDone(c, () -> {
                if (left.decrementAndGet() == 0) {
                    List<R> out = new ArrayList<>(items.size());
                    try {
                        for (AsyncResult<List<R>> part : chunks) {
                            out.addAll(part.get());
                        }
                    } catch (TaskError e) {
                        calledBack(all, errorCallback, e, "error_callback");
                        all.fail(e);
                        return;
                    }
                    calledBack(all, callback, out, "callback");
                    all.succeed(out);
                }
            });
        }
        return all;
    }

    /**
     * Which callbacks wait for a task, for the views. A map's are recorded on its last task: its callback once
     * the map returns, its error callback once it raised. (If another task of the map raised, the error callback
     * runs on a last task that returned, and a callback given too is never called; the views follow what ran.)
     */
    private static int callbacks(Consumer<?> callback, Consumer<?> errorCallback) {
        return (callback != null ? PoolEngine.CALLBACK_ON_RETURN : 0) | (errorCallback != null ? PoolEngine.CALLBACK_ON_RAISE : 0);
    }

    /** Runs a map's callback in this process, as Python does before the map's result is ready. */
    private <V> void calledBack(AsyncResult<?> all, Consumer<V> callback, V value, String which) {
        if (callback == null) {
            return;
        }
        long[] tasks = all.tasksOf();
        engine.callbackRuns(tasks[tasks.length - 1], which);
        CallSites.off(); // the callback's operations are its own: not the map's line
        try {
            callback.accept(value);
        } catch (RuntimeException e) {
            System.err.println("the " + which.replace('_', ' ') + " threw: " + e);
        } finally {
            CallSites.off();
        }
    }

    /** Results in input order, each as soon as it (and those before it) are ready. */
    public <T, R> Iterable<R> imap(Fn<T, R> fn, List<T> items) {
        return imap(fn, items, 1);
    }

    public <T, R> Iterable<R> imap(Fn<T, R> fn, List<T> items, int chunksize) {
        List<AsyncResult<List<R>>> chunks = submitChunks(fn, items, chunksize);
        return () -> new Iterator<R>() {
            private int chunk;
            private Iterator<R> inChunk = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!inChunk.hasNext() && chunk < chunks.size()) {
                    inChunk = chunks.get(chunk++).get(-1, "next()").iterator();
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

    /** Results in the order they finish, one task per item (Python's {@code imap_unordered(f, items)}). */
    public <T, R> Iterable<R> imapUnordered(Fn<T, R> fn, List<T> items) {
        return imapUnordered(fn, items, 1);
    }

    /**
     * Results in the order they finish, sending {@code chunksize} items to a worker at a time, as Python's
     * {@code imap_unordered(f, items, chunksize)}: the chunks come back in the order they finish, the results
     * of one chunk together and in their input order. A task that threw makes {@code next()} throw its
     * {@link TaskError} when its chunk's turn comes.
     *
     * @throws IllegalArgumentException if {@code chunksize} is below 1 (Python's ValueError)
     */
    public <T, R> Iterable<R> imapUnordered(Fn<T, R> fn, List<T> items, int chunksize) {
        List<AsyncResult<List<R>>> chunks = submitChunks(fn, items, chunksize);
        LinkedBlockingQueue<AsyncResult<List<R>>> finished = new LinkedBlockingQueue<>();
        for (AsyncResult<List<R>> c : chunks) {
            Delivery.whenDone(c, () -> finished.add(c));
        }
        return () -> new Iterator<R>() {
            private int chunksTaken;
            private Iterator<R> inChunk = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!inChunk.hasNext() && chunksTaken < chunks.size()) {
                    chunksTaken++;
                    try {
                        inChunk = finished.take().get().iterator();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for a result", e);
                    }
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

    /**
     * No more tasks may be submitted; the workers exit once the waiting tasks are done. This is Python's
     * {@code close()}; leaving a try-with-resources block over {@link #enter()} terminates, as Python's
     * {@code with Pool() as p:} does.
     */
    public void close() {
        engine.close();
    }

    /**
     * The pool, for try-with-resources with Python's meaning: {@code try (Pool.With w = pool.enter()) {...}}
     * terminates the pool when the block ends, as {@code with Pool(4) as pool:} does. Wait for the results
     * you need inside the block.
     */
    public With enter() {
        return new With(this);
    }

    /** A pool inside a try-with-resources block: {@link #close()} terminates it. */
    public record With(Pool pool) implements AutoCloseable {
        @Override
        public void close() {
            pool.terminate();
        }
    }

    /** Stops the workers at once; tasks that have not finished fail. */
    public void terminate() {
        engine.terminate();
    }

    /**
     * Waits for the worker processes to exit and for every callback to have run, as Python's
     * {@code pool.join()} does; only allowed after {@link #close()} or {@link #terminate()}.
     */
    public void join() {
        if (!engine.closed()) {
            throw new IllegalStateException("join() is only allowed after close() or terminate()");
        }
        engine.join();
    }

    /** The pids of the current worker processes. */
    public List<Long> pids() {
        return engine.pids();
    }

    // ---- how tasks and workers are made ---------------------------------------------------------------

    private <T, R> List<AsyncResult<List<R>>> submitChunks(Fn<T, R> fn, List<T> items, int chunksize) {
        return submitChunks(fn, items, chunksize, 0);
    }

    /** Sends the items in chunks; {@code lastCallbacks}: the callbacks that wait for the last chunk (a map's). */
    @SuppressWarnings("unchecked")
    private <T, R> List<AsyncResult<List<R>>> submitChunks(Fn<T, R> fn, List<T> items, int chunksize, int lastCallbacks) {
        if (chunksize < 1) {
            throw new IllegalArgumentException("Chunksize must be 1+, not " + chunksize); // Python's ValueError
        }
        int size = chunksize;
        List<AsyncResult<List<R>>> chunks = new ArrayList<>();
        String name = PoolWork.nameOf(fn);
        for (int i = 0; i < items.size(); i += size) {
            List<T> part = new ArrayList<>(items.subList(i, Math.min(items.size(), i + size)));
            AsyncResult<List<R>> r = new AsyncResult<>(engine);
            String display = part.size() == 1 ? name + "(" + Payloads.display(part.get(0)) + ")"
                    : name + " × " + part.size() + " [" + Payloads.display(part.get(0)) + "…]";
            boolean last = i + size >= items.size();
            long task = engine.submit(new PoolWork((Fn<Object, Object>) fn, (Serializable) part, true), display,
                    new Delivery<List<R>>(engine, r, null, null), last ? lastCallbacks : 0);
            r.tasks(new long[] {task});
            chunks.add(r);
        }
        return chunks;
    }

    private int defaultChunksize(int n) {
        int c = n / (processes * 4);
        return n % (processes * 4) == 0 ? Math.max(1, c) : c + 1; // Python's rule: ceil(n / (4 * processes))
    }

    private PoolEngine.Worker startWorker(PoolEngine e) {
        var ref = e.ref();
        int max = e.maxTasksPerChild();
        Process w = new Process("PoolWorker-" + workerNames.incrementAndGet(), () -> PoolEngine.serve(ref, max, PoolWork::rebuild));
        w.setDaemon(true);
        w.start();
        return new PoolEngine.Worker() {
            @Override
            public long pid() {
                return w.pid();
            }

            @Override
            public void terminate() {
                w.terminate();
            }

            @Override
            public void join() {
                w.join();
            }
        };
    }
}
