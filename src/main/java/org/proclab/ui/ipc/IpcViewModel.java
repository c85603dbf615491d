package org.proclab.ui.ipc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * The observable state of a run's pipes, queues, locks and shared values, for the IPC views to bind
 * to. Everything comes from the four folds; a snapshot is published once per batch, and only when it
 * changed. Call it on the FX thread (feed it from the same batches as the run's other view models).
 */
public final class IpcViewModel {
    private PipesModel pipes = new PipesModel();
    private QueuesModel queues = new QueuesModel();
    private LocksModel locks = new LocksModel();
    private ValuesModel values = new ValuesModel();
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
    private final ReadOnlyObjectWrapper<DeadlockStory> deadlockStory = new ReadOnlyObjectWrapper<>(this, "deadlockStory");

    /** Folds a batch of events in and publishes what changed, once, however many events it held. */
    public void apply(List<Event> batch) {
        for (Event e : batch) {
            fold(e);
        }
        publish();
    }

    private void fold(Event e) {
        pipes.apply(e);
        queues.apply(e);
        locks.apply(e);
        values.apply(e);
        if (e.kind() == EventKind.BLOCK && (e.num() != 0 || !blocks.containsKey(e.pid()))) {
            blocks.put(e.pid(), e); // a helper thread's wait only when the main thread has none
        } else if (e.kind() == EventKind.DEADLOCK && pipes.deadlock() != null) {
            // told now, while the folds stand exactly at the finding: later events (Stop) change them
            story = DeadlockStory.of(pipes.deadlock(), blocks, pipes.snapshot(), locks.snapshot(), queues.snapshot());
        }
    }

    /** The state after the first {@code count} events (for a timeline scrubber): folds them again from the start. */
    public void showPrefix(List<Event> events, int count) {
        clear();
        for (int i = 0; i < count && i < events.size(); i++) {
            fold(events.get(i));
        }
        publish();
    }

    /** Forgets the previous run. */
    public void reset() {
        clear();
        publish();
    }

    private void clear() {
        pipes = new PipesModel();
        queues = new QueuesModel();
        locks = new LocksModel();
        values = new ValuesModel();
        blocks.clear();
        story = null;
    }

    private void publish() {
        // snapshot() returns the same object while nothing changed, so these set() calls notify only on change
        pipesState.set(pipes.snapshot());
        queuesState.set(queues.snapshot());
        locksState.set(locks.snapshot());
        valuesState.set(values.snapshot());
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
