package org.proclab.mp;

import org.proclab.wire.Op;
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

    /** The process this code runs in ({@code multiprocessing.current_process()}). */
    public static CurrentProcess currentProcess() {
        WorkerRuntime r = WorkerRuntime.get();
        return new CurrentProcess(r.name(), r.pid());
    }

    /** Name and pid of the running process. The main program's name is {@code MainProcess}, as in Python. */
    public record CurrentProcess(String name, long pid) {}
}
