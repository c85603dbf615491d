package org.proclab.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.EventLog;
import org.proclab.wire.Op;
import org.proclab.wire.Reports;
import org.proclab.wire.Wire;

/**
 * The "operating system" of a lesson: the process registry, the IPC objects, and the rules that decide
 * when a blocked call returns. All state changes happen under this object's lock and are appended to the
 * event log in the same critical section, so the log's order is the order things happened. Nothing under
 * the lock writes to a socket or a file: answers go to each connection's {@link Outbox}.
 */
final class Kernel {
    /** Operations that are fire-and-forget at full speed; in step mode their callers wait for this OK. */
    private static final Set<Op> ANSWERED_WITH_OK = EnumSet.of(Op.PIPE_NEW, Op.QUEUE_NEW, Op.LOCK_NEW, Op.VALUE_NEW,
            Op.CLOSE, Op.TERMINATE, Op.KILL, Op.SLEEP, Op.POOL_NEW, Op.POOL_STATE);

    /**
     * The waits an interrupt may end. Not: a condition's wait (it must take its lock back first), a send already
     * in the pipe, and ProcLab's own waits inside pools and managers, which other state refers to.
     */
    private static final Set<Op> CANCELLABLE = EnumSet.of(Op.RECV, Op.POLL, Op.SEND, Op.GET, Op.PUT, Op.ACQUIRE,
            Op.JOIN, Op.EVENT_WAIT, Op.BARRIER_WAIT, Op.QUEUE_JOIN, Op.CONN_WAIT, Op.POOL_WAIT);

    private final EventLog log;
    private final String startMethod;
    private final Map<Long, ProcessRecord> processes = new LinkedHashMap<>();
    private final List<WorkerConnection> connections = new ArrayList<>();
    private final ScheduledExecutorService timer;
    private final long appPid = ProcessHandle.current().pid();
    private final RawLogs rawLogs;
    private volatile boolean synchronous;
    private volatile boolean closing;
    private volatile boolean stopping;
    /**
     * Calls that were blocked when a stop began and were then let go (a child killed first ended a join):
     * they get no answer and leave no event, so no process goes on while the stop ends them one by one.
     */
    private final Set<OpRequest> frozen = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    /** The connection reader running an operation now; it writes the answers itself once out of the lock. */
    private Thread inlineThread;
    private final List<Outbox> inlineOutboxes = new ArrayList<>(); // guarded by this
    final Ipc ipc;
    final Scheduler scheduler;
    final HangWatch hang;
    final Exits exits;
    final Births births;
    final Evictions evictions;
    final BootGate bootGate = new BootGate(this);
    final CpuSampler cpu = new CpuSampler(this);
    private final Path linkDir;
    /** For {@link #awaitTook}: messages come into lent ends (written under this lock), and who waits for one. */
    private final Object tookArrivals = new Object();
    private volatile long lentSends;
    private int tookWaiters;

