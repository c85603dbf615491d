package org.proclab.ui.enumerate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.model.ProcessTable;

/**
 * Lesson 6's file enumerator as a fold of the event log: for each version of the job (one process,
 * one process per directory, a pool) the directories ("lanes"), who walks each, how many files each
 * has found so far, and the version's total and time once it has ended. {@link #apply} takes events in
 * order and nothing else changes it, so the state after event k is the same live, when scrubbing and
 * from a saved trace.
 *
 * <p>It reads the main process's standard output, the lines the lesson program prints for this view:
 * <pre>
 * plan one-process many-processes pool
 * begin many-processes processes 4
 * lane 2 by walker-2: /some/dir
 * progress lane 2 files 3000
 * done lane 2 files 4211 unreadable 0 pid 4242
 * version many-processes processes 4 files 9000 unreadable 0 ms 812
 * </pre>
 * A {@code progress}, {@code lane} or {@code done} line belongs to the version begun last. START events
 * give each process's name and START order (read from the run's {@link ProcessTable}), so a lane is drawn
 * in its walker's colour.
 */
public final class EnumerationModel {

    /** How far a version has got. */
    public enum Phase { WAITING, RUNNING, FINISHED }

    /**
     * One directory in one version.
     *
     * @param number     the lane's number, from 1, in the order the directories were given
     * @param dir        the directory
     * @param worker     the name of the process that walks it ("walker-2", "MainProcess"), or "Pool"
     *                   while a pool task has not reported which worker ran it
     * @param pid        that process's pid, 0 while unknown
     * @param colorIndex that process's START order (its colour in every view), -1 while unknown
     * @param files      regular files found so far
     * @param unreadable paths that could not be read (known when done)
     * @param done       the walk of this directory has finished
     */
    public record Lane(int number, String dir, String worker, long pid, int colorIndex, long files, long unreadable,
                       boolean done) {}

    /**
     * One version of the job.
     *
     * @param name       as the program calls it: one-process, many-processes, pool, ...
     * @param processes  how many processes walk (0 while waiting)
     * @param phase      waiting, running or finished
     * @param lanes      its directories, by number
     * @param files      the total it printed at the end, or null before
     * @param unreadable the number of unreadable paths it printed at the end, or null before
     * @param millis     how long it took, or null before it ended
     */
    public record Version(String name, int processes, Phase phase, List<Lane> lanes, Long files, Long unreadable,
                          Long millis) {
        public Version {
            lanes = List.copyOf(lanes);
        }

        /** Files found so far: the printed total once ended, else the sum over the lanes. */
        public long filesSoFar() {
            return files != null ? files : lanes.stream().mapToLong(Lane::files).sum();
        }

        public Lane lane(int number) {
            return lanes.stream().filter(l -> l.number() == number).findFirst().orElse(null);
        }
    }

    /**
     * Everything the view draws, immutable.
     *
     * @param versions in the order planned (or begun)
     * @param current  the version begun last, or null
     */
    public record Snapshot(List<Version> versions, String current) {
        public static final Snapshot EMPTY = new Snapshot(List.of(), null);

        public Snapshot {
            versions = List.copyOf(versions);
        }

        public Version version(String name) {
            return versions.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
        }

        /** The most files any one lane has found, in any version: the length of a full bar. */
        public long maxLaneFiles() {
            return versions.stream().flatMap(v -> v.lanes().stream()).mapToLong(Lane::files).max().orElse(0);
        }

        /** The longest time of the finished versions, or 0. */
        public long maxMillis() {
            return versions.stream().filter(v -> v.millis() != null).mapToLong(Version::millis).max().orElse(0);
        }

        /** The finished version that took least time, or null while none has finished. */
        public String fastest() {
            Version best = null;
            for (Version v : versions) {
                if (v.millis() != null && (best == null || v.millis() < best.millis())) {
                    best = v;
                }
            }
            return best == null ? null : best.name();
        }
    }

    // ---- mutable fold state ----------------------------------------------------------------------

    private static final class LaneState {
        final int number;
        String dir = "";
        String worker = "";
        long pid;
        long files;
        long unreadable;
        boolean done;

        LaneState(int number) {
            this.number = number;
        }

        LaneState copy() {
            LaneState l = new LaneState(number);
            l.dir = dir;
            l.worker = worker;
            l.pid = pid;
            l.files = files;
            l.unreadable = unreadable;
            l.done = done;
            return l;
        }
    }

    private static final class VersionState {
        final String name;
        int processes;
        Phase phase = Phase.WAITING;
        final Map<Integer, LaneState> lanes = new TreeMap<>();
        Long files;
        Long unreadable;
        Long millis;

        VersionState(String name) {
            this.name = name;
        }

        VersionState copy() {
            VersionState v = new VersionState(name);
            v.processes = processes;
            v.phase = phase;
            lanes.forEach((n, l) -> v.lanes.put(n, l.copy()));
            v.files = files;
            v.unreadable = unreadable;
            v.millis = millis;
            return v;
        }

        LaneState lane(int n) {
            return lanes.computeIfAbsent(n, LaneState::new);
        }
    }

    private final ProcessTable processes;
    private final boolean ownTable;
    private final Map<String, VersionState> versions = new LinkedHashMap<>();
    private long mainPid = -1;
    private VersionState current;
    private long changes;
    private Snapshot snapshot = Snapshot.EMPTY;
    private long snapshotAt;

    /** The enumeration on its own: it folds its own process table. */
    public EnumerationModel() {
        this(new ProcessTable(), true);
    }

    /** The enumeration reading the run's process table, which its host folds. */
    public EnumerationModel(ProcessTable processes) {
        this(processes, false);
    }

    private EnumerationModel(ProcessTable processes, boolean ownTable) {
        this.processes = processes;
        this.ownTable = ownTable;
    }

