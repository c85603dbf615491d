package org.proclab.ui.ipc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.model.Fold;
import org.proclab.ui.model.ProcessTable;

/**
 * The observable state of a run's pipes, queues, locks and shared values, for the IPC views to bind
 * to. Everything comes from the folds; a snapshot is published once per batch, and only when it
 * changed. Call it on the FX thread; the run's host feeds it the same batches as the run's other folds.
 */
public final class IpcViewModel implements Fold<IpcViewModel.State> {
    /**
     * A checkpoint: copies of the folds, which later events do not change, each process's latest BLOCK
     * and the deadlock story told so far.
     */
    public record State(PipesModel pipes, QueuesModel queues, LocksModel locks, ValuesModel values, SyncModel sync,
                        ArraysModel arrays, ManagersModel managers, Map<Long, Event> blocks, DeadlockStory story) {}

    private final ProcessTable processes;
    private PipesModel pipes;
    private QueuesModel queues;
    private LocksModel locks;
    private ValuesModel values;
    private SyncModel sync;
    private ArraysModel arrays;
    private ManagersModel managers;
    /** Each process's latest BLOCK event, main thread first: where a stuck process waits. */
    private final Map<Long, Event> blocks = new HashMap<>();
    private DeadlockStory story;

    private final ReadOnlyObjectWrapper<PipesModel.Snapshot> pipesState =
            new ReadOnlyObjectWrapper<>(this, "pipes", PipesModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<QueuesModel.Snapshot> queuesState =
            new ReadOnlyObjectWrapper<>(this, "queues", QueuesModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<LocksModel.Snapshot> locksState =
            new ReadOnlyObjectWrapper<>(this, "locks", LocksModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<ValuesModel.Snapshot> valuesState =
            new ReadOnlyObjectWrapper<>(this, "values", ValuesModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<SyncModel.Snapshot> syncState =
            new ReadOnlyObjectWrapper<>(this, "sync", SyncModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<ArraysModel.Snapshot> arraysState =
            new ReadOnlyObjectWrapper<>(this, "arrays", ArraysModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<ManagersModel.Snapshot> managersState =
            new ReadOnlyObjectWrapper<>(this, "managers", ManagersModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<DeadlockStory> deadlockStory = new ReadOnlyObjectWrapper<>(this, "deadlockStory");

    /** The folds on their own, each with its own process table. */
    public IpcViewModel() {
        this(null);
    }

    /** The folds reading the run's process table, which the host folds before them. */
    public IpcViewModel(ProcessTable processes) {
        this.processes = processes;
        newFolds();
    }

    private void newFolds() {
        pipes = processes == null ? new PipesModel() : new PipesModel(processes);
        queues = processes == null ? new QueuesModel() : new QueuesModel(processes);
        locks = processes == null ? new LocksModel() : new LocksModel(processes);
        values = processes == null ? new ValuesModel() : new ValuesModel(processes);
        sync = processes == null ? new SyncModel() : new SyncModel(processes);
        arrays = processes == null ? new ArraysModel() : new ArraysModel(processes);
        managers = processes == null ? new ManagersModel() : new ManagersModel(processes);
        blocks.clear();
        story = null;
    }

    /** Folds a batch of events in and publishes what changed, once, however many events it held. */
    @Override
    public void apply(List<Event> batch) {
        foldQuietly(batch);
        publish();
    }

    /** Folds a batch in; the next {@link #apply} publishes it with its own. */
    @Override
    public void foldQuietly(List<Event> batch) {
        for (Event e : batch) {
            fold(e);
        }
    }

    private void fold(Event e) {
        pipes.apply(e);
        queues.apply(e);
        locks.apply(e);
        values.apply(e);
        sync.apply(e);
        arrays.apply(e);
        managers.apply(e);
        if (e.kind() == EventKind.BLOCK && (e.num() != 0 || !blocks.containsKey(e.pid()))) {
            blocks.put(e.pid(), e); // a helper thread's wait only when the main thread has none
        } else if (e.kind() == EventKind.DEADLOCK && pipes.deadlock() != null) {
            // told now, while the folds stand exactly at the finding: later events (Stop) change them
            story = DeadlockStory.of(pipes.deadlock(), blocks, pipes.snapshot(), locks.snapshot(), queues.snapshot());
        }
    }

    /** The state after the first {@code count} events (for a timeline scrubber): folds them again from the start. */
    public void showPrefix(List<Event> events, int count) {
        newFolds();
        for (int i = 0; i < count && i < events.size(); i++) {
            fold(events.get(i));
        }
        publish();
    }

    /** Forgets the previous run. */
    @Override
    public void reset() {
        newFolds();
        publish();
    }

    @Override
    public State snapshot() {
        return new State(pipes.copy(), queues.copy(), locks.copy(), values.copy(), sync.copy(), arrays.copy(),
                managers.copy(), Map.copyOf(blocks), story);
    }

    @Override
    public void restore(State s) {
        // copied again: the checkpoint must stay as it was for the next time the timeline comes back to it
        pipes = s.pipes().copy();
        queues = s.queues().copy();
        locks = s.locks().copy();
        values = s.values().copy();
        sync = s.sync().copy();
        arrays = s.arrays().copy();
        managers = s.managers().copy();
        blocks.clear();
        blocks.putAll(s.blocks());
        story = s.story();
    }

    private void publish() {
        // snapshot() returns the same object while nothing changed, so these set() calls notify only on change
        pipesState.set(pipes.snapshot());
        queuesState.set(queues.snapshot());
        locksState.set(locks.snapshot());
        valuesState.set(values.snapshot());
        syncState.set(sync.snapshot());
        arraysState.set(arrays.snapshot());
        managersState.set(managers.snapshot());
        deadlockStory.set(story);
    }

    /** Why no process can go on, once the kernel found it (null before): see {@link DeadlockStory}. */
    public ReadOnlyObjectProperty<DeadlockStory> deadlockStoryProperty() {
        return deadlockStory.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PipesModel.Snapshot> pipesProperty() {
        return pipesState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QueuesModel.Snapshot> queuesProperty() {
        return queuesState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocksModel.Snapshot> locksProperty() {
        return locksState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ValuesModel.Snapshot> valuesProperty() {
        return valuesState.getReadOnlyProperty();
    }

    /** Events, semaphores, conditions and barriers. */
    public ReadOnlyObjectProperty<SyncModel.Snapshot> syncProperty() {
        return syncState.getReadOnlyProperty();
    }

    /** Shared arrays, each cell with its last writer. */
    public ReadOnlyObjectProperty<ArraysModel.Snapshot> arraysProperty() {
        return arraysState.getReadOnlyProperty();
    }

    /** Managers: their server processes, shared objects and the calls through their proxies. */
    public ReadOnlyObjectProperty<ManagersModel.Snapshot> managersProperty() {
        return managersState.getReadOnlyProperty();
    }

    /** The folds behind the properties, for views that need more than the snapshots. */
    public PipesModel pipes() {
        return pipes;
    }

    public QueuesModel queues() {
        return queues;
    }

    public LocksModel locks() {
        return locks;
    }

    public ValuesModel values() {
        return values;
    }
}
