package org.proclab.ui.ipc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.ui.model.ProcessTable;
import org.proclab.trace.EventKind;

/**
 * Locks as a fold of the event log (lesson 4): who holds each lock, whether that holder has ended
 * while holding it, and who waits for it, in order. A shared value's own lock ("value-1.lock") is a
 * lock like any other.
 */
public final class LocksModel extends IpcFold {

    /**
     * One lock.
     *
     * @param id           "lock-1", or "value-1.lock" for a value's own lock
     * @param holder       the process holding it, or null when it is free
     * @param heldSince    the ACQUIRE event of the holder, or -1
     * @param holderDead   the holder ended while holding it: it stays locked until some process releases it
     * @param waiters      processes blocked in acquire(), oldest first
     * @param handles      who holds a handle of it (open or closed)
     * @param acquisitions how many times it was acquired so far
     * @param stuck        waits the kernel found can never return (empty unless a deadlock)
     */
    public record Lock(String id, Long holder, long heldSince, boolean holderDead, List<Wait> waiters,
                       List<Handle> handles, long acquisitions, List<Wait> stuck) {
        public Lock {
            waiters = List.copyOf(waiters);
            handles = List.copyOf(handles);
            stuck = List.copyOf(stuck);
        }

        public boolean held() {
            return holder != null;
        }

        /** The shared value this lock belongs to ("value-1" for "value-1.lock"), or null. */
        public String valueId() {
            return id.endsWith(".lock") ? id.substring(0, id.length() - ".lock".length()) : null;
        }

        public boolean isStuck(long pid) {
            return stuck.stream().anyMatch(w -> w.pid() == pid);
        }
    }

    /** What the lock view draws; see {@link PipesModel.Snapshot} for the shared fields. */
    public record Snapshot(long seq, List<Lock> locks, Map<Long, IpcProcess> processes, Deadlock deadlock) {
        public static final Snapshot EMPTY = new Snapshot(-1, List.of(), Map.of(), null);

        public Snapshot {
            locks = List.copyOf(locks);
        }

        public Lock lock(String id) {
            return locks.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
        }

        public IpcProcess process(long pid) {
            IpcProcess p = processes.get(pid);
            return p == null ? IpcProcess.unknown(pid) : p;
        }
    }

    private static final class LockState {
        final String id;
        Long holder;
        long heldSince = -1;
        boolean holderDead;
        long acquisitions;
        final List<Wait> stuck = new ArrayList<>();

        LockState(String id) {
            this.id = id;
        }

        LockState(LockState o) {
            id = o.id;
            holder = o.holder;
            heldSince = o.heldSince;
            holderDead = o.holderDead;
            acquisitions = o.acquisitions;
            stuck.addAll(o.stuck);
        }
    }

    private final Map<String, LockState> locks = new LinkedHashMap<>();
    private final Map<String, Lock> built = new HashMap<>();
    private Snapshot snapshot = Snapshot.EMPTY;
    private long snapshotAt = -1;

    /** A fold on its own: it keeps its own process table. */
    public LocksModel() {
        super((ProcessTable) null);
    }

    /** A fold that reads the run's process table, which its host folds. */
    public LocksModel(ProcessTable processes) {
        super(processes);
    }

    private LocksModel(LocksModel o) {
        super(o);
        o.locks.forEach((id, l) -> locks.put(id, new LockState(l)));
        built.putAll(o.built);
        snapshot = o.snapshot;
        snapshotAt = o.snapshotAt;
    }

    /** A copy that later events to either do not change: a checkpoint. */
    public LocksModel copy() {
        return new LocksModel(this);
    }

    /** The state after the first {@code count} events of {@code events}. */
    public static LocksModel foldOf(List<Event> events, int count) {
        LocksModel m = new LocksModel();
        for (int i = 0; i < count && i < events.size(); i++) {
            m.apply(events.get(i));
        }
        return m;
    }

    @Override
    String resolve(String obj, Event e) {
        if (obj != null && e.kind() == EventKind.LOCK_NEW) {
            locks.computeIfAbsent(obj, LockState::new);
        }
        return obj != null && locks.containsKey(obj) ? obj : null;
    }

    @Override
    void fold(Event e, String obj) {
        LockState l = locks.get(obj);
        switch (e.kind()) {
            case ACQUIRE -> {
                l.holder = e.pid();
                l.heldSince = e.seq();
                l.holderDead = false;
                l.acquisitions++;
                endWait(e.pid(), obj);
            }
            case RELEASE -> {
                l.holder = null;
                l.heldSince = -1;
                l.holderDead = false;
            }
            case LOCK_NEW -> { }
            default -> {
                return;
            }
        }
        touch(obj);
    }

    @Override
    void onExit(long pid) {
        for (LockState l : locks.values()) {
            if (l.holder != null && l.holder == pid) {
                l.holderDead = true;
                touch(l.id);
            }
        }
    }

    @Override
    void onStuck(Wait w) {
        locks.get(w.object()).stuck.add(w);
        touch(w.object());
    }

    /** The state now, as immutable records; locks that did not change are the same objects as last time. */
    public Snapshot snapshot() {
        if (snapshotAt == changeCount()) {
            return snapshot;
        }
        Set<String> changed = takeDirty();
        List<Lock> out = new ArrayList<>();
        for (LockState l : locks.values()) {
            Lock lock = built.get(l.id);
            if (lock == null || changed.contains(l.id)) {
                lock = new Lock(l.id, l.holder, l.heldSince, l.holderDead, waits(l.id), handles(l.id), l.acquisitions, l.stuck);
                built.put(l.id, lock);
            }
            out.add(lock);
        }
        snapshot = new Snapshot(changedAt(), out, processesSnapshot(), deadlock());
        snapshotAt = changeCount();
        return snapshot;
    }
}
