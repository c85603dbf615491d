package org.proclab.lessons.enumerate;

import java.util.List;
import org.proclab.mp.MP;

/**
 * What the main process tells about the job, twice: a line for you on standard output, and the same facts
 * for ProcLab's Enumeration view as {@code MP.report(key, value)} calls. The view reads only the reports,
 * so word the printed lines as you like.
 *
 * <p>The keys the view reads. A lane is one directory, numbered from 1 in the order the directories were
 * given; every key after {@code version} belongs to the version begun last.
 * <pre>
 * plan              one-process many-processes pool   the versions that will run
 * cpus              2                                 this machine's processor cores
 * version           many-processes                    a version begins
 * processes         4                                 how many processes walk in it
 * lane.2.dir        /some/dir                         directory 2
 * lane.2.worker     walker-2                          the process that walks it ("Pool": a pool task)
 * lane.2.files      3000                              files found in it so far
 * lane.2.unreadable 0                                 paths it could not read, once walked
 * lane.2.pid        4242                              who walked it
 * lane.2.done       true                              its walk has finished
 * lane.2.began      540                               its walk began this many ms after the version began
 * lane.2.ms         230                               its walk took this many ms
 * files, unreadable 9000, 0                           the version's totals
 * ms                812                               how long it took; the version has ended
 * </pre>
 */
final class Report {

    /** A lane's count is reported at most once per this many files: the bars grow, the log stays small. */
    static final int PROGRESS_EVERY = 1000;

    /** One line of the final table. */
    record Timing(String version, int processes, long files, long unreadable, long ms) {}

    private Report() {}

    static void plan(List<String> dirs, List<String> versions) {
        System.out.println("enumerating " + dirs.size() + " directories: " + dirs);
        MP.report("plan", String.join(" ", versions));
        MP.report("cpus", MP.cpuCount()); // at most this many processes can walk at the same moment
    }

    /**
     * A version begins: returns the time now, {@code System.currentTimeMillis()}. Unlike {@code nanoTime()} it is
     * the same clock in every process on this machine, so a child's times can be compared with it.
     */
    static long begin(String version, int processes) {
        System.out.println();
        System.out.println(version + ", with " + processes + (processes == 1 ? " process:" : " processes:"));
        MP.report("version", version);
        MP.report("processes", processes);
        return System.currentTimeMillis();
    }

    /** Directory number {@code lane} is given to {@code worker}. */
    static void lane(int lane, String worker, String dir) {
        MP.report("lane." + lane + ".dir", dir);
        MP.report("lane." + lane + ".worker", worker);
    }

    /**
     * Directory number {@code lane} has been walked, by the process {@code pid}; {@code begun} is when the version
     * began. When the walk began tells how long it took to start the process that walked it.
     */
    static void done(int lane, String dir, DirectoryWalker.Counts found, long pid, long begun) {
        System.out.println("  " + dir + ": " + found.files() + " files"
                + (found.unreadable() > 0 ? ", " + found.unreadable() + " unreadable" : "") + " (pid " + pid + ")"
                + ", walked in " + found.millis() + " ms");
        String lanePrefix = "lane." + lane + ".";
        MP.report(lanePrefix + "files", found.files());
        MP.report(lanePrefix + "unreadable", found.unreadable());
        MP.report(lanePrefix + "pid", pid);
        MP.report(lanePrefix + "began", found.began() - begun);
        MP.report(lanePrefix + "ms", found.millis());
        MP.report(lanePrefix + "done", true);
    }

    /** A version has ended; {@code begun} is what {@link #begin} returned. */
    static Timing finish(String version, int processes, long files, long unreadable, long begun) {
        Timing t = new Timing(version, processes, files, unreadable, System.currentTimeMillis() - begun);
        System.out.println("  " + version + ": " + files + " files in " + t.ms() + " ms");
        MP.report("files", files);
        MP.report("unreadable", unreadable);
        MP.report("ms", t.ms());
        return t;
    }

    /** The table at the end, one line per version, in the same words as Python's twin (bench/enumerate.py). */
    static void table(List<Timing> timings) {
        System.out.println();
        System.out.println("results (regular files; time includes starting the processes):");
        Timing fastest = timings.get(0);
        for (Timing t : timings) {
            System.out.println(line(t));
            fastest = t.ms() < fastest.ms() ? t : fastest;
        }
        MP.report("fastest", fastest.version());
    }

    /** One table line: "version NAME processes N files N unreadable N ms N". */
    static String line(Timing t) {
        return String.format("version %-15s processes %2d files %9d unreadable %3d ms %6d",
                t.version(), t.processes(), t.files(), t.unreadable(), t.ms());
    }

    /** Counts one lane's files as they arrive and reports the count every {@link #PROGRESS_EVERY} files. */
    static final class Progress {
        private final int lane;
        private long files;
        private long reported;

        Progress(int lane) {
            this.lane = lane;
        }

        void add(int n) {
            files += n;
            if (files - reported >= PROGRESS_EVERY) {
                reported = files;
                MP.report("lane." + lane + ".files", files);
            }
        }

        long files() {
            return files;
        }
    }
}
