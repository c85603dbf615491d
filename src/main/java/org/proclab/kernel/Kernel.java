package org.proclab.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.EventLog;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * The "operating system" of a lesson: the process registry, the IPC objects, and the rules that decide
 * when a blocked call returns. All state changes happen under this object's lock and are appended to
 * the event log in the same critical section, so the log's order is the order things happened.
 */
final class Kernel {
    /** Operations that are fire-and-forget at full speed; in step mode their callers wait for this OK. */
    private static final java.util.Set<Op> ANSWERED_WITH_OK = java.util.EnumSet.of(Op.PIPE_NEW, Op.QUEUE_NEW,
            Op.LOCK_NEW, Op.VALUE_NEW, Op.CLOSE, Op.TERMINATE, Op.KILL, Op.SLEEP, Op.POOL_NEW, Op.POOL_SUBMIT,
            Op.POOL_TASK_DONE, Op.POOL_STATE);
    private final EventLog log;
    private final String startMethod;
    private final Map<Long, ProcessRecord> processes = new LinkedHashMap<>();
    private final List<WorkerConnection> connections = new ArrayList<>();
    final ScheduledExecutorService timer;
    private final long appPid = ProcessHandle.current().pid();
    private volatile boolean synchronous;
    private volatile boolean closing;
    private boolean stopping; // guarded by this
    final IpcObjects ipc;
    final Scheduler scheduler;

