package org.proclab.ui.run;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.proclab.kernel.RunResult;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.EventSource;
import org.proclab.ui.enumerate.EnumerationViewModel;
import org.proclab.ui.ipc.IpcViewModel;
import org.proclab.ui.model.ConsoleLine;
import org.proclab.ui.model.DeadlockReport;
import org.proclab.ui.model.Fold;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.model.ProcessTable;
import org.proclab.ui.model.ProcessTreeModel;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.ui.pool.PoolSnapshot;
import org.proclab.ui.source.CodeMarkersModel;

/**
 * One run as the views see it, and the host of every fold of it: the process table (folded first, read by
 * the others), the tree and its deadlock report, the consoles, the pools, the pipes, queues, locks and
 * values, lesson 6's enumeration, the code markers and the narration. They all fold the same batches, and
 * {@link #reset()} puts every one of them back to before the first event: a new run, lesson or trace is one
 * call. The run's state (running, finished, ...) comes from the controller. Call it on the FX thread.
 *
 * <p>The views show the fold of events 0..{@link #shownProperty() shown}: while {@linkplain
 * #followingProperty() following} that is the whole log so far; the timeline may move it back
 * ({@link #showAt}), then later batches are only recorded until it returns to the end. Every
 * {@link #checkpointInterval()} events the host saves the state of every fold, so going back restores the
 * checkpoint before the target and folds at most one interval on. The host reads the log only through
 * {@link EventSource} (a count and a range), so the log may live on disk with a window in memory.
 */
public final class RunViewModel {
    /** Events between two checkpoints, at first (see {@link Checkpoints}). */
    public static final int CHECKPOINT_INTERVAL = 1024;
    /** Events folded between two looks at the clock, when folding against a deadline. */
    static final int SLICE = 256;
    private static final long NO_DEADLINE = Long.MIN_VALUE;

    private final ProcessTable table = new ProcessTable();
    private final ProcessesFold processes = new ProcessesFold();
    private final ConsolesFold consoles = new ConsolesFold(table);
    private final PoolsFold pools = new PoolsFold(table);
    private final IpcViewModel ipc = new IpcViewModel(table);
    private final EnumerationViewModel enumeration = new EnumerationViewModel(table);
    private final CodeMarkersModel markers = new CodeMarkersModel(table);
    private final NarrationModel narration = new NarrationModel();
    /** How many parts {@link #publishPart} publishes in. */
    public static final int PUBLISH_PARTS = 3;
    /**
     * A live publication of at least this many new events (a flood) is spread over {@link #PUBLISH_PARTS} pulses
     * ({@link #publishNextPart}); fewer (a step, a few lines) are shown whole at once.
     */
    static final int PARTS_FROM_EVENTS = 1_000;
    /** Where each part of {@link #publishPart} ends in {@link #folds}: table and processes, consoles and pools, the rest. */
    private static final int[] PART_ENDS = {2, 4, 8};
    /** In folding order: the table first, every other fold reads it. */
    private final List<Fold<?>> folds = List.of(table, processes, consoles, pools, ipc, enumeration, markers, narration);
    private final Checkpoints checkpoints;

    private EventSource log = new MemoryRunLog();
    private MemoryRunLog appending; // the log batches are appended to, null while following a live log or a trace
    private boolean live; // `log` is a live run's own log, which grows on other threads
    private int known; // a live log's events the FX thread has heard of: the views never go past them
    private int folded; // how many events of the log the views show
    private boolean unpublished; // folded quietly past what the views were last told (see grewTo)
    private int nextPart; // the next part of a live publication in parts (publishNextPart); 0: none under way
    private int publishedAt; // events folded when every view last published
    private long foldedTotal; // events folded since the last reset, for tests and measurements
    // where the log's CPU-time reports are, among its first `cpuScanned` events (ascending): noted as they are
    // first folded, so the event list, which leaves them out, need not read the log again to find them
    private int[] cpuReports = new int[16];
    private int cpuReportCount;
    private int cpuScanned;
    private final List<Event> events = new LogList();

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyObjectWrapper<Integer> exitCode = new ReadOnlyObjectWrapper<>(this, "exitCode");
    private final ReadOnlyStringWrapper stoppedBy = new ReadOnlyStringWrapper(this, "stoppedBy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyLongWrapper eventCount = new ReadOnlyLongWrapper(this, "eventCount");
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown", -1);
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);

