package org.proclab.ui.ipc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.model.ProcessTable;

/**
 * Events, semaphores, conditions and barriers as a fold of the event log: an event's flag, a semaphore's
 * counter, a condition's lock and notifies, a barrier's parties and whether it is broken; and for each, the
 * processes waiting in it, oldest first.
 */
public final class SyncModel extends IpcFold {

    /** What kind of object. */
    public enum Kind { EVENT, SEMAPHORE, CONDITION, BARRIER }

    /**
     * One object.
     *
     * @param id      "event-1", "semaphore-1", "condition-1", "barrier-1"
     * @param kind    its kind
     * @param flag    an event's flag is up; a barrier is broken; a semaphore is bounded
     * @param count   a semaphore's counter; how many notify() woke for a condition; a barrier's rounds passed
     * @param limit   a semaphore's initial value; a barrier's parties
     * @param lock    a condition's lock ("rlock-1"), else null
     * @param waiters processes blocked in it, oldest first
     * @param stuck   waits the kernel found can never return (empty unless a deadlock)
     */
    public record Sync(String id, Kind kind, boolean flag, long count, long limit, String lock, List<Wait> waiters,
                       List<Wait> stuck) {
        public Sync {
            waiters = List.copyOf(waiters);
            stuck = List.copyOf(stuck);
        }

        public boolean isStuck(long pid) {
            return stuck.stream().anyMatch(w -> w.pid() == pid);
        }
    }

    /** What the view draws. */
    public record Snapshot(long seq, List<Sync> objects, Map<Long, IpcProcess> processes) {
        public static final Snapshot EMPTY = new Snapshot(-1, List.of(), Map.of());

        public Snapshot {
            objects = List.copyOf(objects);
        }

        public Sync object(String id) {
            return objects.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
        }

        public IpcProcess process(long pid) {
            IpcProcess p = processes.get(pid);
            return p == null ? IpcProcess.unknown(pid) : p;
        }
    }

    private static final class State {
        final String id;
        final Kind kind;
        boolean flag;
        long count;
        long limit;
        String lock;
        final List<Wait> stuck = new ArrayList<>();

        State(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
        }

        State(State o) {
            this(o.id, o.kind);
            flag = o.flag;
            count = o.count;
            limit = o.limit;
            lock = o.lock;
            stuck.addAll(o.stuck);
        }
    }

    private final Map<String, State> objects = new LinkedHashMap<>();
    private final Map<String, Sync> built = new HashMap<>();
    private Snapshot snapshot = Snapshot.EMPTY;
    private long snapshotAt = -1;

    /** A fold on its own: it keeps its own process table. */
    public SyncModel() {
        super((ProcessTable) null);
    }

    /** A fold that reads the run's process table, which its host folds. */
    public SyncModel(ProcessTable processes) {
        super(processes);
    }

    private SyncModel(SyncModel o) {
        super(o);
        o.objects.forEach((id, s) -> objects.put(id, new State(s)));
        built.putAll(o.built);
        snapshot = o.snapshot;
        snapshotAt = o.snapshotAt;
    }

    /** A copy that later events to either do not change: a checkpoint. */
    public SyncModel copy() {
        return new SyncModel(this);
    }

    @Override
    String resolve(String obj, Event e) {
        if (obj == null) {
            return null;
        }
        Kind created = switch (e.kind()) {
            case EVENT_NEW -> Kind.EVENT;
            case SEMAPHORE_NEW -> Kind.SEMAPHORE;
            case CONDITION_NEW -> Kind.CONDITION;
            case BARRIER_NEW -> Kind.BARRIER;
            default -> null;
        };
        if (created != null) {
            objects.computeIfAbsent(obj, id -> new State(id, created));
        }
        return objects.containsKey(obj) ? obj : null;
    }

    @Override
    void fold(Event e, String obj) {
        State s = objects.get(obj);
        switch (e.kind()) {
            case EVENT_NEW -> { }
            case CONDITION_NEW -> s.lock = e.text();
            case SEMAPHORE_NEW -> {
                s.flag = "bounded".equals(e.text());
                s.count = e.num();
                s.limit = e.num();
            }
            case BARRIER_NEW -> s.limit = e.num();
            case EVENT_SET -> s.flag = true;
            case EVENT_CLEAR -> s.flag = false;
            case EVENT_WAIT -> endWait(e.pid(), obj);
            case ACQUIRE -> {
                s.count = e.hasNum() ? e.num() : s.count;
                endWait(e.pid(), obj);
            }
            case RELEASE -> s.count = e.hasNum() ? e.num() : s.count;
            case NOTIFY -> s.count += e.hasNum() ? e.num() : 0;
            case BARRIER_WAIT -> {
                endWait(e.pid(), obj);
                if ("broken".equals(e.text())) {
                    s.flag = true;
                } else if (e.num() == 0) {
                    s.count++; // each round has one arrival with index 0
                }
            }
            case BARRIER_ABORT -> s.flag = true;
            case BARRIER_RESET -> s.flag = false;
            default -> {
                return;
            }
        }
        touch(obj);
    }

    @Override
    void onStuck(Wait w) {
        objects.get(w.object()).stuck.add(w);
        touch(w.object());
    }

    /** The state now, as immutable records; objects that did not change are the same records as last time. */
    public Snapshot snapshot() {
        if (snapshotAt == changeCount()) {
            return snapshot;
        }
        Set<String> changed = takeDirty();
        List<Sync> out = new ArrayList<>();
        for (State s : objects.values()) {
            Sync one = built.get(s.id);
            if (one == null || changed.contains(s.id)) {
                one = new Sync(s.id, s.kind, s.flag, s.count, s.limit, s.kind == Kind.CONDITION ? s.lock : null,
                        waits(s.id), s.stuck);
                built.put(s.id, one);
            }
            out.add(one);
        }
        snapshot = new Snapshot(changedAt(), out, processesSnapshot());
        snapshotAt = changeCount();
        return snapshot;
    }
}
