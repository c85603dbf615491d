package org.proclab.ui.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.proclab.kernel.RunResult;
import org.proclab.trace.Event;
import org.proclab.ui.model.ConsoleLine;
import org.proclab.ui.model.ConsoleModel;
import org.proclab.ui.model.DeadlockReport;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.model.ProcessTreeModel;
import org.proclab.ui.pool.PoolModel;
import org.proclab.ui.pool.PoolSnapshot;

/**
 * The observable state of one run, for the views to bind to. Process and console state come only from
 * the event folds; the run state comes from the controller. Call it on the FX thread.
 *
 * <p>Every event of the run is kept, and the views show the fold of events 0..{@link #shownProperty()
 * shown}: while {@linkplain #followingProperty() following} that is the whole log so far; the timeline
 * may move it back ({@link #showAt}), then later batches are only recorded until it returns to the end.
 * Moving forward folds only the events in between; moving back folds again from the start.
 */
public final class RunViewModel {
    /** Another view model fed from the same batches (the IPC views' one, for example). */
    public interface BatchFold {
        /** Folds a batch in; called on the FX thread, once per batch. */
        void apply(List<Event> batch);

        /** Forgets the previous run. */
        void reset();
    }

    private ProcessTreeModel tree = new ProcessTreeModel();
    private ConsoleModel console = new ConsoleModel();
    private PoolModel pool = new PoolModel();
    private long treeVersion;
    private long poolVersion;
    private final List<BatchFold> folds = new ArrayList<>();
    private final List<Event> log = new ArrayList<>();
    private final List<Event> logView = Collections.unmodifiableList(log);
    private int folded; // how many events of the log the views show

    private final ObservableList<ProcessNode> processes = FXCollections.observableArrayList();
    private final ObservableList<ConsoleLine> allLines = FXCollections.observableArrayList();
    private final Map<Long, ObservableList<ConsoleLine>> linesByPid = new HashMap<>();
    // read-only views made once: such a view listens to its list weakly, so it must live as long as we do
    private final ObservableList<ProcessNode> processesView = FXCollections.unmodifiableObservableList(processes);
    private final ObservableList<ConsoleLine> allLinesView = FXCollections.unmodifiableObservableList(allLines);
    private final Map<Long, ObservableList<ConsoleLine>> linesViews = new HashMap<>();

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyObjectWrapper<Integer> exitCode = new ReadOnlyObjectWrapper<>(this, "exitCode");
    private final ReadOnlyStringWrapper stoppedBy = new ReadOnlyStringWrapper(this, "stoppedBy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyLongWrapper eventCount = new ReadOnlyLongWrapper(this, "eventCount");
    private final ReadOnlyObjectWrapper<DeadlockReport> deadlock = new ReadOnlyObjectWrapper<>(this, "deadlock");
    private final ReadOnlyObjectWrapper<List<PoolSnapshot>> pools = new ReadOnlyObjectWrapper<>(this, "pools", List.of());
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown", -1);
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);

    /** Feeds another view model from the same batches, and resets it with this one. */
    public void addFold(BatchFold fold) {
        folds.add(fold);
    }

    /**
     * Records a batch of events and, while following the end, folds it in and publishes the result once,
     * however many events it held.
     */
    public void apply(List<Event> batch) {
        if (batch.isEmpty()) {
            return;
        }
        log.addAll(batch);
        if (following.get()) {
            fold(batch);
        }
        eventCount.set(log.size());
    }

    /**
     * Shows every view as it was at event {@code k} (an index into the log; -1 for before the first).
     * Following resumes only when {@code k} is the last event so far.
     */
    public void showAt(int k) {
        int target = Math.max(-1, Math.min(k, log.size() - 1));
        if (target + 1 < folded) {
            rewind();
        }
        if (target + 1 > folded) {
            fold(log.subList(folded, target + 1));
        }
        following.set(target == log.size() - 1);
    }

    /** Stops folding new batches in: the views keep showing the past while the run goes on. */
    public void pauseFollowing() {
        following.set(false);
    }

    /** Shows the end of the log and follows it again. */
    public void followLive() {
        showAt(log.size() - 1);
        following.set(true);
    }

    /** Replays a saved trace: no processes, the views show its events as the timeline says. */
    public void replay(List<Event> events) {
        reset();
        apply(List.copyOf(events));
        state.set(RunState.REPLAY);
    }

    /** Every event of the run so far (or of the replayed trace), whatever the views show. */
    public List<Event> events() {
        return logView;
    }

