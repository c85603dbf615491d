package org.proclab.ui.pool;

/**
 * One worker process of a pool and what it runs now.
 *
 * @param pid         the worker's pid
 * @param name        its name, such as PoolWorker-3
 * @param colorIndex  its place in START order, for {@link org.proclab.ui.control.ProcessPalette}
 * @param slot        which of the pool's places it fills, from 0: a worker that replaces a dead one takes its place
 * @param ready       its JVM has connected (READY)
 * @param ended       it has exited
 * @param running     the task it runs now, or null while it is idle
 * @param tasksDone   how many tasks it has finished (or failed)
 * @param startNanos  its START
 * @param endNanos    its EXIT, or -1
 */
public record PoolLane(long pid, String name, int colorIndex, int slot, boolean ready, boolean ended,
                       PoolTask running, int tasksDone, long startNanos, long endNanos) {

    /** Running a task. */
    public boolean busy() {
        return running != null && !ended;
    }

    /** Alive, connected and waiting for a task. */
    public boolean idle() {
        return running == null && ready && !ended;
    }
}
