package org.proclab.ui.pool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.ui.model.ProcessTable;

/**
 * Process pools as a fold of the event log: per pool, its worker lanes and the task each runs now,
 * the waiting tasks in order, the finished ones with their results, and the callbacks with their
 * times. {@link #apply} takes events one at a time, in order, and nothing else changes it, so a live
 * run, a timeline scrubber and a saved trace agree. Not thread-safe: one thread applies and reads.
 */
public final class PoolModel {
    /** Pool workers are children the pool's owner names so (see {@code org.proclab.mp.Pool}). */
    static final String WORKER_PREFIX = "PoolWorker-";

    private static final class PoolState {
        final String id;
        final long owner;
        final int processes;
        final long created;
        PoolSnapshot.Phase phase = PoolSnapshot.Phase.OPEN;
        boolean joined;
        int running; // tasks RUNNING now: their bars grow with the clock
        final Map<Long, PoolLane> lanes = new LinkedHashMap<>();
        final Map<String, PoolTask> tasks = new LinkedHashMap<>();
        final List<String> waiting = new ArrayList<>();
        final List<String> finished = new ArrayList<>();
        final List<PoolCallback> callbacks = new ArrayList<>();
        final List<PoolMark> marks = new ArrayList<>();

        PoolState(String id, long owner, int processes, long created) {
            this.id = id;
            this.owner = owner;
            this.processes = processes;
            this.created = created;
        }

        PoolState(PoolState o) {
            this(o.id, o.owner, o.processes, o.created);
            phase = o.phase;
            joined = o.joined;
            running = o.running;
            lanes.putAll(o.lanes);
            tasks.putAll(o.tasks);
            waiting.addAll(o.waiting);
            finished.addAll(o.finished);
            callbacks.addAll(o.callbacks);
            marks.addAll(o.marks);
        }
    }

    private final ProcessTable procs;
    private final boolean ownTable;
    private final Map<String, PoolState> pools = new LinkedHashMap<>();
    private final Map<Long, String> poolOfWorker = new HashMap<>();
    private final Map<String, PoolSnapshot> snapshots = new LinkedHashMap<>();
    private final Set<String> dirty = new HashSet<>();
    private long now;
    private long changes;

    /** Pools on their own: they fold their own process table. */
    public PoolModel() {
        this(new ProcessTable(), true);
    }

    /** Pools that read the run's process table (names, colours, parents), which their host folds. */
    public PoolModel(ProcessTable processes) {
        this(processes, false);
    }

    private PoolModel(ProcessTable processes, boolean ownTable) {
        this.procs = processes;
        this.ownTable = ownTable;
    }

    /** A copy that later events to either do not change: a checkpoint. */
    public PoolModel copy() {
        ProcessTable table = procs;
        if (ownTable) {
            table = new ProcessTable();
            table.restore(procs.snapshot());
        }
        PoolModel m = new PoolModel(table, ownTable);
        pools.forEach((id, p) -> m.pools.put(id, new PoolState(p)));
        m.poolOfWorker.putAll(poolOfWorker);
        m.snapshots.putAll(snapshots); // immutable: an unchanged pool stays the same object
        m.dirty.addAll(dirty);
        m.now = now;
        m.changes = changes;
        return m;
    }

    /** The state after the first {@code count} events of {@code events}. */
    public static PoolModel foldOf(List<Event> events, int count) {
        PoolModel m = new PoolModel();
        for (int i = 0; i < count && i < events.size(); i++) {
            m.apply(events.get(i));
        }
        return m;
    }

