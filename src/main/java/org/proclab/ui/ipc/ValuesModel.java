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
 * Shared values as a fold of the event log (lesson 4): each value's current value and the history of
 * reads and writes, with lost updates found: a write based on a read taken before another process's
 * write overwrites that write, whose update is lost.
 */
public final class ValuesModel extends IpcFold {
    /** History kept per value; older accesses are dropped (the counts still count them). */
    public static final int MAX_HISTORY = 1000;

    /**
     * One read or write of a shared value.
     *
     * @param seq       the VALUE_GET or VALUE_SET event
     * @param pid       who read or wrote
     * @param write     a set (true) or a get (false)
     * @param value     the value read or written
     * @param readValue for a write: what this process last read of the value before it, or null if it never read it
     * @param readSeq   the event of that read, or -1
     * @param lost      for a write: another process later wrote a value based on a read taken before this
     *                  write, so this update is lost
     * @param lostToSeq the write that overwrote it, or -1
     * @param stale     for a write: it was based on a read taken before another process's write, and
     *                  overwrote that write; for a read: a later write of its process was based on it after
     *                  it had gone stale
     * @param overwrote for a stale write: the writes of other processes it overwrote
     */
    public record Access(long seq, long pid, boolean write, String value, String readValue, long readSeq,
                         boolean lost, long lostToSeq, boolean stale, List<Long> overwrote) {
        public Access {
            overwrote = List.copyOf(overwrote);
        }

        static Access read(long seq, long pid, String value) {
            return new Access(seq, pid, false, value, null, -1, false, -1, false, List.of());
        }

        Access asLost(long by) {
            return new Access(seq, pid, write, value, readValue, readSeq, true, by, stale, overwrote);
        }

        Access asStale() {
            return new Access(seq, pid, write, value, readValue, readSeq, lost, lostToSeq, true, overwrote);
        }
    }

    /**
     * One shared value.
     *
     * @param id          "value-1"
     * @param typecode    Python's typecode: i (int), l (long), d (double)
     * @param initial     its initial value
     * @param current     its value now
     * @param lastWriter  who wrote it last, or null if nobody has
     * @param history     the latest reads and writes, oldest first (at most {@link #MAX_HISTORY})
     * @param reads       reads so far
     * @param writes      writes so far
     * @param lostUpdates writes lost so far
     * @param handles     who holds it (open or closed)
     */
    public record Value(String id, String typecode, String initial, String current, Long lastWriter,
                        List<Access> history, long reads, long writes, long lostUpdates, List<Handle> handles) {
        public Value {
            history = List.copyOf(history);
            handles = List.copyOf(handles);
        }

        /** The access recorded by that event, or null if it is not (or no longer) in the history. */
        public Access access(long seq) {
            for (Access a : history) {
                if (a.seq() == seq) {
                    return a;
                }
            }
            return null;
        }
    }

    /** What the value view draws; see {@link PipesModel.Snapshot} for the shared fields. */
    public record Snapshot(long seq, List<Value> values, Map<Long, IpcProcess> processes, Deadlock deadlock) {
        public static final Snapshot EMPTY = new Snapshot(-1, List.of(), Map.of(), null);

        public Snapshot {
            values = List.copyOf(values);
        }

        public Value value(String id) {
            return values.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
        }

        public IpcProcess process(long pid) {
            IpcProcess p = processes.get(pid);
            return p == null ? IpcProcess.unknown(pid) : p;
        }
    }

    private static final class ValueState {
        final String id;
        String typecode = "?";
        String initial = "";
        String current = "";
        Long lastWriter;
        final List<Access> history = new ArrayList<>();
        /** pid -> the seq and value of its last read. */
        final Map<Long, Access> lastRead = new HashMap<>();
        long reads;
        long writes;
        long lost;

        ValueState(String id) {
            this.id = id;
        }

        ValueState(ValueState o) {
            id = o.id;
            typecode = o.typecode;
            initial = o.initial;
            current = o.current;
            lastWriter = o.lastWriter;
            history.addAll(o.history);
            lastRead.putAll(o.lastRead);
            reads = o.reads;
            writes = o.writes;
            lost = o.lost;
        }

        int indexOf(long seq) {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).seq() == seq) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final Map<String, ValueState> values = new LinkedHashMap<>();
    private final Map<String, Value> built = new HashMap<>();
    private Snapshot snapshot = Snapshot.EMPTY;
    private long snapshotAt = -1;