    public RunViewModel() {
        this(CHECKPOINT_INTERVAL);
    }

    /** With checkpoints every {@code checkpointInterval} events (tests use small ones). */
    public RunViewModel(int checkpointInterval) {
        checkpoints = new Checkpoints(checkpointInterval);
        appending = (MemoryRunLog) log;
        checkpoints.save(0, folds);
    }

    /**
     * Records a batch of events and, while following the end, folds it in and publishes the result once
     * per checkpoint interval it spans, however many events it held.
     */
    public void apply(List<Event> batch) {
        if (batch.isEmpty() || appending == null) {
            return;
        }
        appending.append(batch);
        if (following.get()) {
            foldUpTo(count());
        }
        eventCount.set(count());
    }

    /**
     * Follows a run's own log, which the kernel's threads append to: the views read its events from it
     * (from memory, or from its file for older ones) and the UI holds no copy of them, so a program that
     * prints a gigabyte costs the UI what its folds keep. {@link #grewTo} says how far it is.
     */
    public void follow(EventSource runLog) {
        forget();
        log = runLog;
        appending = null;
        live = true;
    }

    /**
     * The followed log, {@code source}, now holds {@code size} events; while following the end, they are
     * folded in and the result published once per checkpoint interval they span. Ignored if the views show
     * another log now (a trace opened, another run). Call on the FX thread.
     */
    public void grewTo(EventSource source, long size) {
        grewTo(source, size, NO_DEADLINE);
    }

    /**
     * {@link #grewTo(EventSource, long)}, folding only until {@code deadline} ({@link System#nanoTime()}) while
     * following: the views take the events they had time for in (at least a slice), publish once, and hear of
     * the rest at the next call. Returns how many events the views have taken in: {@code size} once caught up,
     * or when they show another log now, which has nothing to take in.
     */
    public long grewTo(EventSource source, long size, long deadline) {
        return grewTo(source, size, deadline, true);
    }

    /**
     * {@link #grewTo(EventSource, long, long)}, publishing only if {@code publish}: a trace being opened, or a
     * flood, is folded a pulse at a time but published only every so often ({@link EventPump}), since
     * each publication costs the next frame a layout of every view; meanwhile the views show the state last
     * published. A call that publishes publishes what was folded quietly before it, even with nothing new.
     */
    public long grewTo(EventSource source, long size, long deadline, boolean publish) {
        return grewTo(source, size, deadline, publish, false);
    }

    /**
     * {@link #grewTo(EventSource, long, long, boolean)} for a live run's pump: a publication of
     * {@link #PARTS_FROM_EVENTS} new events or more is spread over the next pulses, which must call
     * {@link #publishNextPart} until it returns false.
     */
    public long grewToInParts(EventSource source, long size, long deadline, boolean publish) {
        return grewTo(source, size, deadline, publish, true);
    }

    private long grewTo(EventSource source, long size, long deadline, boolean publish, boolean inParts) {
        if (!live || source != log) {
            return size;
        }
        int heard = Math.toIntExact(Math.min(size, log.size()));
        if (heard <= known) {
            if (publish && unpublished) {
                publishFolds();
                eventCount.set(count());
            }
            return size;
        }
        if (following.get()) {
            int before = publishedAt;
            foldUpTo(heard, deadline, false);
            if (publish && inParts && folded - before >= PARTS_FROM_EVENTS) {
                publishFolds(0, PART_ENDS[0]); // the rest at the next pulses (publishNextPart)
                nextPart = 1;
            } else if (publish && unpublished) {
                publishFolds();
            }
            known = folded;
        } else {
            known = heard; // the views show the past: the new events are only counted
        }
        if (!unpublished) {
            eventCount.set(count());
        }
        return known < heard ? known : size;
    }

    /**
     * Shows every view as it was at event {@code k} (an index into the log; -1 for before the first).
     * Following resumes only when {@code k} is the last event so far.
     */
    public void showAt(int k) {
        int target = Math.max(-1, Math.min(k, count() - 1)) + 1; // events to fold
        if (target < folded || checkpoints.atOrBefore(target) > folded) {
            // back (or far ahead): from the checkpoint before the target, never from the first event
            folded = checkpoints.restoreAtOrBefore(target);
        }
        foldUpTo(target);
        following.set(target == count());
    }

