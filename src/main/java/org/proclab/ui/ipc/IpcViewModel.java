package org.proclab.ui.ipc;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.proclab.trace.Event;

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

    private final ReadOnlyObjectWrapper<PipesModel.Snapshot> pipesState =
            new ReadOnlyObjectWrapper<>(this, "pipes", PipesModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<QueuesModel.Snapshot> queuesState =
            new ReadOnlyObjectWrapper<>(this, "queues", QueuesModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<LocksModel.Snapshot> locksState =
            new ReadOnlyObjectWrapper<>(this, "locks", LocksModel.Snapshot.EMPTY);
    private final ReadOnlyObjectWrapper<ValuesModel.Snapshot> valuesState =
            new ReadOnlyObjectWrapper<>(this, "values", ValuesModel.Snapshot.EMPTY);

    /** Folds a batch of events in and publishes what changed, once, however many events it held. */
    public void apply(List<Event> batch) {
        for (Event e : batch) {
            pipes.apply(e);
            queues.apply(e);
            locks.apply(e);
            values.apply(e);
        }
        publish();
    }

    /** The state after the first {@code count} events (for a timeline scrubber): folds them again from the start. */
    public void showPrefix(List<Event> events, int count) {
        pipes = PipesModel.foldOf(events, count);
        queues = QueuesModel.foldOf(events, count);
        locks = LocksModel.foldOf(events, count);
        values = ValuesModel.foldOf(events, count);
        publish();
    }

    /** Forgets the previous run. */
    public void reset() {
        pipes = new PipesModel();
        queues = new QueuesModel();
        locks = new LocksModel();
        values = new ValuesModel();
        publish();
    }

    private void publish() {
        // snapshot() returns the same object while nothing changed, so these set() calls notify only on change
        pipesState.set(pipes.snapshot());
        queuesState.set(queues.snapshot());
        locksState.set(locks.snapshot());
        valuesState.set(values.snapshot());
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