    /** A fold on its own: it keeps its own process table. */
    public ValuesModel() {
        super((ProcessTable) null);
    }

    /** A fold that reads the run's process table, which its host folds. */
    public ValuesModel(ProcessTable processes) {
        super(processes);
    }

    private ValuesModel(ValuesModel o) {
        super(o);
        o.values.forEach((id, v) -> values.put(id, new ValueState(v)));
        built.putAll(o.built);
        snapshot = o.snapshot;
        snapshotAt = o.snapshotAt;
    }

    /** A copy that later events to either do not change: a checkpoint. */
    public ValuesModel copy() {
        return new ValuesModel(this);
    }

    /** The state after the first {@code count} events of {@code events}. */
    public static ValuesModel foldOf(List<Event> events, int count) {
        ValuesModel m = new ValuesModel();
        for (int i = 0; i < count && i < events.size(); i++) {
            m.apply(events.get(i));
        }
        return m;
    }

    @Override
    String resolve(String obj, Event e) {
        if (obj != null && e.kind() == EventKind.VALUE_NEW) {
            values.computeIfAbsent(obj, ValueState::new);
        }
        if (obj != null && values.containsKey(obj)) {
            return obj;
        }
        // A trace file names both the value id and the value read/written "value"; read back, the value
        // wins and the id is lost. With a single value the access is still unambiguous.
        if ((e.kind() == EventKind.VALUE_GET || e.kind() == EventKind.VALUE_SET) && values.size() == 1) {
            return values.keySet().iterator().next();
        }
        return null;
    }

    @Override
    void fold(Event e, String obj) {
        ValueState v = values.get(obj);
        String text = e.text() == null ? "" : e.text();
        switch (e.kind()) {
            case VALUE_NEW -> {
                int colon = text.indexOf(':');
                v.typecode = colon < 0 ? "?" : text.substring(0, colon);
                v.initial = text.substring(colon + 1);
                v.current = v.initial;
            }
            case VALUE_GET -> {
                Access a = Access.read(e.seq(), e.pid(), text);
                v.lastRead.put(e.pid(), a);
                v.reads++;
                add(v, a);
            }
            case VALUE_SET -> write(v, e, text);
            default -> {
                return;
            }
        }
        touch(obj);
    }

    private void write(ValueState v, Event e, String text) {
        Access read = v.lastRead.get(e.pid());
        List<Long> overwrote = new ArrayList<>();
        if (read != null) {
            // writes by others since this process's read: it never saw them, and now overwrites them
            for (int i = v.history.size() - 1; i >= 0 && v.history.get(i).seq() > read.seq(); i--) {
                Access a = v.history.get(i);
                if (a.write() && a.pid() != e.pid() && !a.lost()) {
                    v.history.set(i, a.asLost(e.seq()));
                    overwrote.add(0, a.seq());
                    v.lost++;
                }
            }
            if (!overwrote.isEmpty()) {
                int r = v.indexOf(read.seq());
                if (r >= 0) {
                    v.history.set(r, v.history.get(r).asStale());
                }
            }
        }
        Access w = new Access(e.seq(), e.pid(), true, text, read == null ? null : read.value(),
                read == null ? -1 : read.seq(), false, -1, !overwrote.isEmpty(), overwrote);
        v.current = text;
        v.lastWriter = e.pid();
        v.writes++;
        add(v, w);
    }

    private static void add(ValueState v, Access a) {
        v.history.add(a);
        if (v.history.size() > MAX_HISTORY) {
            v.history.remove(0);
        }
    }

    /** The state now, as immutable records; values that did not change are the same objects as last time. */
    public Snapshot snapshot() {
        if (snapshotAt == changeCount()) {
            return snapshot;
        }
        Set<String> changed = takeDirty();
        List<Value> out = new ArrayList<>();
        for (ValueState v : values.values()) {
            Value value = built.get(v.id);
            if (value == null || changed.contains(v.id)) {
                value = new Value(v.id, v.typecode, v.initial, v.current, v.lastWriter, v.history, v.reads, v.writes,
                        v.lost, handles(v.id));
                built.put(v.id, value);
            }
            out.add(value);
        }
        snapshot = new Snapshot(changedAt(), out, processesSnapshot(), deadlock());
        snapshotAt = changeCount();
        return snapshot;
    }
}
