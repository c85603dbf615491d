package org.proclab.kernel;

import java.util.concurrent.TimeUnit;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * How processes come to be and meet their parents: the main process the app launched, a child its parent
 * announces (the operating system must confirm it is that parent's child), the connection each makes,
 * and the parent's join and signals. Its operations run with the kernel's lock held.
 */
final class Births {
    private final Kernel kernel;

    Births(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Registers the lesson's main process, launched by the app itself. */
    void registerMain(long pid, ProcessIdentity os) {
        synchronized (kernel) {
            ProcessRecord p = kernel.record(pid);
            p.ppid = kernel.appPid();
            p.name = "MainProcess";
            p.role = "main";
            p.launched = true;
            p.os = os;
            p.rawLog = kernel.rawLogs().ofMain();
            kernel.event(pid, EventKind.START, "main", p.name, kernel.appPid());
        }
    }

    boolean onHello(WorkerConnection conn, long pid, String role, long osParent) {
        synchronized (kernel) {
            if (kernel.closing()) {
                return false;
            }
            ProcessRecord p = kernel.find(pid);
            if (kernel.isStopping()) {
                // born while the run was being stopped, after the stop looked for processes: it must not run
                if (p != null && p.os != null) {
                    p.os.handle().ifPresent(ProcessHandle::destroyForcibly);
                }
                return false;
            }
            if ("main".equals(role) && (p == null || !"main".equals(p.role) || osParent != kernel.appPid())) {
                kernel.refused("a main process with pid " + pid + " that this session did not launch");
                return false;
            }
            ProcessRecord parent = kernel.find(osParent);
            if (p == null && (parent == null || !parent.alive())) {
                kernel.refused("pid " + pid + " is not the child of a running process of this session");
                return false;
            }
            if (p == null) {
                p = kernel.record(pid); // the child won the race against its parent's CHILD_STARTED
                p.ppid = osParent;
            }
            if (p.conn != null || p.connClosed || !p.alive()) {
                kernel.refused("a second connection claiming pid " + pid);
                return false;
            }
            p.conn = conn;
            p.everConnected = true;
            kernel.connections().add(conn);
            if (p.launched) {
                welcome(p);
            }
            return true;
        }
    }

    private void welcome(ProcessRecord p) {
        p.state = ProcessState.RUNNING;
        kernel.event(p.pid, EventKind.READY, null, null, (System.nanoTime() - p.launchNanos) / 1_000_000);
        p.conn.helloAck(p.name, p.identity, kernel.startMethod(), kernel.isSynchronous(), p.task);
        p.task = null;
        kernel.bootGate.changed();
    }

    void childStarted(OpRequest r, ProcessRecord parent) {
        String[] details = r.text() == null ? new String[0] : r.text().split("\n", 3);
        ProcessRecord known = kernel.find(r.obj());
        if (r.foreignChild()) {
            kernel.refuse(r, Long.toString(r.obj()), "pid " + r.obj() + " is not its child");
            return;
        }
        if (r.obj() <= 0 || details.length < 2 || (known != null && (known.launched || !known.alive()))) {
            kernel.refuse(r, null, "a child started with pid " + r.obj() + " and details " + details.length);
            return;
        }
        ProcessRecord child = kernel.record(r.obj());
        child.ppid = r.pid();
        child.name = details[0].length() > 100 ? details[0].substring(0, 100) : details[0];
        child.identity = details[1];
        child.rawLog = kernel.rawLogs().ofChild(r.pid(), details[1]);
        child.task = r.payload();
        child.launched = true;
        child.role = "child";
        // the operating system vouched, outside the lock, that it is the caller's child: it may be signalled
        child.os = r.child() != null && parent.os != null ? r.child() : null;
        kernel.log().append(child.pid, EventKind.START, "child", child.name, r.pid(), r.file(), r.line());
        if (kernel.isStopping() && child.os != null) {
            ProcessIdentity os = child.os; // announced while the run is being stopped: it must not run
            kernel.schedule(() -> os.handle().ifPresent(ProcessHandle::destroyForcibly), 0, TimeUnit.MILLISECONDS);
        }
        kernel.ipc.inherit(parent, child, r.longs());
        if (child.conn != null && child.state == ProcessState.STARTING) {
            welcome(child);
        }
        kernel.bootGate.answer(r); // now, or once fewer JVMs boot
    }

    void signalled(OpRequest r, EventKind kind) {
        ProcessRecord child = kernel.find(r.obj());
        if (child == null || child.ppid != r.pid()) {
            kernel.refuse(r, Long.toString(r.obj()), "a process may only signal its own children");
            return;
        }
        kernel.event(r, kind, Long.toString(r.obj()), child.name, Event.NO_NUM);
    }

    void join(OpRequest r, ProcessRecord self) {
        if (r.a() == Wire.JOIN_PARENT) {
            joinParent(r, self);
            return;
        }
        ProcessRecord child = kernel.find(r.obj());
        if (child == null || child.ppid != r.pid()) {
            kernel.reply(r, Wire.ERROR, 0, "can only join a child process");
            return;
        }
        if (child.state == ProcessState.ZOMBIE || child.state == ProcessState.JOINED) {
            kernel.exits.collect(r, child);
            return;
        }
        if (r.b() == 0) {
            kernel.reply(r, Wire.TIMEOUT, 0, null);
            return;
        }
        kernel.block(r, self, Long.toString(child.pid), "join()", "join() on " + child.label(), r.b(), w -> { });
    }

    /**
     * A child waits until its parent has ended ({@code parent_process().join()}): blocked like any join, so
     * the views and the hang detector see it, but nothing is collected: only the parent's own parent does that.
     */
    private void joinParent(OpRequest r, ProcessRecord self) {
        ProcessRecord parent = kernel.find(r.obj());
        if (parent == null || self.ppid != parent.pid) {
            kernel.reply(r, Wire.ERROR, 0, "can only join a child process or this process's parent");
            return;
        }
        if (!parent.alive()) {
            kernel.reply(r, Wire.OK, 0, null);
            return;
        }
        if (r.b() == 0) {
            kernel.reply(r, Wire.TIMEOUT, 0, null);
            return;
        }
        kernel.block(r, self, Long.toString(parent.pid), "join()", "join() on its parent " + parent.label(), r.b(), w -> { });
    }
}
