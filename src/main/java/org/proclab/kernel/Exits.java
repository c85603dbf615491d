package org.proclab.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * How processes end, as on Unix: a finished child is a zombie until its parent collects it; a child whose
 * parent ends first is an orphan, adopted by another process; a zombie whose parent ended is collected by
 * the system. The end is decided from the worker's last words and the operating system's status
 * ({@link ExitStatus}); what the JVM itself printed is read from its raw log before, outside the lock.
 */
final class Exits {
    private final Kernel kernel;

    Exits(Kernel kernel) {
        this.kernel = kernel;
    }

    /** A parent reported the OS status of its child (CHILD_OS_EXIT). */
    void osExitReported(OpRequest r) {
        Path raw;
        synchronized (kernel) {
            ProcessRecord child = kernel.find(r.obj());
            if (child == null || child.ppid != r.pid()) {
                kernel.refuse(r, Long.toString(r.obj()), "only a process's parent reports how it ended");
                return;
            }
            raw = child.rawLog;
            kernel.reply(r, org.proclab.wire.Wire.OK, 0, null); // a record: only a worker that asks gets this
        }
        osExit(r.obj(), (int) r.a(), raw);
    }

    /** The operating system's exit status of a process (its parent, or the app for main, saw it end). */
    void osExit(long pid, int status) {
        Path raw;
        synchronized (kernel) {
            ProcessRecord p = kernel.find(pid);
            raw = p == null ? null : p.rawLog;
        }
        osExit(pid, status, raw);
    }

    private void osExit(long pid, int status, Path raw) {
        List<String> jvm = RawLogs.readAndDelete(raw); // the process is gone: what its JVM printed is complete
        synchronized (kernel) {
            ProcessRecord p = kernel.record(pid);
            jvmLines(p, jvm);
            p.osStatus = status;
            tryFinish(p);
        }
    }

    /** The worker's last words: its exit code and, so that short lives show one too, its CPU time. */
    void onExitFrame(WorkerConnection conn, int code, long cpuMillis) {
        synchronized (kernel) {
            ProcessRecord p = kernel.find(conn.pid());
            if (p != null) {
                p.reportedCode = code;
                kernel.cpu.record(p, cpuMillis, true);
            }
        }
    }

    void onShutdownFrame(WorkerConnection conn) {
        synchronized (kernel) {
            ProcessRecord p = kernel.find(conn.pid());
            if (p != null) {
                p.viaSystemExit = true;
            }
        }
    }

