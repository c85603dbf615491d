package org.proclab.mp;

import java.util.Objects;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.Children;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * A child process running a {@link Task} in its own JVM, like Python's {@code multiprocessing.Process}.
 *
 * <pre>{@code
 * Process p = new Process(() -> System.out.println("hello from " + MP.getpid()));
 * p.start();          // a new JVM starts; this call does not wait for it to finish
 * p.join();           // wait until it has finished
 * p.exitCode();       // 0: the task returned normally
 * }</pre>
 *
 * <p>Exit codes follow Python: 0 when the task returns, 1 when it throws (the stack trace appears in
 * that process's console), the number given to {@code System.exit(n)}, -15 after {@link #terminate()}
 * and -9 after {@link #kill()}. A child that has finished but has not been joined yet is a
 * <em>zombie</em>: it is gone, but its parent has not collected its exit code.
 */
public class Process {
    private final String name;
    private final String identity;
    private final Task target;
    private volatile java.lang.Process os;
    private volatile Integer exitCode;
    private volatile boolean joined;
    private volatile boolean daemon;

    /** A process that will run {@code target}; it is named Process-1, Process-2, ... in start order of creation. */
    public Process(Task target) {
        this(null, target);
    }

    /** A process with the name you choose, shown in every view and in its console. */
    public Process(String name, Task target) {
        this.target = Objects.requireNonNull(target, "target");
        this.identity = WorkerRuntime.get().nextChildIdentity();
        this.name = name != null ? name : "Process-" + identity;
    }

    /** The children this process started and has not seen finish, for {@link MP#activeChildren()}. */
    private static final java.util.List<Process> STARTED = new java.util.ArrayList<>();

    /** The children started here that still run; those that finished are collected (no longer zombies). */
    static java.util.List<Process> active() {
        java.util.List<Process> all;
        synchronized (STARTED) {
            all = new java.util.ArrayList<>(STARTED);
        }
        java.util.List<Process> alive = new java.util.ArrayList<>();
        for (Process p : all) {
            if (p.isAlive()) {
                alive.add(p);
            } else {
                synchronized (STARTED) {
                    STARTED.remove(p);
                }
            }
        }
        return alive;
    }

    /**
     * Starts the child JVM. A process can be started only once. When many children are still starting up at
     * once (more than 8 on a 2-core machine), {@code start()} waits a moment (at most 2 seconds) until one of them
     * is ready, so that a loop starting 100 processes does not leave every JVM, and the window, waiting for
     * the CPU together. It returns as soon as the child exists; it does not wait for the child's task to run.
     */
    public synchronized void start() {
        if (os != null) {
            throw new IllegalStateException("cannot start a process twice");
        }
        os = Children.start(name, identity, target);
        synchronized (STARTED) {
            STARTED.add(this);
        }
        WorkerRuntime runtime = WorkerRuntime.get();
        runtime.addChild(new WorkerRuntime.ChildHandle() {
            @Override
            public boolean daemon() {
                return daemon;
            }

            @Override
            public void terminateQuietly() {
                terminate();
            }

            @Override
            public void joinQuietly() {
                Process.this.joinQuietly();
            }
        });
    }

    /** Waits until the process has finished. */
    public void join() {
        requireStarted("join");
        collect(-1);
    }

    /** Waits at most {@code seconds} seconds; afterwards check {@link #isAlive()} to see whether it finished. */
    public void join(double seconds) {
        requireStarted("join");
        collect(Math.max(0, seconds));
    }

    /** Stops the process with SIGTERM, as Python's {@code terminate()}; its exit code becomes -15. */
    public synchronized void terminate() {
        if (os != null && os.isAlive()) {
            WorkerRuntime.get().client().record(Op.TERMINATE, os.pid(), 0, 0, name);
            os.destroy();
        }
    }

    /** Stops the process with SIGKILL, which cannot be caught; its exit code becomes -9. */
    public synchronized void kill() {
        if (os != null && os.isAlive()) {
            WorkerRuntime.get().client().record(Op.KILL, os.pid(), 0, 0, name);
            os.destroyForcibly();
        }
    }

    /** True from {@link #start()} until the process finishes. */
    public boolean isAlive() {
        if (os == null || joined) {
            return false;
        }
        if (os.isAlive()) {
            return true;
        }
        collect(-1); // like Python's poll(): a finished child is collected, so it is no longer a zombie
        return false;
    }

    /** The exit code, or {@code null} while the process runs or before it starts (Python's {@code None}). */
    public Integer exitCode() {
        if (joined) {
            return exitCode;
        }
        if (os == null || os.isAlive()) {
            return null;
        }
        return collect(-1);
    }

    /** The operating system's id of the child, or 0 before {@link #start()} (Python gives None). */
    public long pid() {
        return os == null ? 0 : os.pid();
    }

    public String name() {
        return name;
    }

    /**
     * A daemon process is terminated when its parent's program ends, instead of being waited for, as
     * Python's {@code p.daemon = True}. Set it before {@link #start()}. Pool workers are daemons.
     */
    public void setDaemon(boolean daemon) {
        if (os != null) {
            throw new IllegalStateException("set daemon before start()");
        }
        this.daemon = daemon;
    }

    public boolean daemon() {
        return daemon;
    }

    @Override
    public String toString() {
        String state = os == null ? "initial" : os.isAlive() ? "started" : "stopped exitcode=" + exitCode;
        return "<Process name='" + name + "' pid=" + pid() + " " + state + ">";
    }

    private void requireStarted(String what) {
        if (os == null) {
            throw new IllegalStateException("can only " + what + " a started process");
        }
    }

    /** Asks the kernel to wait for the child and collect its exit code; seconds < 0 waits for ever. */
    private Integer collect(double seconds) {
        if (joined) {
            return exitCode;
        }
        Reply reply = WorkerRuntime.get().client().call(Op.JOIN, os.pid(), 0, seconds, name, null, null);
        if (reply.status() == Wire.OK) {
            exitCode = (int) reply.value();
            joined = true;
        } else if (reply.failed()) {
            throw new IllegalStateException(reply.text());
        }
        return exitCode;
    }

    void joinQuietly() {
        if (os != null) {
            collect(-1);
        }
    }

}