    Kernel(EventLog log, String startMethod, Path sessionDir) {
        this.linkDir = sessionDir;
        this.log = log;
        this.startMethod = startMethod;
        this.rawLogs = new RawLogs(sessionDir);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "proclab-kernel-timer");
            t.setDaemon(true);
            return t;
        });
        this.ipc = new Ipc(this);
        this.scheduler = new Scheduler(this);
        this.hang = new HangWatch(this);
        this.exits = new Exits(this);
        this.births = new Births(this);
        this.evictions = new Evictions(this);
        timer.scheduleWithFixedDelay(cpu, 500, 500, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(evictions::endStalledPeers, 1, 1, TimeUnit.SECONDS);
    }

    EventLog log() {
        return log;
    }

    /** Where the two holders of a lent pipe meet ({@link PipeLoans}): the session's private directory. */
    Path linkDir() {
        return linkDir;
    }

    String startMethod() {
        return startMethod;
    }

    boolean isSynchronous() {
        return synchronous;
    }

    long appPid() {
        return appPid;
    }

    RawLogs rawLogs() {
        return rawLogs;
    }

    /** Runs a task on the kernel's timer; null once the kernel has shut down. */
    ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        try {
            return timer.schedule(task, delay, unit);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /** Runs a task at a fixed rate on the kernel's timer (slow motion); null once the kernel has shut down. */
    ScheduledFuture<?> scheduleAtRate(Runnable task, long periodMicros) {
        try {
            return timer.scheduleAtFixedRate(task, periodMicros, periodMicros, TimeUnit.MICROSECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    Event event(long pid, EventKind kind, String obj, String text, long num) {
        return log.append(pid, kind, obj, text, num);
    }

    Event event(OpRequest r, EventKind kind, String obj, String text, long num) {
        if (stopping && frozen.contains(r)) {
            return null; // it never happened: the process stays blocked until the stop ends it
        }
        return log.append(r.pid(), kind, obj, text, num, r.file(), r.line());
    }

    void note(long pid, String message) {
        event(pid, EventKind.NOTE, null, message, Event.NO_NUM);
    }

    /** A connection refused at the door (wrong token, garbage, too many). */
    void refused(String why) {
        event(0, EventKind.REFUSED, null, why, Event.NO_NUM);
    }

    /**
     * Refuses an operation the calling process may not do (no handle of the object, an id not its own...):
     * a REFUSED event, and an error in that process, as the answer it waits for or in its console.
     */
    void refuse(OpRequest r, String obj, String why) {
        String op = r.op().name().toLowerCase(java.util.Locale.ROOT);
        event(r, EventKind.REFUSED, obj, op + " refused: " + why, Event.NO_NUM);
        if (r.wantsReply()) {
            reply(r, Wire.REFUSED, 0, "ProcLab refused " + op + ": " + why);
        } else {
            event(r.pid(), EventKind.OUTPUT, "jvm", "ProcLab refused " + op + ": " + why, Event.NO_NUM);
        }
    }

    /** Waits, outside any lock, while the event log's writer is far behind: a flood of output slows its source. */
    void awaitRoomForEvents() {
        try {
            log.awaitRoom();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- process lifecycle -------------------------------------------------------------------

    /** A worker broke the protocol: it is ended, with the reason in its console and the log. */
    void protocolError(OpRequest r, String why) {
        evictions.endWorker(r.from(), "protocol error: " + why);
    }

    void onOp(OpRequest r) {
        if (r.op() == Op.CHILD_OS_EXIT) {
            exits.osExitReported(r); // reads the child's raw log first, outside the lock
            return;
        }
        ProcessRecord self;
        boolean orphanUnannounced;
        synchronized (this) {
            self = processes.get(r.pidKey());
            orphanUnannounced = self != null && self.orphan && !self.orphanAnnounced;
        }
        if (orphanUnannounced) {
            exits.orphanSeen(self); // its own operation may show the OS re-parented it: say so before the operation
        }
        if (PipeLoans.holds(r.op())) {
            awaitTook(r);
        }
        List<Outbox> answered = new ArrayList<>(1);
        synchronized (this) {
            inlineThread = Thread.currentThread();
            try {
                if (scheduler.admit(r)) {
                    execute(r);
                }
            } finally {
                takeInlineAnswers(answered);
            }
        }
        flushAll(answered);
    }

    /**
     * Runs operations one connection sent together (read from one buffer), in their order, as {@link #onOp} would
     * one by one, but those that need nothing done out of the lock first run under one hold of it, and their
     * answers are written once after: a worker that sends fast (a lent pipe's writer, a lendee's records) costs the
     * lock and the socket once per batch, not per operation. Another connection's operations then wait for the
     * batch (at most {@link WorkerConnection#MAX_BATCH}), as they would for one long operation.
     */
    void onOps(List<OpRequest> rs) {
        if (rs.size() == 1) {
            onOp(rs.get(0));
            return;
        }
        List<Outbox> answered = new ArrayList<>(2);
        int i = 0;
        while (i < rs.size()) {
            int start = i;
            synchronized (this) {
                inlineThread = Thread.currentThread();
                try {
                    while (i < rs.size() && runsWithinTheLock(rs.get(i))) {
                        OpRequest r = rs.get(i++);
                        if (scheduler.admit(r)) {
                            execute(r);
                        }
                    }
                } finally {
                    takeInlineAnswers(answered);
                }
            }
            if (i == start) {
                flushAll(answered); // what went before is answered before this one may wait out of the lock
                onOp(rs.get(i++));
            }
        }
        flushAll(answered);
    }

    /** Ends this thread's writing of its own answers: the outboxes it queued them to join {@code answered}. Lock held. */
    private void takeInlineAnswers(List<Outbox> answered) {
        inlineThread = null;
        for (Outbox o : inlineOutboxes) {
            if (!answered.contains(o)) {
                answered.add(o);
            }
        }
        inlineOutboxes.clear();
    }

    /** Writes the answers queued: out of the lock, and never waiting (what the socket does not take, its writer sends). */
    private static void flushAll(List<Outbox> answered) {
        for (Outbox o : answered) {
            o.flushInline();
        }
        answered.clear();
    }

    /**
     * Whether {@code r} has none of {@link #onOp}'s steps out of the lock to take first: not a child's exit, no
     * orphan to announce, no lent pipe's message to wait for. Lock held.
     */
    private boolean runsWithinTheLock(OpRequest r) {
        if (r.op() == Op.CHILD_OS_EXIT) {
            return false;
        }
        ProcessRecord self = processes.get(r.pidKey());
        if (self != null && self.orphan && !self.orphanAnnounced) {
            return false;
        }
        return !PipeLoans.holds(r.op()) || ipc.pipes.loans.tookReady(r) || !ipc.pipes.loans.writerAlive(r);
    }

    /**
     * A reader of a lent pipe took a message from its copy before the kernel heard of the message from the writer:
     * its operations wait here, out of the lock, until the kernel has (the writer wrote to the kernel before the copy
     * went, so it comes), so the log keeps each process's order.
     * Not for a writer that is gone: then PIPE_TOOK runs as it is, and is refused if it took what was never sent.
     */
    private void awaitTook(OpRequest r) {
        while (true) {
            long seen;
            synchronized (this) {
                if (ipc.pipes.loans.tookReady(r) || !ipc.pipes.loans.writerAlive(r)) {
                    return;
                }
                seen = lentSends;
                tookWaiters++;
            }
            try {
                synchronized (tookArrivals) {
                    if (lentSends == seen) {
                        tookArrivals.wait(100); // bounded: a writer that ends sends nothing more, and is looked at again
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                synchronized (this) {
                    tookWaiters--;
                }
            }
        }
    }

    /**
     * A message came into a lent end: a reader's PIPE_TOOK may wait for it ({@link #awaitTook}). Not the kernel's own
     * monitor, which the app's threads wait on for exits. Lock held.
     */
    void lentSendArrived() {
        lentSends++;
        if (tookWaiters > 0) {
            synchronized (tookArrivals) {
                tookArrivals.notifyAll();
            }
        }
    }

    /**
     * Whether the thread queueing a frame to {@code o} writes it itself once out of the lock (a reader
     * running an operation); otherwise the outbox's writer thread must be woken. Lock held.
     */
    boolean flushesLater(Outbox o) {
        if (Thread.currentThread() != inlineThread) {
            return false;
        }
        if (!inlineOutboxes.contains(o)) {
            inlineOutboxes.add(o);
        }
        return true;
    }

    /** Runs one operation now (the scheduler has let it through). Lock held. */
    void execute(OpRequest r) {
        synchronized (this) {
            ProcessRecord self = processes.get(r.pidKey());
            if (self == null || !self.alive()) {
                return;
            }
            switch (r.op()) {
                case CHILD_STARTED -> births.childStarted(r, self);
                case JOIN -> births.join(r, self);
                case TERMINATE -> births.signalled(r, EventKind.TERMINATE);
                case KILL -> births.signalled(r, EventKind.KILL);
                case SLEEP -> event(r, EventKind.SLEEP, null, null, r.a());
                case REPORT -> event(r, EventKind.REPORT, Reports.key(r.text()), Reports.value(r.text()), Event.NO_NUM);
                case CANCEL -> cancel(r, self);
                default -> ipc.handle(r, self);
            }
            if (ANSWERED_WITH_OK.contains(r.op())) {
                reply(r, Wire.OK, 0, null); // only sent when the worker waits: in step and slow-motion modes
            }
        }
    }

    /**
     * Parks a call until something changes; times out on its own if {@code timeoutSeconds >= 0}.
     * {@code obj} and {@code call} go into the BLOCK event; {@code description} into a deadlock report.
     */
    Waiter block(OpRequest r, ProcessRecord self, String obj, String call, String description, double timeoutSeconds,
                 Consumer<Waiter> onTimeout) {
        Waiter w = new Waiter(r, self, obj, call, description, timeoutSeconds);
        w.leave = onTimeout;
        self.waiters.add(w);
        event(r, EventKind.BLOCK, obj, call, r.mainThread() ? 1 : 0);
        if (!w.untimed()) {
            w.timer = schedule(() -> {
                synchronized (this) {
                    if (!stopping && self.waiters.remove(w)) {
                        onTimeout.accept(w);
                        event(r, EventKind.TIMEOUT, obj, call, Event.NO_NUM);
                        reply(r, Wire.TIMEOUT, 0, null);
                        hang.check();
                    }
                }
            }, Math.round(w.timeoutSeconds * 1e6), TimeUnit.MICROSECONDS);
        }
        hang.check();
        return w;
    }

    /**
     * A thread of the process was interrupted while waiting (the CANCEL's {@code a} is its request id). A call
     * still held by the scheduler never runs; a call still blocked ends with a WAKE event that says so. Either
     * answers CANCELLED. A call already answered, or one whose end would leave something half done, is let be:
     * its answer is on its way and the thread returns it. Lock held.
     */
    void cancel(OpRequest r, ProcessRecord self) {
        int id = (int) r.a();
        if (id == 0 || stopping) {
            return;
        }
        OpRequest held = scheduler.withdraw(r.from(), id);
        if (held != null) {
            reply(held, Wire.CANCELLED, 0, null);
            return;
        }
        for (Waiter w : self.waiters) {
            if (w.req.from() == r.from() && w.req.reqId() == id) {
                if (CANCELLABLE.contains(w.req.op()) && !w.draining && w.leave != null) {
                    unblock(w);
                    w.leave.accept(w);
                    event(w.req, EventKind.WAKE, w.obj, w.call + " interrupted", Event.NO_NUM);
                    reply(w.req, Wire.CANCELLED, 0, null);
                    hang.check();
                }
                return;
            }
        }
    }

    void unblock(Waiter w) {
        w.process.waiters.remove(w);
        if (stopping) {
            frozen.add(w.req);
        }
        if (w.timer != null) {
            w.timer.cancel(false);
        }
    }

    /** Ends a wait whose own result is not an event of its process (a send that got room): a WAKE event. */
    void wake(Waiter w) {
        unblock(w);
        event(w.req, EventKind.WAKE, w.obj, w.call, Event.NO_NUM);
    }

    void reply(OpRequest r, byte status, long value, String text) {
        reply(r, status, value, text, null, 0);
    }

    void reply(OpRequest r, byte status, long value, String text, List<byte[]> payloads, long credit) {
        if (stopping && frozen.contains(r)) {
            return;
        }
        r.from().reply(r.reqId(), status, value, text, payloads, credit);
    }

    /** Asks a process whether any of its threads could still act (for the hang detector). */
    void probe(long pid, long probeId) {
        ProcessRecord p = processes.get(pid);
        if (p != null && p.conn != null && !p.connClosed) {
            p.conn.probe(probeId);
        }
    }

    /** The connections of processes that said hello; lock held. */
    List<WorkerConnection> connections() {
        return connections;
    }

    synchronized void onProbeAnswer(WorkerConnection conn, long probeId, boolean quiet, int[] waitingRequests) {
        ProcessRecord p = processes.get(conn.pid());
        if (p != null) {
            hang.answered(p, probeId, quiet, waitingRequests);
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

    void onDisconnect(WorkerConnection conn) {
        synchronized (this) {
            connections.remove(conn);
        }
        exits.disconnected(conn);
    }

    /** The operating system's exit status of the main process, reported by the app itself. */
    void mainExited(long pid, int status) {
        exits.osExit(pid, status);
    }

    /** After a stop: processes whose JVMs are gone without a word end now (see {@link Exits#settleVanished}). */
    void settleVanished() {
        if (!closing) {
            exits.settleVanished(5);
        }
    }

    /** The run is being stopped: a process that connects from now on is refused and killed. */
    synchronized void stopping() {
        stopping = true;
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    boolean closing() {
        return closing;
    }

    ProcessRecord record(long pid) {
        return processes.computeIfAbsent(pid, k -> new ProcessRecord(k, this::output));
    }

    private void output(long pid, String stream, String line) {
        event(pid, EventKind.OUTPUT, stream, line, Event.NO_NUM);
    }

    synchronized ProcessRecord find(long pid) {
        return processes.get(pid);
    }

    /** Every process record; lock held. */
    List<ProcessRecord> records() {
        return new ArrayList<>(processes.values());
    }

    /** The live records, in words, for test failure messages. */
    synchronized String describeLive() {
        return processes.values().stream().filter(ProcessRecord::alive).map(ProcessRecord::toString).toList().toString();
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

    /** The live processes the operating system vouched for: the only ones the app may signal. */
    synchronized List<ProcessIdentity> verifiedLive() {
        List<ProcessIdentity> out = new ArrayList<>();
        for (ProcessRecord p : processes.values()) {
            if (p.alive() && p.os != null) {
                out.add(p.os);
            }
        }
        return out;
    }

    /** Waits until the process has ended; false on time-out. */
    boolean awaitExit(long pid, long millis) throws InterruptedException {
        return awaitUntil(() -> processes.containsKey(pid) && !processes.get(pid).alive(), millis);
    }

    /** Waits until no process of the session runs; false on time-out. */
    boolean awaitAllEnded(long millis) throws InterruptedException {
        return awaitUntil(() -> processes.values().stream().noneMatch(ProcessRecord::alive), millis);
    }

    /** Waits, woken by every process's end, until {@code done} holds (checked with the lock); false on time-out. */
    private synchronized boolean awaitUntil(java.util.function.BooleanSupplier done, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!done.getAsBoolean()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    synchronized Integer exitCode(long pid) {
        ProcessRecord p = processes.get(pid);
        return p == null ? null : p.exitCode;
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
        if (sync) {
            // after MODE: a worker that gives back is already waiting for each turn
            ipc.queues.loans.recallAll();
            ipc.pools.loans.recallAll();
            ipc.locks.loans.recallAll();
            ipc.pipes.loans.recallAll();
            bootGate.changed(); // a start held for a booting JVM goes on: each step is decided here now
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
