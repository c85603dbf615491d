package org.proclab.mp;

import org.proclab.wire.Op;
import org.proclab.wire.Reports;
import org.proclab.worker.WorkerRuntime;

/**
 * The functions Python's {@code os}, {@code time} and {@code multiprocessing} modules offer at the top
 * level: {@code os.getpid()} is {@link #getpid()}, {@code time.sleep(2)} is {@code MP.sleep(2)}.
 */
public final class MP {
    private MP() {}

    /** This process's id, as the operating system knows it ({@code os.getpid()}). */
    public static long getpid() {
        return ProcessHandle.current().pid();
    }

    /**
     * The id of this process's parent ({@code os.getppid()}). If the parent has ended, the operating
     * system has given this orphan a new parent, often pid 1, and that is what you get.
     */
    public static long getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /** Sleeps for the given number of seconds, fractions allowed ({@code time.sleep(0.5)}). */
    public static void sleep(double seconds) {
        if (WorkerRuntime.isActive()) {
            WorkerRuntime.get().client().record(Op.SLEEP, 0, Math.round(seconds * 1000), seconds, null);
        }
        try {
            Thread.sleep(Math.round(seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The children this process started that are still running, Python's {@code active_children()}. As in
     * Python, it collects the children that have finished, so they are no longer zombies.
     */
    public static java.util.List<Process> activeChildren() {
        return Process.active();
    }

    /** How many processors this machine offers, Python's {@code cpu_count()}. */
    public static int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Tells ProcLab's views a named value, such as how many files a walk has found so far:
     * {@code MP.report("files", 3000)}. Python has no such call; it is how your program talks to the app,
     * apart from what it prints. A view that knows the key shows the value; {@code System.out.println} stays
     * yours, to word as you like: changing a printed line never changes what a view shows.
     *
     * <p>The report is recorded with this process's pid and the line that made it, and never waits. Outside
     * ProcLab (a plain {@code java} run) it does nothing.
     *
     * @param key   a short name of letters, digits, '.', '-' and '_' (at most 64), such as {@code lane.2.files}
     * @param value what to report; {@code String.valueOf(value)} is sent, cut to 1,000 characters
     * @throws IllegalArgumentException if the key is empty, too long or holds another character
     */
    public static void report(String key, Object value) {
        if (!Reports.validKey(key)) {
            throw new IllegalArgumentException("a report's key must be 1 to " + Reports.MAX_KEY
                    + " letters, digits, '.', '-' or '_', not \"" + key + "\"");
        }
        if (WorkerRuntime.isActive()) {
            WorkerRuntime.get().client().record(Op.REPORT, 0, 0, 0, Reports.encode(key, String.valueOf(value)));
        }
    }

    /** The process this code runs in ({@code multiprocessing.current_process()}). */
    public static CurrentProcess currentProcess() {
        WorkerRuntime r = WorkerRuntime.get();
        return new CurrentProcess(r.name(), r.pid());
    }

    /**
     * The process that started this one, Python's {@code multiprocessing.parent_process()}: its name, its pid,
     * whether it still runs, and a {@code join()} that waits until it ends. {@code null} in the main program,
     * as Python's {@code None}.
     */
    public static ParentProcess parentProcess() {
        synchronized (MP.class) {
            if (parent == null) {
                parent = WorkerRuntime.get().parent().map(ParentProcess::new);
            }
            return parent.orElse(null);
        }
    }

    /** The parent, looked up once (null until the first call), so that it stays the same object. */
    private static java.util.Optional<ParentProcess> parent;

    /** Name and pid of the running process. The main program's name is {@code MainProcess}, as in Python. */
    public record CurrentProcess(String name, long pid) {}
}
