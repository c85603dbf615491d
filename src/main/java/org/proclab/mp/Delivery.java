package org.proclab.mp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.proclab.worker.CallSites;
import org.proclab.worker.PoolEngine;

/**
 * How one task's result reaches its {@link AsyncResult}: on the pool's result handler thread, in the
 * process that owns the pool, the callback (or error callback) runs first, then the result is complete,
 * then whatever waited for it (a map's other chunks) goes on.
 */
final class Delivery<R> implements PoolEngine.Receiver {
    private static final Map<AsyncResult<?>, List<Runnable>> WHEN_DONE = new ConcurrentHashMap<>();

    private final PoolEngine engine;
    private final AsyncResult<R> result;
    private final Consumer<R> callback;
    private final Consumer<Throwable> errorCallback;

    Delivery(PoolEngine engine, AsyncResult<R> result, Consumer<R> callback, Consumer<Throwable> errorCallback) {
        this.engine = engine;
        this.result = result;
        this.callback = callback;
        this.errorCallback = errorCallback;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void succeed(long task, Object value) {
        if (callback != null) {
            engine.callbackRuns(task, "callback");
            try {
                callback.accept((R) value);
            } catch (RuntimeException e) {
                System.err.println("the callback threw: " + e);
            } finally {
                CallSites.off(); // a callback that threw leaves no note for this thread's next operations
            }
        }
        result.succeed((R) value);
        done(result);
    }

    @Override
    public void fail(long task, String remoteClass, String message) {
        TaskError e = new TaskError(remoteClass, message);
        if (errorCallback != null) {
            engine.callbackRuns(task, "error_callback");
            try {
                errorCallback.accept(e);
            } catch (RuntimeException ex) {
                System.err.println("the error callback threw: " + ex);
            } finally {
                CallSites.off();
            }
        }
        result.fail(e);
        done(result);
    }

    /** Runs {@code action} once {@code r} is ready: now if it is, else on the result handler thread. */
    static void whenDone(AsyncResult<?> r, Runnable action) {
        synchronized (WHEN_DONE) {
            if (!r.ready()) {
                WHEN_DONE.computeIfAbsent(r, k -> new ArrayList<>()).add(action);
                return;
            }
        }
        action.run();
    }

    private static void done(AsyncResult<?> r) {
        List<Runnable> actions;
        synchronized (WHEN_DONE) {
            actions = WHEN_DONE.remove(r);
        }
        if (actions != null) {
            actions.forEach(Runnable::run);
        }
    }
}
