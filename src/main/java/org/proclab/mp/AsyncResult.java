package org.proclab.mp;

import java.util.concurrent.CountDownLatch;
import org.proclab.worker.PoolEngine;

/**
 * The future result of a task given to a {@link Pool} with {@code applyAsync} or {@code mapAsync}.
 * {@link #get()} waits for it; if the task threw, {@code get()} throws a {@link TaskError} that holds the
 * worker's exception. A callback, if any, has already run in this (the parent) process when get() returns.
 * While {@code get()} waits, the process is drawn blocked, like a process waiting in {@code recv()}.
 *
 * @param <R> the result type
 */
public final class AsyncResult<R> {
    private final CountDownLatch done = new CountDownLatch(1);
    private final PoolEngine engine;
    private volatile long[] tasks = new long[0];
    private volatile R value;
    private volatile TaskError error;

    AsyncResult(PoolEngine engine) {
        this.engine = engine;
    }

    /** Waits for the result and returns it, or throws the task's {@link TaskError}. */
    public R get() {
        return get(-1, "get()");
    }

    /** Like {@link #get()} but waits at most {@code seconds}; then throws {@link TimeoutError}. */
    public R get(double seconds) {
        return get(Math.max(0, seconds), "get()");
    }

    /** Waits, with {@code call} naming the wait in the views ("get()", "apply()", "map()"); negative: no limit. */
    R get(double seconds, String call) {
        if (!ready() && engine != null && !engine.awaitDelivered(tasks, seconds, call)) {
            throw new TimeoutError("no result after " + seconds + " s");
        }
        try {
            done.await(); // delivered: the handler has completed it, or is just about to
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a result", e);
        }
        return valueOrThrow();
    }

    /** True once the task has finished (successfully or not). */
    public boolean ready() {
        return done.getCount() == 0;
    }

    /** True if the task finished without an exception; like Python, only allowed once it is ready. */
    public boolean successful() {
        if (!ready()) {
            throw new IllegalStateException("the result is not ready yet");
        }
        return error == null;
    }

    private R valueOrThrow() {
        if (error != null) {
            throw new TaskError(error.remoteClass(), error.getMessage());
        }
        return value;
    }

    void tasks(long[] ids) {
        tasks = ids;
    }

    long[] tasksOf() {
        return tasks;
    }

    void succeed(R v) {
        value = v;
        done.countDown();
    }

    void fail(TaskError e) {
        error = e;
        done.countDown();
    }
}
