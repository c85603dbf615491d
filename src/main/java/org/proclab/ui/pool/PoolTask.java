package org.proclab.ui.pool;

/**
 * One task of a pool, after some prefix of the event log.
 *
 * @param id           the kernel's id, such as "pool-1/task-3"
 * @param number       its number in the pool (3 for "pool-1/task-3")
 * @param call         what was submitted, such as "work(3)"
 * @param status       where it is
 * @param workerPid    the worker that ran (or runs) it, or -1
 * @param submitNanos  when it was submitted (session time)
 * @param startNanos   when a worker started it, or -1
 * @param endNanos     when it finished, failed or was cancelled, or -1
 * @param result       its result, or why it failed, or null
 * @param callback     "callback" or "error_callback" once one ran in the pool's owner, or null
 * @param callbackNanos when that callback ran, or -1
 */
public record PoolTask(String id, int number, String call, Status status, long workerPid, long submitNanos,
                       long startNanos, long endNanos, String result, String callback, long callbackNanos) {

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
        /** The pool was terminated before any worker took it. */
        CANCELLED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static PoolTask submitted(String id, String call, long nanos) {
        return new PoolTask(id, numberOf(id), call == null ? id : call, Status.WAITING, -1, nanos, -1, -1, null, null, -1);
    }

    PoolTask started(long worker, long nanos) {
        return new PoolTask(id, number, call, Status.RUNNING, worker, submitNanos, nanos, -1, null, callback, callbackNanos);
    }

    PoolTask finished(long worker, boolean ok, String text, long nanos) {
        return new PoolTask(id, number, call, ok ? Status.DONE : Status.FAILED, worker, submitNanos, startNanos, nanos,
                text, callback, callbackNanos);
    }

    PoolTask cancelled(long nanos) {
        return new PoolTask(id, number, call, Status.CANCELLED, workerPid, submitNanos, startNanos, nanos, null, callback,
                callbackNanos);
    }

    PoolTask withCallback(String which, long nanos) {
        return new PoolTask(id, number, call, status, workerPid, submitNanos, startNanos, endNanos, result, which, nanos);
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

    private static int numberOf(String id) {
        int dash = id == null ? -1 : id.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
