package org.proclab.ui.pool;

/**
 * One task of a pool, after some prefix of the event log.
 *
 * @param id           the kernel's id, such as "pool-1/task-3"
 * @param number       its number in the pool (3 for "pool-1/task-3"), counted from 1 in submission order
 * @param call         what was submitted, such as "work(3)"
 * @param status       where it is
 * @param workerPid    the worker that ran (or runs) it, or -1
 * @param submitNanos  when it was submitted (session time)
 * @param startNanos   when a worker started it, or -1
 * @param endNanos     when it finished, failed or was cancelled, or -1
 * @param result       its result; for {@link Why#RAISED} the exception, for {@link Why#WORKER_ENDED} the worker's
 *                     exit code (null if unknown); else null
 * @param why          why it failed or never ran; null while it has not, or when it returned
 * @param callback     "callback" or "error_callback" once one ran in the pool's owner, or null
 * @param callbackNanos when that callback ran, or -1
 * @param callbacks    which callbacks wait for it, as the trace's {@code task_submit} says: {@link #ON_RETURN},
 *                     {@link #ON_RAISE}, both, 0 none, or {@link #UNKNOWN} (a trace saved before it was recorded)
 */
public record PoolTask(String id, int number, String call, Status status, long workerPid, long submitNanos,
                       long startNanos, long endNanos, String result, Why why, String callback, long callbackNanos,
                       int callbacks) {

    /** A callback runs in the owner once it returns (for a map's last task: once the map returns). */
    public static final int ON_RETURN = 1;
    /** An error callback runs in the owner if it raises (for a map's last task: if the map raises). */
    public static final int ON_RAISE = 2;
    /** The trace does not say. */
    public static final int UNKNOWN = -1;

    /** Where a task is. */
    public enum Status {
        /** Submitted; no worker has taken it yet. */
        WAITING,
        /** A worker runs it. */
        RUNNING,
        /** It returned a result. */
        DONE,
        /** It threw, or its worker ended while running it. */
        FAILED,
        /** No worker ever took it: the pool was terminated, or its owner ended. */
        CANCELLED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Why a task failed or never ran. */
    public enum Why {
        /** Its code threw: {@link #result} is the exception. */
        RAISED,
        /** Its worker ended while running it (terminate(), Stop, a kill): {@link #result} is the exit code. */
        WORKER_ENDED,
        /** The pool was terminated before a worker took it. */
        TERMINATED,
        /** The pool's owner ended (or the run was stopped) before a worker took it. */
        OWNER_ENDED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static PoolTask submitted(String id, String call, int callbacks, long nanos) {
        return new PoolTask(id, numberOf(id), call == null ? id : call, Status.WAITING, -1, nanos, -1, -1, null, null,
                null, -1, callbacks);
    }

    PoolTask started(long worker, long nanos) {
        return new PoolTask(id, number, call, Status.RUNNING, worker, submitNanos, nanos, -1, null, null, callback,
                callbackNanos, callbacks);
    }

    PoolTask finished(long worker, TaskEnd end, String text, long nanos) {
        return switch (end) {
            case RETURNED -> new PoolTask(id, number, call, Status.DONE, worker, submitNanos, startNanos, nanos, text,
                    null, callback, callbackNanos, callbacks);
            case RAISED -> failed(worker, Why.RAISED, text, nanos);
            case WORKER_ENDED -> failed(worker, Why.WORKER_ENDED, text, nanos);
            case CANCELLED -> cancelled(Why.TERMINATED, nanos);
        };
    }

    private PoolTask failed(long worker, Why why, String text, long nanos) {
        return new PoolTask(id, number, call, Status.FAILED, worker, submitNanos, startNanos, nanos, text, why, callback,
                callbackNanos, callbacks);
    }

    PoolTask cancelled(Why why, long nanos) {
        return new PoolTask(id, number, call, Status.CANCELLED, workerPid, submitNanos, startNanos, nanos, null, why,
                callback, callbackNanos, callbacks);
    }

    PoolTask withCallback(String which, long nanos) {
        return new PoolTask(id, number, call, status, workerPid, submitNanos, startNanos, endNanos, result, why, which,
                nanos, callbacks);
    }

    /** The same task with no callback waiting for it: its owner ended, so none can run. */
    PoolTask withoutCallbacks() {
        return new PoolTask(id, number, call, status, workerPid, submitNanos, startNanos, endNanos, result, why, callback,
                callbackNanos, 0);
    }

    /**
     * A callback is still to run in the owner for how it ended: it returned and a callback waits, or raised and
     * an error callback waits. In a trace that does not say, a returned task is taken to have one waiting.
     */
    public boolean callbackDue() {
        if (callback != null) {
            return false;
        }
        if (status == Status.DONE) {
            return callbacks == UNKNOWN || (callbacks & ON_RETURN) != 0;
        }
        return status == Status.FAILED && why == Why.RAISED && callbacks != UNKNOWN && (callbacks & ON_RAISE) != 0;
    }

    /** Ended without a result: it failed, or never ran. */
    public boolean failed() {
        return status == Status.FAILED || status == Status.CANCELLED;
    }

    /** Finished, failed or cancelled. */
    public boolean ended() {
        return endNanos >= 0;
    }

    /** A worker ran it, so it has a bar on the timeline. */
    public boolean ran() {
        return startNanos >= 0;
    }

    /** What the call was given: "3" for "work(3)", or null when the call has no parentheses. */
    public String arguments() {
        int open = call == null ? -1 : call.indexOf('(');
        return open < 0 || !call.endsWith(")") ? null : call.substring(open + 1, call.length() - 1);
    }

    private static int numberOf(String id) {
        int dash = id == null ? -1 : id.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
