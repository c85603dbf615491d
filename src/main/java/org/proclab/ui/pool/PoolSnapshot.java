package org.proclab.ui.pool;

import java.util.ArrayList;
import java.util.List;

/**
 * One pool as it stands after some prefix of the event log. Immutable; {@link PoolModel} makes a new one
 * whenever the pool changes, so a view redraws only when its snapshot is another object.
 *
 * @param id             the pool's id, such as "pool-1"
 * @param ownerPid       the process that created it (callbacks run there)
 * @param ownerName      that process's name
 * @param ownerColor     that process's colour index
 * @param processes      the size asked for: Pool(5) has 5
 * @param phase          open, closed (no more tasks) or terminated
 * @param joined         join() was called
 * @param createdNanos   its POOL_NEW (session time)
 * @param nowNanos       the latest event of the log so far: where running tasks' bars end
 * @param lanes          every worker it has had, in START order
 * @param tasks          every task, in submission order
 * @param waiting        the tasks no worker has taken yet, in the order they will be taken
 * @param finished       the tasks that ended (done, failed or cancelled), in the order they ended
 * @param callbacks      the callbacks that ran in the owner, in order
 * @param marks          close(), terminate() and join() calls, in order
 */
public record PoolSnapshot(String id, long ownerPid, String ownerName, int ownerColor, int processes, Phase phase,
                           boolean joined, long createdNanos, long nowNanos, List<PoolLane> lanes, List<PoolTask> tasks,
                           List<PoolTask> waiting, List<PoolTask> finished, List<PoolCallback> callbacks,
                           List<PoolMark> marks) {

    /** Whether a pool still takes tasks. */
    public enum Phase {
        OPEN, CLOSED, TERMINATED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PoolSnapshot {
        lanes = List.copyOf(lanes);
        tasks = List.copyOf(tasks);
        waiting = List.copyOf(waiting);
        finished = List.copyOf(finished);
        callbacks = List.copyOf(callbacks);
        marks = List.copyOf(marks);
    }

    /**
     * One lane per place of the pool, each showing the newest worker that filled it; more than
     * {@link #processes} only when a replacement started before the worker it replaces was seen to end.
     */
    public List<PoolLane> slots() {
        List<PoolLane> out = new ArrayList<>();
        for (PoolLane l : lanes) {
            while (out.size() <= l.slot()) {
                out.add(null);
            }
            out.set(l.slot(), l); // lanes are in START order: the newest in a slot wins
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /**
     * The rows of a timeline, in START order: every worker alive now (from its start, before its first task)
     * and every one that ran a task; a worker that ended without running one did nothing worth a row.
     */
    public List<PoolLane> timelineLanes() {
        List<PoolLane> out = new ArrayList<>();
        for (PoolLane l : lanes) {
            if (!l.ended() || tasks.stream().anyMatch(t -> t.workerPid() == l.pid() && t.ran())) {
                out.add(l);
            }
        }
        return out;
    }

    /** The workers that ran at least one task, in START order. */
    public List<PoolLane> workersThatRan() {
        List<PoolLane> out = new ArrayList<>();
        for (PoolLane l : lanes) {
            if (tasks.stream().anyMatch(t -> t.workerPid() == l.pid() && t.ran())) {
                out.add(l);
            }
        }
        return out;
    }

    public long busyCount() {
        return lanes.stream().filter(PoolLane::busy).count();
    }

    public PoolLane lane(long pid) {
        return lanes.stream().filter(l -> l.pid() == pid).findFirst().orElse(null);
    }

    public PoolTask task(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst().orElse(null);
    }
}
