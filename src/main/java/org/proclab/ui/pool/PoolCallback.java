package org.proclab.ui.pool;

/**
 * A callback that ran in the pool's owner: the moment a result came back to the parent.
 *
 * @param taskId the task whose result it got
 * @param call   that task's call, such as "work(3)"
 * @param which  "callback" or "error_callback"
 * @param nanos  when it ran (session time)
 */
public record PoolCallback(String taskId, String call, String which, long nanos) {

    public boolean isError() {
        return "error_callback".equals(which);
    }
}