    /** Stops folding new batches in: the views keep showing the past while the run goes on. */
    public void pauseFollowing() {
        following.set(false);
    }

    /** Shows the end of the log and follows it again. */
    public void followLive() {
        showAt(count() - 1);
        following.set(true);
    }

    /** Replays a saved trace: no processes, the views show its events as the timeline says. */
    public void replay(List<Event> trace) {
        replay(MemoryRunLog.of(trace));
    }

    /** Replays a saved trace read through {@code trace}: no processes, every view starts at its end. */
    public void replay(EventSource trace) {
        reset();
        log = trace;
        appending = null;
        live = false;
        foldUpTo(count());
        eventCount.set(count());
        state.set(RunState.REPLAY);
    }

    /**
     * Replays a saved trace shown a part at a time: the views start empty, in the replay state, and
     * {@link #grewTo} reveals its events (for a big trace folded a slice per pulse).
     */
    public void replayInSlices(EventSource trace) {
        reset();
        log = trace;
        appending = null;
        live = true;
        state.set(RunState.REPLAY);
    }

    /** Every event of the run so far (or of the replayed trace), whatever the views show; read through the log. */
    public List<Event> events() {
        return events;
    }

    /**
     * The events of the run so far (or of the trace shown), read through the log when asked: for saving
     * them, whatever their number, without a copy in memory. The list's size is fixed now.
     */
    public List<Event> eventsSoFar() {
        return log.firstEvents(count());
    }

    /** The log the views show; a new object after every {@link #reset()}. */
    public EventSource log() {
        return log;
    }

    /** Events in the log so far (a run's log fits an int: the views index it so); of a live log, those heard of. */
    private int count() {
        return live ? known : Math.toIntExact(log.size());
    }

    /** Folds events {@code folded..count-1} in, saving a checkpoint at every interval boundary it passes. */
    private void foldUpTo(int count) {
        foldUpTo(count, NO_DEADLINE, true);
    }

    /**
     * Folds events {@code folded..count-1} in, or as many as it can before {@code deadline} (a slice at least),
     * saving a checkpoint at every interval boundary it passes, and publishes every fold once at the end.
     */
    private void foldUpTo(int count, long deadline, boolean publish) {
        if (count < folded) {
            if (publish && unpublished) {
                publishFolds();
            }
            return;
        }
        boolean timed = deadline != NO_DEADLINE;
        do {
            int boundary = checkpoints.nextAfter(folded);
            int end = Math.min(count, timed ? Math.min(boundary, folded + SLICE) : boundary);
            List<Event> part = log.read(folded, end);
            for (Fold<?> f : folds) {
                f.foldQuietly(part);
            }
            noteCpuReports(part, folded);
            folded = end;
            foldedTotal += part.size();
            if (folded == boundary && !checkpoints.has(folded)) {
                checkpoints.save(folded, folds);
            }
        } while (folded < count && (!timed || System.nanoTime() - deadline < 0));
        if (publish) {
            publishFolds();
        } else {
            unpublished = true;
        }
    }

    /** Every view publishes once, however many events came (also after a restore). */
    private void publishFolds() {
        publishFolds(0, folds.size());
    }

    /** Folds {@code from..to-1} publish; the last of them says how far the views show. */
    private void publishFolds(int from, int to) {
        List<Event> none = List.of();
        for (int i = from; i < to; i++) {
            folds.get(i).apply(none);
        }
        if (to == folds.size()) {
            afterFold();
            nextPart = 0;
            publishedAt = folded;
            unpublished = false;
            shown.set(folded - 1);
        }
    }

    /**
     * Publishes part {@code part} (0 to {@link #PUBLISH_PARTS} - 1, in turn) of what was folded quietly from
     * {@code source}: the processes' views first, then the consoles and pools, then the rest, and with it how far
     * the views show. A trace's first publication builds every panel, row and tab from nothing and costs a pulse
     * more than anything else (about 40 ms of publishing and 60 ms of CSS and layout here); in parts, each pulse
     * lays out only the views it changed. Ignored if the views show another log now or all is published.
     */
    public void publishPart(EventSource source, int part) {
        if (!live || source != log || !unpublished) {
            return;
        }
        publishFolds(part == 0 ? 0 : PART_ENDS[part - 1], PART_ENDS[part]);
        if (!unpublished) {
            eventCount.set(count());
        }
    }