    /** A worker's connection closed: it has ended, or is ending now. */
    void disconnected(WorkerConnection conn) {
        ProcessRecord p;
        Path raw;
        synchronized (kernel) {
            p = kernel.find(conn.pid());
            if (p == null || p.conn != conn) {
                return;
            }
            raw = p.rawLog;
        }
        // the worker closes its connection as it halts, after anything its JVM printed itself
        List<String> jvm = RawLogs.readAndDelete(raw);
        synchronized (kernel) {
            jvmLines(p, jvm);
            p.connClosed = true;
            tryFinish(p);
            if (p.alive()) {
                // the exit status may come from its parent; if nobody can tell, say so rather than wait for ever
                kernel.schedule(() -> giveUp(p), 1500, TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * After a stop: a process whose JVM is gone but whose end nobody will report (killed before it could
     * connect, its parent killed with it) ends now, its exit code unknown. Checked a few times, since the
     * operating system may take a moment to reap what was just killed.
     */
    void settleVanished(int checksLeft) {
        kernel.schedule(() -> {
            List<ProcessRecord> candidates = new ArrayList<>();
            synchronized (kernel) {
                for (ProcessRecord p : kernel.records()) {
                    if (p.alive() && !(p.everConnected && !p.connClosed)) {
                        candidates.add(p); // its connection will not tell
                    }
                }
            }
            boolean waiting = false;
            boolean stopping = kernel.isStopping();
            for (ProcessRecord p : candidates) {
                java.util.Optional<ProcessHandle> h = p.os != null ? p.os.handle() : ProcessHandle.of(p.pid);
                if (h.map(ProcessHandle::isAlive).orElse(false)) {
                    if (stopping && p.os != null) {
                        h.get().destroyForcibly(); // started after the stop looked: it must not run on
                    }
                    waiting = true;
                } else {
                    giveUp(p);
                }
            }
            if (waiting && checksLeft > 1 && !kernel.closing()) {
                settleVanished(checksLeft - 1);
            }
        }, 300, TimeUnit.MILLISECONDS);
    }

    private void giveUp(ProcessRecord p) {
        Path raw;
        synchronized (kernel) {
            if (!p.alive()) {
                return;
            }
            raw = p.rawLog;
        }
        List<String> jvm = RawLogs.readAndDelete(raw);
        synchronized (kernel) {
            if (p.alive()) {
                jvmLines(p, jvm);
                finish(p, null, "ended; its exit code is unknown (its parent did not collect it)");
            }
        }
    }

    private void jvmLines(ProcessRecord p, List<String> lines) {
        for (String line : lines) {
            kernel.event(p.pid, EventKind.OUTPUT, "jvm", line, Event.NO_NUM);
        }
    }

    /** Ends the process if both halves are known: its connection closed (if it had one) and its status. */
    private void tryFinish(ProcessRecord p) {
        if (!p.alive() || (p.everConnected && !p.connClosed)) {
            return;
        }
        ExitStatus s = ExitStatus.of(p.reportedCode, p.osStatus, p.viaSystemExit);
        if (s != null) {
            finish(p, s.code(), s.how());
        }
    }

    private void finish(ProcessRecord p, Integer code, String how) {
        p.stdout.close();
        p.stderr.close();
        p.exitCode = code;
        boolean wasBooting = p.state == ProcessState.STARTING;
        p.state = ProcessState.ZOMBIE;
        kernel.event(p.pid, EventKind.EXIT, null, how, code == null ? Event.NO_NUM : code);
        if (wasBooting) {
            kernel.bootGate.changed(); // it never connected: a start held for it goes on
        }
        kernel.ipc.onExit(p);
        kernel.scheduler.forget(p.pid);
        for (Waiter w : new ArrayList<>(p.waiters)) {
            kernel.unblock(w);
            kernel.reply(w.req, Wire.ERROR, 0, p.name + " has ended");
        }
        for (ProcessRecord q : kernel.records()) {
            for (Waiter w : new ArrayList<>(q.waiters)) {
                if (w.req.op() == Op.JOIN && w.req.obj() == p.pid) {
                    kernel.unblock(w);
                    if (w.req.a() == Wire.JOIN_PARENT) {
                        kernel.reply(w.req, Wire.OK, 0, null); // a child that waited for its parent to end
                    } else {
                        collect(w.req, p);
                    }
                }
            }
        }
        if ("main".equals(p.role)) {
            p.state = ProcessState.JOINED;
            kernel.event(kernel.appPid(), EventKind.JOIN, Long.toString(p.pid), null, code == null ? Event.NO_NUM : code);
        }
        ProcessRecord parent = kernel.find(p.ppid);
        if (parent != null && !parent.alive() && p.state == ProcessState.ZOMBIE) {
            reapBySystem(p);
        }
        for (ProcessRecord child : kernel.records()) {
            if (child.ppid == p.pid && child != p && !child.launched) {
                abandon(child);
            } else if (child.ppid == p.pid && child != p) {
                if (child.alive()) {
                    child.orphan = true;
                    // the OS gives the child its new parent only once the old one is fully gone
                    ProcessHandle.of(p.pid).map(ProcessHandle::onExit)
                            .orElse(CompletableFuture.completedFuture(null))
                            .thenRunAsync(() -> announceOrphan(child));
                } else if (child.state == ProcessState.ZOMBIE) {
                    reapBySystem(child);
                }
            }
        }
        kernel.notifyAll();
        kernel.hang.check();
    }

    /**
     * A child whose JVM connected but whose parent ended before announcing it (it was terminated inside
     * {@code start()}): nobody will give it a task, so its connection is closed and it goes, unseen.
     */
    private void abandon(ProcessRecord child) {
        child.state = ProcessState.JOINED;
        if (child.conn != null) {
            WorkerConnection c = child.conn;
            kernel.schedule(c::close, 0, TimeUnit.MILLISECONDS);
        }
    }

    /** A parent collects its child's exit code (join, or is_alive/exitcode as Python's poll). */
    void collect(OpRequest r, ProcessRecord child) {
        if (child.state == ProcessState.ZOMBIE) {
            child.state = ProcessState.JOINED;
            kernel.event(r, EventKind.JOIN, Long.toString(child.pid), null, child.exitCode == null ? Event.NO_NUM : child.exitCode);
        }
        kernel.reply(r, Wire.OK, child.exitCode == null ? 0 : child.exitCode, null);
    }

    /** A zombie whose parent ended is collected by the operating system (init), as on Unix. */
    private void reapBySystem(ProcessRecord p) {
        p.state = ProcessState.JOINED;
        kernel.event(1, EventKind.JOIN, Long.toString(p.pid), null, p.exitCode == null ? Event.NO_NUM : p.exitCode);
    }

    private void announceOrphan(ProcessRecord child) {
        long ppid = ProcessHandle.of(child.pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(1L);
        synchronized (kernel) {
            // a process that ended meanwhile is not re-parented (it is reaped); and an orphan is announced once
            if (child.alive() && !child.orphanAnnounced) {
                child.orphanAnnounced = true;
                kernel.event(child.pid, EventKind.ORPHAN, null, null, ppid);
            }
        }
    }

    /**
     * An orphan's own operation, before the old parent's exit is seen (the JDK polls a process that is not ours, so
     * that can take a while): if the OS has already given it its new parent, it is announced now. Reads the process
     * table: called outside the lock.
     */
    void orphanSeen(ProcessRecord child) {
        long was;
        synchronized (kernel) {
            was = child.ppid;
        }
        long ppid = ProcessHandle.of(child.pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(was);
        if (ppid != was) {
            announceOrphan(child);
        }
    }
}