    /** Back to the state before any event, keeping the console lists the views hold. */
    private void rewind() {
        tree = new ProcessTreeModel();
        console = new ConsoleModel();
        pool = new PoolModel();
        treeVersion = 0;
        poolVersion = 0;
        folded = 0;
        folds.forEach(BatchFold::reset);
        allLines.clear();
        linesByPid.values().forEach(List::clear);
        pools.set(List.of());
        publishTree();
        shown.set(-1);
    }

    private void fold(List<Event> batch) {
        List<ConsoleLine> added = new ArrayList<>();
        for (Event e : batch) {
            tree.apply(e);
            pool.apply(e);
            ConsoleLine line = console.apply(e);
            if (line != null) {
                added.add(line);
            }
        }
        if (tree.changeCount() != treeVersion) {
            treeVersion = tree.changeCount();
            publishTree();
        }
        if (pool.changeCount() != poolVersion) {
            poolVersion = pool.changeCount();
            pools.set(pool.pools());
        }
        publishLines(added);
        for (BatchFold f : folds) {
            f.apply(batch);
        }
        folded += batch.size();
        shown.set(folded - 1);
    }

    private void publishTree() {
        List<ProcessNode> now = new ArrayList<>(tree.processes());
        for (int i = 0; i < Math.min(processes.size(), now.size()); i++) {
            if (processes.get(i) != now.get(i)) {
                processes.set(i, now.get(i));
            }
        }
        if (now.size() > processes.size()) {
            processes.addAll(now.subList(processes.size(), now.size()));
        } else if (now.size() < processes.size()) {
            processes.remove(now.size(), processes.size()); // the timeline moved back before they started
        }
        ProcessNode main = tree.main();
        if (main != null && main.exitCode() != null) {
            exitCode.set(main.exitCode());
        }
        if (tree.stoppedBy() != null || state.get() != RunState.FINISHED) {
            stoppedBy.set(tree.stoppedBy());
        }
        deadlock.set(tree.deadlock());
    }

    private void publishLines(List<ConsoleLine> added) {
        if (added.isEmpty()) {
            return;
        }
        Map<Long, List<ConsoleLine>> byPid = new LinkedHashMap<>();
        for (ConsoleLine l : added) {
            byPid.computeIfAbsent(l.pid(), k -> new ArrayList<>()).add(l);
        }
        allLines.addAll(added);
        byPid.forEach((pid, lines) -> modifiableLinesOf(pid).addAll(lines));
    }

    /** Forgets the previous run. */
    public void reset() {
        tree = new ProcessTreeModel();
        console = new ConsoleModel();
        pool = new PoolModel();
        treeVersion = 0;
        poolVersion = 0;
        pools.set(List.of());
        deadlock.set(null);
        folds.forEach(BatchFold::reset);
        processes.clear();
        allLines.clear();
        linesByPid.values().forEach(List::clear);
        linesByPid.clear();
        linesViews.clear();
        exitCode.set(null);
        stoppedBy.set(null);
        error.set(null);
        eventCount.set(0);
        log.clear();
        folded = 0;
        shown.set(-1);
        following.set(true);
        state.set(RunState.IDLE);
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

    /** The run could not go on: the message says why, in the words of whatever failed. */
    public void failed(String message) {
        error.set(message);
        state.set(RunState.FAILED);
    }

    /** Shows a problem without ending the run (an error in the UI itself, for example). */
    public void reportError(String message) {
        error.set(message);
    }

    /** The fold behind the tree, for views that need more than the published nodes. */
    public ProcessTreeModel tree() {
        return tree;
    }

    /** Every process, in START order; a process's node is replaced whenever it changes. */
    public ObservableList<ProcessNode> processes() {
        return processesView;
    }

    public ObservableList<ConsoleLine> allLines() {
        return allLinesView;
    }

    /** The lines of one process; the list fills as the process prints. */
    public ObservableList<ConsoleLine> linesOf(long pid) {
        return linesViews.computeIfAbsent(pid, k -> FXCollections.unmodifiableObservableList(modifiableLinesOf(k)));
    }

    private ObservableList<ConsoleLine> modifiableLinesOf(long pid) {
        return linesByPid.computeIfAbsent(pid, k -> FXCollections.observableArrayList());
    }

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

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The deadlock the kernel reported in this run, or null. */
    public ReadOnlyObjectProperty<DeadlockReport> deadlockProperty() {
        return deadlock.getReadOnlyProperty();
    }

    /** The run's process pools, in creation order; replaced (never changed) whenever a pool changes. */
    public ReadOnlyObjectProperty<List<PoolSnapshot>> poolsProperty() {
        return pools.getReadOnlyProperty();
    }

    /** The colour index of a process (its START order), or -1 if the log has not started it. */
    public int colorOf(long pid) {
        ProcessNode n = tree.process(pid);
        return n == null ? -1 : n.colorIndex();
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
}