    /**
     * Publishes the next part of a live run's publication in parts, if one is under way; true if it did. A flood's
     * publication changes every view at once, and the next pulse lays them all out; in parts (the processes, then
     * the consoles and pools, then the rest with how far the views show, as a trace's first publication) each
     * pulse lays out only the views it changed: a pipe flood drew about a fifth more frames (README "A flood's
     * publication in three parts"). Nothing is folded until the last part.
     */
    public boolean publishNextPart(EventSource source) {
        if (nextPart == 0) {
            return false;
        }
        if (!live || source != log) {
            nextPart = 0;
            return false;
        }
        int part = nextPart;
        nextPart = part + 1 == PUBLISH_PARTS ? 0 : part + 1;
        publishFolds(PART_ENDS[part - 1], PART_ENDS[part]);
        if (!unpublished) {
            eventCount.set(count());
        }
        return true;
    }

    /** Whether a live publication in parts has parts left ({@link #publishNextPart}) for {@code source}. */
    public boolean partsLeft(EventSource source) {
        return nextPart != 0 && live && source == log;
    }

    /** Notes the CPU-time reports among {@code part}, events {@code from..} of the log, not noted before. */
    private void noteCpuReports(List<Event> part, int from) {
        int end = from + part.size();
        for (int i = Math.max(from, cpuScanned); i < end; i++) {
            if (part.get(i - from).kind() == EventKind.CPU) {
                if (cpuReportCount == cpuReports.length) {
                    cpuReports = Arrays.copyOf(cpuReports, cpuReportCount * 2);
                }
                cpuReports[cpuReportCount++] = i;
            }
        }
        cpuScanned = Math.max(cpuScanned, end);
    }

    /**
     * How many of the log's first events the views have looked at for CPU-time reports: every event ever
     * folded since the last reset, so at least those shown.
     */
    public int cpuReportsScanned() {
        return cpuScanned;
    }

    /** How many CPU-time reports are among the first {@link #cpuReportsScanned()} events of the log. */
    public int cpuReportCount() {
        return cpuReportCount;
    }

    /** The log index of the {@code k}-th CPU-time report (in log order). */
    public int cpuReportAt(int k) {
        if (k < 0 || k >= cpuReportCount) {
            throw new IndexOutOfBoundsException(k);
        }
        return cpuReports[k];
    }

    private void afterFold() {
        consoles.refillAfterJump(log, folded);
        ProcessTreeModel tree = processes.tree();
        ProcessNode main = tree.main();
        if (main != null && main.exitCode() != null) {
            exitCode.set(main.exitCode());
        }
        if (tree.stoppedBy() != null || state.get() != RunState.FINISHED) {
            stoppedBy.set(tree.stoppedBy());
        }
    }

    /**
     * Forgets the run: every fold goes back to before the first event, the log and its checkpoints go, and
     * the views show the empty state. The lesson's own settings stay (its script, the source file marked).
     */
    public void reset() {
        forget();
        state.set(RunState.IDLE);
    }

    private void forget() {
        appending = new MemoryRunLog(); // a new object: whoever still reads the old log reads it whole
        log = appending;
        live = false;
        known = 0;
        checkpoints.clear();
        folds.forEach(Fold::reset);
        checkpoints.save(0, folds); // going back never needs a reset, which would also clear what is not folded
        folded = 0;
        unpublished = false;
        nextPart = 0;
        publishedAt = 0;
        foldedTotal = 0;
        cpuReportCount = 0;
        cpuScanned = 0;
        exitCode.set(null);
        stoppedBy.set(null);
        error.set(null);
        eventCount.set(0);
        shown.set(-1);
        following.set(true);
    }

    void starting() {
        state.set(RunState.STARTING);
    }

    void running() {
        if (state.get() == RunState.STARTING) {
            state.set(RunState.RUNNING);
        }
    }

