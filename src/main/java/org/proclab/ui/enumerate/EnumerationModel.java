package org.proclab.ui.enumerate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>It reads what the main process reports with {@code MP.report(key, value)} (REPORT events), never
 * what it prints, so a program may word its output as it likes. The keys; a lane is one directory, and every
 * key after {@code version} belongs to the version begun last:
 * <pre>
 * plan              one-process many-processes pool   the versions that will run, by name
 * cpus              2                                 the machine's processor cores (any time)
 * version           many-processes                    a version begins
 * processes         4                                 how many processes walk in it
 * lane.2.dir        /some/dir                         directory 2 (lanes are numbered from 1)
 * lane.2.worker     walker-2                          the process that walks it ("Pool": a pool task)
 * lane.2.files      3000                              files found in it so far
 * lane.2.unreadable 0                                 paths it could not read
 * lane.2.pid        4242                              who walked it
 * lane.2.done       true                              its walk has finished
 * lane.2.began      540                               its walk began this many ms after the version began
 * lane.2.ms         230                               its walk took this many ms
 * files, unreadable 9000, 0                           the version's totals
 * ms                812                               how long it took: the version has ended
 * </pre>
 * Other keys, and values that are not numbers where a number is expected, are ignored.
 * START events give each process's name and START order (read from the run's {@link ProcessTable}), so a lane is drawn
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
     * @param began      ms after the version began when the walk of this directory began, or null while unknown
     * @param walkMillis how long the walk took, or null while unknown
     */
    public record Lane(int number, String dir, String worker, long pid, int colorIndex, long files, long unreadable,
                       boolean done, Long began, Long walkMillis) {

        /** ms after the version began when this walk ended, or null while unknown. */
        public Long ended() {
            return began == null || walkMillis == null ? null : began + walkMillis;
        }
    }

    /**
     * One version of the job.
     *
     * @param name       as the program calls it: one-process, many-processes, pool, ...
     * @param processes  how many processes walk (0 while waiting)
     * @param phase      waiting, running or finished
     * @param lanes      its directories, by number
     * @param files      the total it reported at the end, or null before
     * @param unreadable the number of unreadable paths it reported at the end, or null before
     * @param millis     how long it took, or null before it ended
     */
    public record Version(String name, int processes, Phase phase, List<Lane> lanes, Long files, Long unreadable,
                          Long millis) {
        public Version {
            lanes = List.copyOf(lanes);
        }

        /** Files found so far: the reported total once ended, else the sum over the lanes. */
        public long filesSoFar() {
            return files != null ? files : lanes.stream().mapToLong(Lane::files).sum();
        }

        public Lane lane(int number) {
            return lanes.stream().filter(l -> l.number() == number).findFirst().orElse(null);
        }

        /** True once it has ended and every lane has reported when its walk began and how long it took. */
        public boolean timed() {
            return millis != null && !lanes.isEmpty() && lanes.stream().allMatch(l -> l.ended() != null);
        }

        /** ms from the version's start until its first walk began: starting its processes. Null unless {@link #timed}. */
        public Long firstWalkBegan() {
            return timed() ? lanes.stream().mapToLong(Lane::began).min().orElseThrow() : null;
        }

        /** ms from the first walk's start to the last walk's end. Null unless {@link #timed}. */
        public Long walking() {
            return timed() ? lanes.stream().mapToLong(Lane::ended).max().orElseThrow() - firstWalkBegan() : null;
        }

        /** The walks' times added up: what one process walking every directory would spend. Null unless {@link #timed}. */
        public Long walkSum() {
            return timed() ? lanes.stream().mapToLong(Lane::walkMillis).sum() : null;
        }
    }

    /**
     * Everything the view draws, immutable.
     *
     * @param versions in the order planned (or begun)
     * @param current  the version begun last, or null
     * @param cpus     the machine's processor cores, as the program reported them, or 0 while unknown
     */
    public record Snapshot(List<Version> versions, String current, int cpus) {
        public static final Snapshot EMPTY = new Snapshot(List.of(), null, 0);

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
        Long began;
        Long walkMillis;

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
            l.began = began;
            l.walkMillis = walkMillis;
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

    private static final Set<String> LANE_FIELDS = Set.of("dir", "worker", "files", "unreadable", "pid", "done", "began", "ms");
    private static final Set<String> NUMERIC_LANE_FIELDS = Set.of("files", "unreadable", "pid", "began", "ms");

    private final ProcessTable processes;
    private final boolean ownTable;
    private final Map<String, VersionState> versions = new LinkedHashMap<>();
    private long mainPid = -1;
    private int cpus;
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
        m.cpus = cpus;
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
        } else if (e.kind() == EventKind.REPORT && e.obj() != null && e.text() != null
                && (mainPid < 0 || e.pid() == mainPid)) {
            try {
                if (report(e.obj(), e.text())) {
                    changes++;
                }
            } catch (NumberFormatException ex) {
                // a value that is not the number the key needs: nothing to draw
            }
        }
    }

    /** Reads one report of the main process; true if it changed anything. */
    private boolean report(String key, String value) {
        if (key.startsWith("lane.")) {
            return laneReport(key, value);
        }
        switch (key) {
            case "plan" -> {
                for (String name : value.trim().split("\\s+")) {
                    if (!name.isEmpty()) {
                        versions.computeIfAbsent(name, VersionState::new);
                    }
                }
                return !value.isBlank();
            }
            case "cpus" -> {
                cpus = Integer.parseInt(value.trim());
                return true;
            }
            case "version" -> {
                if (value.isBlank()) {
                    return false;
                }
                current = versions.computeIfAbsent(value.trim(), VersionState::new);
                current.phase = Phase.RUNNING;
                return true;
            }
            default -> {
                return current != null && versionReport(key, value);
            }
        }
    }

    /** processes, files, unreadable or ms of the version begun last. */
    private boolean versionReport(String key, String value) {
        switch (key) {
            case "processes" -> current.processes = Integer.parseInt(value.trim());
            case "files" -> current.files = Long.parseLong(value.trim());
            case "unreadable" -> current.unreadable = Long.parseLong(value.trim());
            case "ms" -> {
                current.millis = Long.parseLong(value.trim());
                current.phase = Phase.FINISHED;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** lane.K.FIELD of the version begun last. */
    private boolean laneReport(String key, String value) {
        String[] parts = key.split("\\.");
        if (current == null || parts.length != 3 || !LANE_FIELDS.contains(parts[2]) || Integer.parseInt(parts[1]) < 1) {
            return false;
        }
        boolean numeric = NUMERIC_LANE_FIELDS.contains(parts[2]);
        long n = numeric ? Long.parseLong(value.trim()) : 0; // before the lane exists: a bad number adds no lane
        LaneState l = current.lane(Integer.parseInt(parts[1]));
        switch (parts[2]) {
            case "dir" -> l.dir = value;
            case "worker" -> l.worker = value.trim();
            case "files" -> l.files = Math.max(l.files, n);
            case "unreadable" -> l.unreadable = n;
            case "pid" -> l.pid = n;
            case "began" -> l.began = n;
            case "ms" -> l.walkMillis = n;
            default -> l.done = !"false".equals(value.trim());
        }
        return true;
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
                            l.unreadable, l.done, l.began, l.walkMillis));
                }
                out.add(new Version(v.name, v.processes, v.phase, lanes, v.files, v.unreadable, v.millis));
            }
            snapshot = new Snapshot(out, current == null ? null : current.name, cpus);
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