    /** A copy that later events to either do not change: a checkpoint. */
    public EnumerationModel copy() {
        ProcessTable table = processes;
        if (ownTable) {
            table = new ProcessTable();
            table.restore(processes.snapshot());
        }
        EnumerationModel m = new EnumerationModel(table, ownTable);
        versions.forEach((name, v) -> m.versions.put(name, v.copy()));
        m.mainPid = mainPid;
        m.current = current == null ? null : m.versions.get(current.name);
        m.changes = changes;
        m.snapshot = snapshot;
        m.snapshotAt = snapshotAt;
        return m;
    }

    /** The state after the first {@code count} events of {@code events}. */
    public static EnumerationModel foldOf(List<Event> events, int count) {
        EnumerationModel m = new EnumerationModel();
        for (int i = 0; i < count && i < events.size(); i++) {
            m.apply(events.get(i));
        }
        return m;
    }

    /** Folds one event in; events that say nothing about the enumeration are ignored. */
    public void apply(Event e) {
        if (ownTable) {
            processes.apply(e);
        }
        if (e.kind() == EventKind.START) {
            if ("main".equals(e.obj())) {
                mainPid = e.pid();
            }
            changes++; // a lane waiting for its worker's colour may now have it
        } else if (e.kind() == EventKind.OUTPUT && "stdout".equals(e.obj()) && e.text() != null
                && (mainPid < 0 || e.pid() == mainPid)) {
            if (line(e.text().strip())) {
                changes++;
            }
        }
    }

    /** Reads one line of the main process; true if it changed anything. */
    private boolean line(String text) {
        String[] w = text.split("\\s+");
        try {
            switch (w[0]) {
                case "plan" -> {
                    for (int i = 1; i < w.length; i++) {
                        versions.computeIfAbsent(w[i], VersionState::new);
                    }
                    return w.length > 1;
                }
                case "begin" -> {
                    if (w.length < 2) {
                        return false;
                    }
                    VersionState v = versions.computeIfAbsent(w[1], VersionState::new);
                    v.processes = (int) number(w, "processes", v.processes);
                    v.phase = Phase.RUNNING;
                    current = v;
                    return true;
                }
                case "lane" -> {
                    // lane K by WORKER: DIR   (DIR may hold spaces, so it is the rest of the line)
                    int colon = text.indexOf(": ");
                    if (current == null || w.length < 4 || !"by".equals(w[2]) || colon < 0) {
                        return false;
                    }
                    LaneState l = current.lane(Integer.parseInt(w[1]));
                    l.worker = w[3].endsWith(":") ? w[3].substring(0, w[3].length() - 1) : w[3];
                    l.dir = text.substring(colon + 2);
                    return true;
                }
                case "progress" -> {
                    if (current == null || w.length < 3 || !"lane".equals(w[1])) {
                        return false;
                    }
                    LaneState l = current.lane(Integer.parseInt(w[2]));
                    l.files = Math.max(l.files, number(w, "files", l.files));
                    return true;
                }
                case "done" -> {
                    if (current == null || w.length < 3 || !"lane".equals(w[1])) {
                        return false;
                    }
                    LaneState l = current.lane(Integer.parseInt(w[2]));
                    l.files = number(w, "files", l.files);
                    l.unreadable = number(w, "unreadable", l.unreadable);
                    l.pid = number(w, "pid", l.pid);
                    l.done = true;
                    return true;
                }
                case "version" -> {
                    if (w.length < 2) {
                        return false;
                    }
                    VersionState v = versions.computeIfAbsent(w[1], VersionState::new);
                    v.processes = (int) number(w, "processes", v.processes);
                    v.files = number(w, "files", 0);
                    v.unreadable = number(w, "unreadable", 0);
                    v.millis = number(w, "ms", 0);
                    v.phase = Phase.FINISHED;
                    return true;
                }
                default -> {
                    return false;
                }
            }
        } catch (NumberFormatException ex) {
            return false; // a line that only looks like ours
        }
    }

    /** The number after {@code key} in the words, or {@code otherwise}. */
    private static long number(String[] w, String key, long otherwise) {
        for (int i = 0; i + 1 < w.length; i++) {
            if (w[i].equals(key)) {
                return Long.parseLong(w[i + 1]);
            }
        }
        return otherwise;
    }

    /** The state now; the same object while nothing has changed. */
    public Snapshot snapshot() {
        if (snapshotAt != changes) {
            List<Version> out = new ArrayList<>();
            for (VersionState v : versions.values()) {
                List<Lane> lanes = new ArrayList<>();
                for (LaneState l : v.lanes.values()) {
                    long pid = l.pid != 0 ? l.pid : pidNamed(l.worker);
                    String worker = l.worker;
                    ProcessTable.Info walker = processes.get(pid);
                    if (l.pid != 0 && ("Pool".equals(worker) || worker.isEmpty()) && walker != null) {
                        worker = walker.name(); // the pool worker that ran the task
                    }
                    lanes.add(new Lane(l.number, l.dir, worker, pid, walker == null ? -1 : walker.colorIndex(), l.files,
                            l.unreadable, l.done));
                }
                out.add(new Version(v.name, v.processes, v.phase, lanes, v.files, v.unreadable, v.millis));
            }
            snapshot = new Snapshot(out, current == null ? null : current.name);
            snapshotAt = changes;
        }
        return snapshot;
    }

    /** The pid of the process that started last with this name, or 0. */
    private long pidNamed(String name) {
        long pid = 0;
        for (ProcessTable.Info p : processes.all()) {
            if (p.name().equals(name)) {
                pid = p.pid();
            }
        }
        return pid;
    }

    /** Grows whenever the state changes; a view redraws only when it moved. */
    public long changeCount() {
        return changes;
    }
}