    void stopping() {
        if (state.get().busy()) {
            state.set(RunState.STOPPING);
        }
    }

    void finished(RunResult result) {
        if (exitCode.get() == null && result.exitCode() != null) {
            exitCode.set(result.exitCode()); // the log could not tell; the OS could
        }
        if (stoppedBy.get() == null) {
            stoppedBy.set(result.stoppedBy());
        }
        state.set(RunState.FINISHED);
    }

    /** The run is dropped for another lesson: its views show the empty state, its processes are being stopped. */
    void discarding() {
        forget();
        state.set(RunState.STOPPING);
    }

    /** The run was dropped for another lesson and has now ended: nothing of it is shown any more. */
    void discarded() {
        if (state.get() == RunState.STOPPING) {
            state.set(RunState.IDLE);
        }
    }

    /** The run could not go on: the message says why, as a sentence for the user. */
    public void failed(String message) {
        error.set(message);
        state.set(RunState.FAILED);
    }

    /** Shows a problem without ending the run (an error in the UI itself, for example). */
    public void reportError(String message) {
        error.set(message);
    }

    // ---- the folds ----------------------------------------------------------------------------------

    /** The run's processes as START and EXIT tell them: the names and colours every view uses. */
    public ProcessTable processTable() {
        return table;
    }

    /** The fold behind the tree, for views that need more than the published nodes. */
    public ProcessTreeModel tree() {
        return processes.tree();
    }

    /** Every process, in START order; a process's node is replaced whenever it changes. */
    public ObservableList<ProcessNode> processes() {
        return processes.processes();
    }

    public ObservableList<ConsoleLine> allLines() {
        return consoles.allLines();
    }

    /** The lines of one process; the list fills as the process prints. */
    public ObservableList<ConsoleLine> linesOf(long pid) {
        return consoles.linesOf(pid);
    }

    /** The deadlock the kernel reported in this run, as of the shown event, or null. */
    public ReadOnlyObjectProperty<DeadlockReport> deadlockProperty() {
        return processes.deadlockProperty();
    }

    /** The run's process pools, in creation order; replaced (never changed) whenever a pool changes. */
    public ReadOnlyObjectProperty<List<PoolSnapshot>> poolsProperty() {
        return pools.poolsProperty();
    }

    /** The pipes, queues, locks and values. */
    public IpcViewModel ipc() {
        return ipc;
    }

    /** Lesson 6's enumeration: its versions, their directories and times. */
    public EnumerationViewModel enumeration() {
        return enumeration;
    }

    /** Where each live process stands in the lesson's program. */
    public CodeMarkersModel markers() {
        return markers;
    }

    /** The chosen lesson's narration and prediction. */
    public NarrationModel narration() {
        return narration;
    }

    /** The colour index of a process (its START order), or -1 if the log has not started it. */
    public int colorOf(long pid) {
        return table.colorOf(pid);
    }

    // ---- the run's state and the timeline ----------------------------------------------------------

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public RunState getState() {
        return state.get();
    }

    /** The main process's exit code, once known. */
    public ReadOnlyObjectProperty<Integer> exitCodeProperty() {
        return exitCode.getReadOnlyProperty();
    }

    /** Who stopped the run early ("user", "timeout", ...), or null. */
    public ReadOnlyStringProperty stoppedByProperty() {
        return stoppedBy.getReadOnlyProperty();
    }

    /** A sentence for the user about what went wrong, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The index of the last event the views show, or -1 before the first. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether new events are folded in as they come (the timeline is at the end). */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty eventCountProperty() {
        return eventCount.getReadOnlyProperty();
    }

    /** Events between two checkpoints now (it doubles when a long run has too many). */
    public int checkpointInterval() {
        return checkpoints.interval();
    }

    /** Events folded since the last reset, counting every one folded again after going back. */
    public long foldedEventCount() {
        return foldedTotal;
    }

    /** The log as a list, each event read through {@link EventSource} when asked for. */
    private final class LogList extends AbstractList<Event> implements RandomAccess {
        @Override
        public Event get(int i) {
            if (i < 0 || i >= count()) {
                throw new IndexOutOfBoundsException(i);
            }
            return log.read(i, i + 1).get(0);
        }

        @Override
        public int size() {
            return count();
        }
    }
}
