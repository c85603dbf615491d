package org.proclab.mp;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.proclab.worker.ParentInfo;

/**
 * The process that started this one, as {@link MP#parentProcess()} gives it: Python's
 * {@code multiprocessing.parent_process()}. You can ask for its name and pid, whether it still runs, and
 * wait until it ends; you cannot start, stop or collect it (only its own parent can).
 *
 * <pre>{@code
 * ParentProcess parent = MP.parentProcess();     // null in the main program
 * System.out.println("started by " + parent.name() + " (pid " + parent.pid() + ")");
 * parent.join(5);                                  // wait at most 5 s for it to end
 * }</pre>
 *
 * <p>The pid is the one the parent had when it started this process, even after the parent has ended and
 * the operating system has given this process a new parent ({@link MP#getppid()} then changes, this does
 * not). Waiting here is between this process and the operating system: ProcLab's views do not draw a
 * process waiting in {@code join()} on its parent as blocked.
 */
public final class ParentProcess {
    private final ParentInfo info;
    /** The parent as the operating system knows it, if it still ran when this process first asked. */
    private final Optional<ProcessHandle> handle;

    ParentProcess(ParentInfo info) {
        this.info = info;
        this.handle = info.handle();
    }

    /** The parent's name ({@code MainProcess} for the main program), Python's {@code parent_process().name}. */
    public String name() {
        return info.name();
    }

    /** The parent's process id, Python's {@code parent_process().pid}. */
    public long pid() {
        return info.pid();
    }

    /** True while the parent runs; false once it has ended, Python's {@code is_alive()}. */
    public boolean isAlive() {
        return handle.map(ProcessHandle::isAlive).orElse(false);
    }

    /** Waits until the parent has ended, Python's {@code parent_process().join()}. */
    public void join() {
        join(-1);
    }

    /**
     * Waits until the parent has ended, but at most {@code seconds} seconds; then check {@link #isAlive()}.
     * A negative number waits for ever.
     */
    public void join(double seconds) {
        if (handle.isEmpty()) {
            return;
        }
        CompletableFuture<ProcessHandle> exit = handle.get().onExit();
        try {
            if (seconds < 0) {
                exit.get();
            } else {
                exit.get(Math.round(seconds * 1000), TimeUnit.MILLISECONDS);
            }
        } catch (TimeoutException e) {
            // still running: as in Python, join returns and isAlive() says so
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // onExit does not fail; if it did, the parent's state is what isAlive() says
        }
    }

    /** Always null, as in Python: only a process's own parent collects its exit code. */
    public Integer exitCode() {
        return null;
    }

    @Override
    public String toString() {
        return "<ParentProcess name='" + name() + "' pid=" + pid() + " " + (isAlive() ? "started" : "stopped") + ">";
    }
}