    Kernel(EventLog log, String startMethod) {
        this.log = log;
        this.startMethod = startMethod;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "proclab-kernel-timer");
            t.setDaemon(true);
            return t;
        });
        this.ipc = new IpcObjects(this);
        this.scheduler = new Scheduler(this);
        timer.scheduleWithFixedDelay(this::sampleCpu, 500, 500, TimeUnit.MILLISECONDS);
    }

    EventLog log() {
        return log;
    }

    String startMethod() {
        return startMethod;
    }

    boolean isSynchronous() {
        return synchronous;
    }

    Event event(long pid, EventKind kind, String obj, String text, long num) {
        return log.append(pid, kind, obj, text, num);
    }

    Event event(OpRequest r, EventKind kind, String obj, String text, long num) {
        return log.append(r.pid(), kind, obj, text, num, r.file(), r.line());
    }

    void note(long pid, String message) {
        event(pid, EventKind.NOTE, null, message, Event.NO_NUM);
    }

    void refused(String why) {
        event(0, EventKind.REFUSED, null, why, Event.NO_NUM);
    }

    // ---- process lifecycle -------------------------------------------------------------------

    /** Registers the lesson's main process, launched by the app itself. */
    synchronized void registerMain(long pid, String rawLog) {
        ProcessRecord p = record(pid);
        p.ppid = appPid;
        p.name = "MainProcess";
        p.role = "main";
        p.launched = true;
        p.rawLog = rawLog;
        event(pid, EventKind.START, "main", p.name, appPid);
    }

    synchronized boolean onHello(WorkerConnection conn, long pid, String role) {
        if (closing) {
            return false;
        }
        if (stopping) {
            // born while the run was being stopped, after the stop looked for processes: it must not run
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            return false;
        }
        ProcessRecord p = processes.get(pid);
        if ("main".equals(role) && (p == null || !"main".equals(p.role))) {
            refused("a main process with pid " + pid + " that this session did not launch");
            return false;
        }
        if (p == null) {
            p = record(pid); // the child won the race against its parent's CHILD_STARTED
        }
        if (p.conn != null || p.connClosed) {
            refused("a second connection claiming pid " + pid);
            return false;
        }
        p.conn = conn;
        p.everConnected = true;
        connections.add(conn);
        if (p.launched) {
            welcome(p);
        }
        return true;
    }

    private void welcome(ProcessRecord p) {
        p.state = ProcessState.RUNNING;
        event(p.pid, EventKind.READY, null, null, (System.nanoTime() - p.launchNanos) / 1_000_000);
        p.conn.helloAck(p.name, p.identity, startMethod, synchronous, p.task);
        p.task = null;
    }

    void onOp(OpRequest r) {
        synchronized (this) {
            if (scheduler.admit(r)) {
                execute(r);
            }
        }
    }

    /** Runs one operation now (the scheduler has let it through). Lock held. */
    void execute(OpRequest r) {
        synchronized (this) {
            ProcessRecord self = processes.get(r.pid());
            if (self == null || !self.alive()) {
                return;
            }
            if (self.orphan && !self.orphanAnnounced && !osParentIs(self.pid, self.ppid)) {
                announceOrphan(self); // its own operation shows the OS re-parented it: say so before the operation
            }
            switch (r.op()) {
                case CHILD_STARTED -> childStarted(r, self);
                case CHILD_OS_EXIT -> osExit(r.obj(), (int) r.a());
                case JOIN -> join(r, self);
                case TERMINATE -> event(r, EventKind.TERMINATE, Long.toString(r.obj()), r.text(), Event.NO_NUM);
                case KILL -> event(r, EventKind.KILL, Long.toString(r.obj()), r.text(), Event.NO_NUM);
                case SLEEP -> event(r, EventKind.SLEEP, null, null, r.a());
                default -> ipc.handle(r, self);
            }
            if (ANSWERED_WITH_OK.contains(r.op())) {
                reply(r, Wire.OK, 0, null); // only sent when the worker waits: in step and slow-motion modes
            }
        }
    }

    private void childStarted(OpRequest r, ProcessRecord parent) {
        String[] details = r.text().split("\n", 3);
        ProcessRecord child = record(r.obj());
        child.ppid = r.pid();
        child.name = details[0];
        child.identity = details.length > 1 ? details[1] : "";
        child.rawLog = details.length > 2 ? details[2] : null;
        child.task = r.payload();
        child.launched = true;
        child.role = "child";
        log.append(child.pid, EventKind.START, "child", child.name, r.pid(), r.file(), r.line());
        ipc.inherit(parent, child, r.longs());
        if (child.conn != null && child.state == ProcessState.STARTING) {
            welcome(child);
        }
        reply(r, Wire.OK, 0, null);
    }

    private void join(OpRequest r, ProcessRecord self) {
        ProcessRecord child = processes.get(r.obj());
        if (child == null || child.ppid != r.pid()) {
            reply(r, Wire.ERROR, 0, "can only join a child process");
            return;
        }
        if (child.state == ProcessState.ZOMBIE || child.state == ProcessState.JOINED) {
            collect(r, child);
            return;
        }
        if (r.b() == 0) {
            reply(r, Wire.TIMEOUT, 0, null);
            return;
        }
        block(r, self, Long.toString(child.pid), "join()", "join() on " + child.label(), w -> { });
    }

    private void collect(OpRequest r, ProcessRecord child) {
        if (child.state == ProcessState.ZOMBIE) {
            child.state = ProcessState.JOINED;
            event(r, EventKind.JOIN, Long.toString(child.pid), null, child.exitCode == null ? Event.NO_NUM : child.exitCode);
        }
        reply(r, Wire.OK, child.exitCode == null ? 0 : child.exitCode, null);
    }

    /**
     * Parks a call until something changes; times out on its own if it has a time limit.
     * {@code obj} and {@code call} go into the BLOCK event; {@code description} into a deadlock report.
     */
    Waiter block(OpRequest r, ProcessRecord self, String obj, String call, String description,
                 java.util.function.Consumer<Waiter> onTimeout) {
        Waiter w = new Waiter(r, self, r.mainThread(), description);
        self.waiters.add(w);
        event(r, EventKind.BLOCK, obj, call, r.mainThread() ? 1 : 0);
        if (!w.untimed()) {
            w.timer = timer.schedule(() -> {
                synchronized (this) {
                    if (self.waiters.remove(w)) {
                        onTimeout.accept(w);
                        event(r, EventKind.TIMEOUT, obj, call, Event.NO_NUM);
                        reply(r, Wire.TIMEOUT, 0, null);
                    }
                }
                flushDirty();
            }, Math.round(w.timeoutSeconds * 1e6), TimeUnit.MICROSECONDS);
        }
        checkHang();
        return w;
    }

    void unblock(Waiter w) {
        w.process.waiters.remove(w);
        if (w.timer != null) {
            w.timer.cancel(false);
        }
    }

    void reply(OpRequest r, byte status, long value, String text) {
        r.from().reply(r.reqId(), status, value, text, null);
    }

    void reply(OpRequest r, byte status, long value, String text, List<byte[]> payloads) {
        r.from().reply(r.reqId(), status, value, text, payloads);
    }

    /** Sends every buffered reply; called when a reader has drained its input, or after a timer fires. */
    void flushDirty() {
        List<WorkerConnection> dirty = new ArrayList<>();
        synchronized (this) {
            for (WorkerConnection c : connections) {
                if (c.takeDirty()) {
                    dirty.add(c);
                }
            }
        }
        for (WorkerConnection c : dirty) {
            c.flush();
        }
    }

    void onOutput(WorkerConnection conn, byte stream, byte[] bytes) {
        synchronized (this) {
            ProcessRecord p = processes.get(conn.pid());
            if (p != null) {
                (stream == Wire.STDERR ? p.stderr : p.stdout).write(bytes, 0, bytes.length);
            }
        }
    }

    /** The worker's last words: its exit code and, so that short lives show one too, its CPU time. */
    synchronized void onExitFrame(WorkerConnection conn, int code, long cpuMillis) {
        ProcessRecord p = processes.get(conn.pid());
        if (p != null) {
            p.reportedCode = code;
            if (cpuMillis >= 0 && cpuMillis != p.lastCpuMillis) {
                p.lastCpuMillis = cpuMillis;
                event(p.pid, EventKind.CPU, null, null, cpuMillis);
            }
        }
    }

    synchronized void onShutdownFrame(WorkerConnection conn) {
        ProcessRecord p = processes.get(conn.pid());
        if (p != null) {
            p.viaSystemExit = true;
        }
    }

    void onDisconnect(WorkerConnection conn) {
        synchronized (this) {
            connections.remove(conn);
            ProcessRecord p = processes.get(conn.pid());
            if (p != null && p.conn == conn) {
                p.connClosed = true;
                tryFinish(p);
                if (p.alive()) {
                    // exit status may come from its parent; if nobody can tell, say so rather than wait for ever
                    timer.schedule(() -> giveUpOnExitCode(p), 1500, TimeUnit.MILLISECONDS);
                }
            }
        }
        flushDirty();
    }

    /** The operating system's exit status of a process, reported by its parent (or by the app for main). */
    synchronized void osExit(long pid, int status) {
        ProcessRecord p = record(pid);
        p.osStatus = status;
        tryFinish(p);
    }

    /**
     * After a stop: a process whose JVM is gone but whose end nobody will report (killed before it could
     * connect, its parent killed with it) ends now, its exit code unknown. Checked a few times, since the
     * operating system may take a moment to reap what was just killed.
     */
    void settleVanished() {
        settleVanished(5);
    }

    /** The run is being stopped: a process that connects from now on is refused and killed. */
    synchronized void stopping() {
        stopping = true;
    }

    private void settleVanished(int checksLeft) {
        if (closing) {
            return; // the session is closing: its records go with it
        }
        try {
            scheduleSettle(checksLeft);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile: nothing left to settle
        }
    }

    private void scheduleSettle(int checksLeft) {
        timer.schedule(() -> {
            boolean waiting = false;
            synchronized (this) {
                for (ProcessRecord p : new ArrayList<>(processes.values())) {
                    if (!p.alive() || (p.everConnected && !p.connClosed)) {
                        continue; // ended, or its connection will tell when it closes
                    }
                    if (ProcessHandle.of(p.pid).map(ProcessHandle::isAlive).orElse(false)) {
                        waiting = true;
                    } else {
                        giveUpOnExitCode(p);
                    }
                }
            }
            if (waiting && checksLeft > 1) {
                settleVanished(checksLeft - 1);
            }
        }, 300, TimeUnit.MILLISECONDS);
    }

    private synchronized void giveUpOnExitCode(ProcessRecord p) {
        if (p.alive()) {
            finish(p, null, "ended; its exit code is unknown (its parent did not collect it)");
            flushDirty();
        }
    }

    private void tryFinish(ProcessRecord p) {
        if (!p.alive() || (p.everConnected && !p.connClosed)) {
            return;
        }
        if (p.reportedCode != null) {
            finish(p, p.reportedCode, p.reportedCode == Wire.EXIT_SIGTERM ? "terminated (SIGTERM)" : "returned");
        } else if (p.osStatus != null) {
            int s = p.osStatus;
            if (!p.viaSystemExit && s > 128 && s < 128 + 65) {
                finish(p, -(s - 128), "killed by signal " + (s - 128));
            } else {
                finish(p, s, p.viaSystemExit ? "System.exit(" + s + ")" : "exited");
            }
        }
    }

    private void finish(ProcessRecord p, Integer code, String how) {
        p.stdout.close();
        p.stderr.close();
        readRawLog(p);
        p.exitCode = code;
        p.state = ProcessState.ZOMBIE;
        event(p.pid, EventKind.EXIT, null, how, code == null ? Event.NO_NUM : code);
        ipc.onExit(p);
        scheduler.forget(p.pid);
        for (Waiter w : new ArrayList<>(p.waiters)) {
            unblock(w);
            reply(w.req, Wire.ERROR, 0, p.name + " has ended");
        }
        for (ProcessRecord q : processes.values()) {
            for (Waiter w : new ArrayList<>(q.waiters)) {
                if (w.req.op() == Op.JOIN && w.req.obj() == p.pid) {
                    unblock(w);
                    collect(w.req, p);
                }
            }
        }
        if ("main".equals(p.role)) {
            p.state = ProcessState.JOINED;
            event(appPid, EventKind.JOIN, Long.toString(p.pid), null, code == null ? Event.NO_NUM : code);
        }
        ProcessRecord parent = processes.get(p.ppid);
        if (parent != null && !parent.alive() && p.state == ProcessState.ZOMBIE) {
            reapBySystem(p);
        }
        for (ProcessRecord child : new ArrayList<>(processes.values())) {
            if (child.ppid == p.pid && child != p) {
                if (child.alive()) {
                    child.orphan = true;
                    // the OS gives the child its new parent only once the old one is fully gone
                    ProcessHandle.of(p.pid).map(ProcessHandle::onExit)
                            .orElse(java.util.concurrent.CompletableFuture.completedFuture(null))
                            .thenRun(() -> announceOrphan(child));
                } else if (child.state == ProcessState.ZOMBIE) {
                    reapBySystem(child);
                }
            }
        }
        notifyAll();
        checkHang();
    }

    /** A zombie whose parent ended is collected by the operating system (init), as on Unix. */
    private void reapBySystem(ProcessRecord p) {
        p.state = ProcessState.JOINED;
        event(1, EventKind.JOIN, Long.toString(p.pid), null, p.exitCode == null ? Event.NO_NUM : p.exitCode);
    }

    private synchronized void announceOrphan(ProcessRecord child) {
        if (!child.alive() || child.orphanAnnounced) {
            return; // it ended before its old parent was gone (an ended process is not re-parented), or it was said
        }
        child.orphanAnnounced = true;
        long ppid = ProcessHandle.of(child.pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(1L);
        event(child.pid, EventKind.ORPHAN, null, null, ppid);
    }

    private static boolean osParentIs(long pid, long ppid) {
        return ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L) == ppid;
    }

    private void readRawLog(ProcessRecord p) {
        if (p.rawLog == null) {
            return;
        }
        Path file = Path.of(p.rawLog);
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                byte[] bytes = Files.readAllBytes(file);
                LineFramer f = new LineFramer(line -> event(p.pid, EventKind.OUTPUT, "jvm", line, Event.NO_NUM));
                f.write(bytes, 0, bytes.length);
                f.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            note(p.pid, "could not read what the JVM of " + p.label() + " printed: " + e.getMessage());
        }
    }

    private ProcessRecord record(long pid) {
        return processes.computeIfAbsent(pid, k -> new ProcessRecord(k, this::output));
    }

    private void output(long pid, String stream, String line) {
        event(pid, EventKind.OUTPUT, stream, line, Event.NO_NUM);
    }

    synchronized ProcessRecord find(long pid) {
        return processes.get(pid);
    }

    synchronized List<Long> livePids() {
        List<Long> out = new ArrayList<>();
        for (ProcessRecord p : processes.values()) {
            if (p.alive()) {
                out.add(p.pid);
            }
        }
        return out;
    }

    /** Waits until the process has ended; false on time-out. */
    synchronized boolean awaitExit(long pid, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            ProcessRecord p = processes.get(pid);
            if (p != null && !p.alive()) {
                return true;
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(Math.min(left, 200));
        }
    }

    synchronized Integer exitCode(long pid) {
        ProcessRecord p = processes.get(pid);
        return p == null ? null : p.exitCode;
    }

    // ---- hang diagnosis ---------------------------------------------------------------------------

    private boolean hangCheckScheduled;
    private Set<Long> suspected = Set.of();
    private long suspectedAtVersion = -1;
    private boolean deadlockReported;

    /** Schedules a look at the wait-for graph; cheap to call after every block and every exit. */
    void checkHang() {
        if (!hangCheckScheduled && !deadlockReported && !closing) {
            hangCheckScheduled = true;
            timer.schedule(this::runHangCheck, 150, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Finds the processes that can never go on: each waits (on its main thread, with no time limit) for
     * something only other such processes could give. Reported only if nothing changed for a moment,
     * so a message already on its way can still arrive.
     */
    private synchronized void runHangCheck() {
        hangCheckScheduled = false;
        Map<Long, Waiter> blocked = new LinkedHashMap<>();
        for (ProcessRecord p : processes.values()) {
            Waiter w = p.alive() && !scheduler.holds(p.pid) ? p.mainThreadBlocked() : null;
            if (w != null) {
                blocked.put(p.pid, w);
            }
        }
        Set<Long> stuck = new java.util.LinkedHashSet<>(blocked.keySet());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Long pid : new ArrayList<>(stuck)) {
                for (long helper : ipc.helpers(blocked.get(pid))) {
                    ProcessRecord h = processes.get(helper);
                    if (h != null && h.alive() && !stuck.contains(helper)) {
                        stuck.remove(pid);
                        changed = true;
                        break;
                    }
                }
            }
        }
        if (stuck.isEmpty()) {
            suspected = Set.of();
            return;
        }
        long version = ipc.version + log.size();
        if (stuck.equals(suspected) && version == suspectedAtVersion) {
            reportDeadlock(stuck, blocked);
            return;
        }
        suspected = stuck;
        suspectedAtVersion = version;
        hangCheckScheduled = true;
        timer.schedule(this::runHangCheck, 300, TimeUnit.MILLISECONDS);
    }

    private void reportDeadlock(Set<Long> stuck, Map<Long, Waiter> blocked) {
        deadlockReported = true;
        List<String> parts = new ArrayList<>();
        // the root cause first: a join only waits for a process that waits on something else
        List<Long> order = new ArrayList<>(stuck);
        order.sort(java.util.Comparator.comparing(pid -> blocked.get(pid).req.op() == Op.JOIN));
        for (long pid : order) {
            parts.add(ipc.explain(blocked.get(pid), processes::get));
        }
        event(0, EventKind.DEADLOCK, String.join(",", stuck.stream().map(String::valueOf).toList()),
                "no process can go on. " + String.join(". ", parts) + ".", Event.NO_NUM);
    }

    /** Switches every worker between fire-and-forget and one-operation-at-a-time. */
    synchronized void setSynchronous(boolean sync) {
        if (synchronous == sync) {
            return;
        }
        synchronous = sync;
        for (WorkerConnection c : connections) {
            c.mode(sync);
        }
    }

    private void sampleCpu() {
        List<ProcessRecord> live;
        synchronized (this) {
            live = new ArrayList<>();
            for (ProcessRecord p : processes.values()) {
                if (p.state == ProcessState.RUNNING) {
                    live.add(p);
                }
            }
        }
        for (ProcessRecord p : live) {
            long ms = ProcessHandle.of(p.pid).flatMap(h -> h.info().totalCpuDuration()).map(d -> d.toMillis()).orElse(-1L);
            synchronized (this) {
                if (ms >= 0 && p.state == ProcessState.RUNNING && ms - p.lastCpuMillis >= 10) {
                    p.lastCpuMillis = ms;
                    event(p.pid, EventKind.CPU, null, null, ms);
                }
            }
        }
    }

    /** Closes every connection; workers end when theirs closes. */
    void shutdown() {
        List<WorkerConnection> all;
        synchronized (this) {
            closing = true;
            all = new ArrayList<>(connections);
        }
        for (WorkerConnection c : all) {
            c.close();
        }
        timer.shutdownNow();
    }
}