    /** Folds one event in; events that say nothing about pools only move the clock. */
    public void apply(Event e) {
        if (ownTable) {
            procs.apply(e);
        }
        if (e.nanos() > now) {
            now = e.nanos();
            // running tasks' bars grow with the clock: only pools with a running task need redrawing
            for (PoolState p : pools.values()) {
                if (p.running > 0) {
                    touch(p);
                }
            }
        }
        switch (e.kind()) {
            case START -> start(e);
            case READY -> updateLane(e.pid(), l -> new PoolLane(l.pid(), l.name(), l.colorIndex(), l.slot(), true,
                    l.ended(), l.running(), l.tasksDone(), l.startNanos(), l.endNanos()));
            case EXIT -> {
                updateLane(e.pid(), l -> new PoolLane(l.pid(), l.name(), l.colorIndex(), l.slot(), l.ready(),
                        true, l.running(), l.tasksDone(), l.startNanos(), e.nanos()));
                abandonPoolsOf(e.pid(), e.nanos());
            }
            case STOP -> pools.values().forEach(p -> abandon(p, e.nanos()));
            case POOL_NEW -> {
                if (e.obj() != null && !pools.containsKey(e.obj())) {
                    PoolState p = new PoolState(e.obj(), e.pid(), e.hasNum() ? (int) e.num() : 0, e.nanos());
                    pools.put(p.id, p);
                    touch(p);
                }
            }
            case TASK_SUBMIT -> withPoolOf(e.obj(), p -> {
                if (!p.tasks.containsKey(e.obj())) {
                    PoolTask t = PoolTask.submitted(e.obj(), e.text(), callbacks(e), e.nanos());
                    p.tasks.put(t.id(), t);
                    p.waiting.add(t.id());
                    if (p.phase == PoolSnapshot.Phase.TERMINATED) {
                        cancel(p, t.id(), PoolTask.Why.TERMINATED, e.nanos()); // the kernel fails it at once
                    }
                }
            });
            case TASK_START -> withPoolOf(e.obj(), p -> taskStart(p, e));
            case TASK_DONE -> withPoolOf(e.obj(), p -> taskDone(p, e));
            case CALLBACK -> withPoolOf(e.obj(), p -> {
                PoolTask t = p.tasks.get(e.obj());
                if (t != null) {
                    p.tasks.put(t.id(), t.withCallback(e.text(), e.nanos()));
                }
                p.callbacks.add(new PoolCallback(e.obj(), t == null ? e.obj() : t.call(), e.text(), e.nanos()));
            });
            case POOL_STATE -> {
                PoolState p = e.obj() == null ? null : pools.get(e.obj());
                if (p != null) {
                    poolState(p, e);
                    touch(p);
                }
            }
            default -> { }
        }
    }

    /** Which callbacks wait for a submitted task; a number the trace format does not give is taken as unknown. */
    private static int callbacks(Event e) {
        return e.hasNum() && e.num() >= 0 && e.num() <= (PoolTask.ON_RETURN | PoolTask.ON_RAISE)
                ? (int) e.num() : PoolTask.UNKNOWN;
    }

    private void start(Event e) {
        long ppid = e.hasNum() ? e.num() : 0;
        if (e.text() != null && e.text().startsWith(WORKER_PREFIX)) {
            PoolState p = newestPoolOf(ppid);
            if (p != null) {
                addLane(p, e.pid(), e.nanos());
            }
        }
    }

    /** A worker's pool: the newest one its parent created that can still use workers. */
    private PoolState newestPoolOf(long owner) {
        PoolState found = null;
        for (PoolState p : pools.values()) {
            if (p.owner == owner && (found == null || p.phase != PoolSnapshot.Phase.TERMINATED)) {
                found = p;
            }
        }
        return found;
    }

    private PoolLane addLane(PoolState p, long pid, long nanos) {
        Set<Integer> taken = new HashSet<>();
        for (PoolLane l : p.lanes.values()) {
            if (!l.ended()) {
                taken.add(l.slot());
            }
        }
        int slot = 0;
        while (taken.contains(slot)) {
            slot++;
        }
        ProcessTable.Info proc = procs.get(pid);
        PoolLane lane = new PoolLane(pid, proc == null ? "pid " + pid : proc.name(), proc == null ? -1 : proc.colorIndex(),
                slot, false, false, null, 0, nanos, -1);
        p.lanes.put(pid, lane);
        poolOfWorker.put(pid, p.id);
        touch(p);
        return lane;
    }

    private void taskStart(PoolState p, Event e) {
        PoolTask t = p.tasks.get(e.obj());
        if (t == null) { // the trace was cut after the submission
            t = PoolTask.submitted(e.obj(), null, PoolTask.UNKNOWN, e.nanos());
            p.tasks.put(t.id(), t);
        }
        p.waiting.remove(t.id());
        if (t.status() != PoolTask.Status.RUNNING) {
            p.running++;
        }
        PoolTask running = t.started(e.pid(), e.nanos());
        p.tasks.put(t.id(), running);
        PoolLane l = p.lanes.get(e.pid());
        if (l == null) {
            String other = poolOfWorker.get(e.pid()); // started for another pool of the same owner
            if (other != null && pools.containsKey(other)) {
                pools.get(other).lanes.remove(e.pid());
                touch(pools.get(other));
            }
            l = addLane(p, e.pid(), e.nanos());
        }
        p.lanes.put(l.pid(), new PoolLane(l.pid(), l.name(), l.colorIndex(), l.slot(), true, l.ended(), running,
                l.tasksDone(), l.startNanos(), l.endNanos()));
    }

