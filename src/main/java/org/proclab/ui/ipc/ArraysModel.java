package org.proclab.ui.ipc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.model.ProcessTable;

/**
 * Shared arrays ({@code Array.ofInts(5)}) as a fold of the event log: each cell's value and the process that
 * wrote it last, as the value view shows for a shared value, and the array's reads and writes. The kernel's
 * events carry the first {@link #SHOWN} cells of a whole array (its creation, {@code a[:]}, {@code a[:] = xs});
 * cells past those are drawn only once a process has written one of them on its own.
 */
public final class ArraysModel extends IpcFold {
    /** Cells a view draws per array; the kernel's whole-array events show as many. */
    public static final int SHOWN = 32;

    /**
     * One cell.
     *
     * @param index      its index
     * @param value      its value as the kernel shows it, or null if not known (past the first {@link #SHOWN})
     * @param lastWriter who wrote it last, or null if nobody has since the array was made
     * @param writeSeq   the event of that write, or -1
     * @param writes     how many writes it has had (a whole-array write counts for each cell)
     */
    public record Cell(int index, String value, Long lastWriter, long writeSeq, long writes) {
    }

    /**
     * One array.
     *
     * @param id       "array-1"
     * @param typecode "i", "l" or "d"
     * @param length   its number of cells
     * @param cells    its first cells, up to {@link #SHOWN}
     * @param reads    reads so far (one per {@code a[i]} or {@code a[:]})
     * @param writes   writes so far (one per {@code a[i] = x} or {@code a[:] = xs})
     * @param lastSeq  the event of the latest write, or -1: the cell written then is the newest
     */
    public record SharedArray(String id, String typecode, int length, List<Cell> cells, long reads, long writes,
                              long lastSeq) {
        public SharedArray {
            cells = List.copyOf(cells);
        }

        public Cell cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : null;
        }
    }

    /** What the array view draws. */
    public record Snapshot(long seq, List<SharedArray> arrays, Map<Long, IpcProcess> processes) {
        public static final Snapshot EMPTY = new Snapshot(-1, List.of(), Map.of());

        public Snapshot {
            arrays = List.copyOf(arrays);
        }

        public SharedArray array(String id) {
            return arrays.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
        }

        public IpcProcess process(long pid) {
            IpcProcess p = processes.get(pid);
            return p == null ? IpcProcess.unknown(pid) : p;
        }
    }

    private static final class State {
        final String id;
        String typecode = "";
        int length;
        Cell[] cells = new Cell[0];
        long reads;
        long writes;
        long lastSeq = -1;

        State(String id) {
            this.id = id;
        }

        State(State o) {
            id = o.id;
            typecode = o.typecode;
            length = o.length;
            cells = o.cells.clone(); // cells are immutable records: a shallow copy is a checkpoint
            reads = o.reads;
            writes = o.writes;
            lastSeq = o.lastSeq;
        }

        void write(int i, String value, long pid, long seq) {
            if (i >= 0 && i < cells.length) {
                cells[i] = new Cell(i, value, pid, seq, cells[i].writes() + 1);
            }
        }
    }

    private final Map<String, State> arrays = new LinkedHashMap<>();
    private final Map<String, SharedArray> built = new HashMap<>();
    private Snapshot snapshot = Snapshot.EMPTY;
    private long snapshotAt = -1;

    /** A fold on its own: it keeps its own process table. */
    public ArraysModel() {
        super((ProcessTable) null);
    }

    /** A fold that reads the run's process table, which its host folds. */
    public ArraysModel(ProcessTable processes) {
        super(processes);
    }

    private ArraysModel(ArraysModel o) {
        super(o);
        o.arrays.forEach((id, a) -> arrays.put(id, new State(a)));
        built.putAll(o.built);
        snapshot = o.snapshot;
        snapshotAt = o.snapshotAt;
    }

    /** A copy that later events to either do not change: a checkpoint. */
    public ArraysModel copy() {
        return new ArraysModel(this);
    }

    /** The state after the first {@code count} events of {@code events}. */
    public static ArraysModel foldOf(List<Event> events, int count) {
        ArraysModel m = new ArraysModel();
        for (int i = 0; i < count && i < events.size(); i++) {
            m.apply(events.get(i));
        }
        return m;
    }

    @Override
    String resolve(String obj, Event e) {
        if (obj != null && e.kind() == EventKind.ARRAY_NEW) {
            arrays.computeIfAbsent(obj, State::new);
        }
        return obj != null && arrays.containsKey(obj) ? obj : null;
    }

    @Override
    void fold(Event e, String obj) {
        State a = arrays.get(obj);
        switch (e.kind()) {
            case ARRAY_NEW -> {
                String text = e.text() == null ? "" : e.text();
                int colon = text.indexOf(':');
                a.typecode = colon > 0 ? text.substring(0, colon) : "";
                a.length = e.hasNum() ? (int) Math.max(0, e.num()) : 0;
                List<String> initial = cellsOf(colon >= 0 ? text.substring(colon + 1) : "");
                a.cells = new Cell[Math.min(a.length, SHOWN)];
                for (int i = 0; i < a.cells.length; i++) {
                    a.cells[i] = new Cell(i, i < initial.size() ? initial.get(i) : null, null, -1, 0);
                }
            }
            case ARRAY_GET -> a.reads++;
            case ARRAY_SET -> {
                a.writes++;
                a.lastSeq = e.seq();
                if (e.hasNum()) {
                    a.write((int) e.num(), e.text(), e.pid(), e.seq());
                } else {
                    List<String> all = cellsOf(e.text());
                    for (int i = 0; i < a.cells.length; i++) {
                        a.write(i, i < all.size() ? all.get(i) : null, e.pid(), e.seq());
                    }
                }
            }
            default -> {
                return;
            }
        }
        touch(obj);
    }

    /** The cells of "[1, 2, …]" as the kernel shows them; the ellipsis says more follow, unshown. */
    static List<String> cellsOf(String shown) {
        if (shown == null) {
            return List.of();
        }
        String s = shown.trim();
        if (s.startsWith("[")) {
            s = s.substring(1);
        }
        if (s.endsWith("]")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String cell = part.trim();
            if (!cell.isEmpty() && !cell.equals("\u2026")) {
                out.add(cell);
            }
        }
        return out;
    }

    /** The state now, as immutable records; arrays that did not change are the same objects as last time. */
    public Snapshot snapshot() {
        if (snapshotAt == changeCount()) {
            return snapshot;
        }
        Set<String> changed = takeDirty();
        List<SharedArray> out = new ArrayList<>();
        for (State a : arrays.values()) {
            SharedArray one = built.get(a.id);
            if (one == null || changed.contains(a.id)) {
                one = new SharedArray(a.id, a.typecode, a.length, Arrays.asList(a.cells), a.reads, a.writes, a.lastSeq);
                built.put(a.id, one);
            }
            out.add(one);
        }
        snapshot = new Snapshot(changedAt(), out, processesSnapshot());
        snapshotAt = changeCount();
        return snapshot;
    }
}
