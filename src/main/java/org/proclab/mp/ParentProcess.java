package org.proclab.mp;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.ParentInfo;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

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
 * not).
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
     * A negative number waits for ever. ProcLab draws this process blocked in {@code join()} meanwhile, and
     * notices a parent that waits for this process in turn (neither can ever go on).
     */
    public void join(double seconds) {
        if (handle.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        if (WorkerRuntime.isActive()) {
            Reply r = WorkerRuntime.get().client().call(Op.JOIN, pid(), Wire.JOIN_PARENT, seconds < 0 ? -1 : seconds,
                    name(), null, null);
            if (r.status() == Wire.TIMEOUT) {
                return;
            }
            if (r.failed()) {
                throw new IllegalStateException(r.text());
            }
        }
        // the kernel saw it end; the operating system's process goes a moment later (or now, outside ProcLab)
        CompletableFuture<ProcessHandle> exit = handle.get().onExit();
        try {
            if (seconds < 0) {
                exit.get();
            } else {
                long left = Math.round(seconds * 1000) - (System.nanoTime() - start) / 1_000_000;
                exit.get(Math.max(0, left), TimeUnit.MILLISECONDS);
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