    private void taskDone(PoolState p, Event e) {
        PoolTask t = p.tasks.get(e.obj());
        if (t == null) {
            return;
        }
        TaskEnd end = TaskEnd.of(e);
        if (end == TaskEnd.CANCELLED && t.ended()) {
            return; // already cancelled when terminate() was seen
        }
        if (t.status() == PoolTask.Status.RUNNING) {
            p.running--;
        }
        p.tasks.put(t.id(), t.finished(end == TaskEnd.CANCELLED ? t.workerPid() : e.pid(), end, e.text(), e.nanos()));
        p.waiting.remove(t.id());
        p.finished.remove(t.id());
        p.finished.add(t.id());
        PoolLane l = p.lanes.get(e.pid());
        if (l != null) {
            boolean wasThis = l.running() != null && l.running().id().equals(t.id());
            p.lanes.put(l.pid(), new PoolLane(l.pid(), l.name(), l.colorIndex(), l.slot(), l.ready(), l.ended(),
                    wasThis ? null : l.running(), l.tasksDone() + 1, l.startNanos(), l.endNanos()));
        }
    }

    private void poolState(PoolState p, Event e) {
        String what = e.text() == null ? "" : e.text();
        p.marks.add(new PoolMark(what, e.nanos()));
        switch (what) {
            case "close" -> {
                if (p.phase == PoolSnapshot.Phase.OPEN) {
                    p.phase = PoolSnapshot.Phase.CLOSED;
                }
            }
            case "terminate" -> {
                p.phase = PoolSnapshot.Phase.TERMINATED;
                // the kernel fails every task no worker took; no event says so one by one
                for (String id : new ArrayList<>(p.waiting)) {
                    cancel(p, id, PoolTask.Why.TERMINATED, e.nanos());
                }
            }
            case "join" -> p.joined = true;
            default -> { }
        }
    }

    private void cancel(PoolState p, String taskId, PoolTask.Why why, long nanos) {
        PoolTask t = p.tasks.get(taskId);
        p.waiting.remove(taskId);
        if (t != null && !t.ended()) {
            p.tasks.put(taskId, t.cancelled(why, nanos));
            p.finished.add(taskId);
        }
    }

    /** A pool whose owner ended (Stop ends every process) will never run what still waits. */
    private void abandonPoolsOf(long owner, long nanos) {
        for (PoolState p : pools.values()) {
            if (p.owner == owner) {
                abandon(p, nanos);
            }
        }
    }

    private void abandon(PoolState p, long nanos) {
        if (!p.waiting.isEmpty()) {
            for (String id : new ArrayList<>(p.waiting)) {
                cancel(p, id, PoolTask.Why.OWNER_ENDED, nanos);
            }
            touch(p);
        }
        // callbacks run in the owner: with it gone, none waits any more ("no callback", not "no callback yet")
        boolean changed = false;
        for (Map.Entry<String, PoolTask> t : p.tasks.entrySet()) {
            if (t.getValue().callback() == null && t.getValue().callbacks() != 0) {
                t.setValue(t.getValue().withoutCallbacks());
                changed = true;
            }
        }
        if (changed) {
            touch(p);
        }
    }

    private void updateLane(long pid, java.util.function.UnaryOperator<PoolLane> change) {
        String poolId = poolOfWorker.get(pid);
        PoolState p = poolId == null ? null : pools.get(poolId);
        PoolLane l = p == null ? null : p.lanes.get(pid);
        if (l != null) {
            p.lanes.put(pid, change.apply(l));
            touch(p);
        }
    }

    private void withPoolOf(String taskId, java.util.function.Consumer<PoolState> change) {
        if (taskId == null) {
            return;
        }
        int slash = taskId.indexOf('/');
        PoolState p = pools.get(slash < 0 ? taskId : taskId.substring(0, slash));
        if (p != null) {
            change.accept(p);
            touch(p);
        }
    }

    private void touch(PoolState p) {
        dirty.add(p.id);
        changes++;
    }

    /** Every pool, in creation order; a pool's snapshot is replaced only when it changed. */
    public List<PoolSnapshot> pools() {
        for (String id : dirty) {
            snapshots.put(id, snapshot(pools.get(id)));
        }
        dirty.clear();
        List<PoolSnapshot> out = new ArrayList<>();
        for (String id : pools.keySet()) {
            out.add(snapshots.get(id));
        }
        return Collections.unmodifiableList(out);
    }

    public PoolSnapshot pool(String id) {
        return pools().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private PoolSnapshot snapshot(PoolState p) {
        ProcessTable.Info owner = procs.get(p.owner);
        List<PoolTask> waiting = p.waiting.stream().map(p.tasks::get).toList();
        List<PoolTask> finished = p.finished.stream().map(p.tasks::get).toList();
        return new PoolSnapshot(p.id, p.owner, owner == null ? "pid " + p.owner : owner.name(),
                owner == null ? -1 : owner.colorIndex(), p.processes, p.phase, p.joined, p.created, now,
                new ArrayList<>(p.lanes.values()), new ArrayList<>(p.tasks.values()), waiting, finished, p.callbacks, p.marks);
    }

    /** Grows whenever a pool changes; publish only when it moved. */
    public long changeCount() {
        return changes;
    }
}
