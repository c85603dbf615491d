package org.proclab.ui.enumerate;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.proclab.trace.Event;
import org.proclab.ui.model.Fold;
import org.proclab.ui.model.ProcessTable;

/**
 * The observable state of lesson 6's enumeration, for {@link EnumerationView} to bind to. Everything
 * comes from {@link EnumerationModel}; a snapshot is published once per batch, and only when it changed.
 * Call it on the FX thread; it is one of the folds the run's host feeds.
 */
public final class EnumerationViewModel implements Fold<EnumerationModel> {
    private final ProcessTable processes;
    private EnumerationModel model;
    private final ReadOnlyObjectWrapper<EnumerationModel.Snapshot> state =
            new ReadOnlyObjectWrapper<>(this, "enumeration", EnumerationModel.Snapshot.EMPTY);

    /** On its own, with its own process table. */
    public EnumerationViewModel() {
        this(null);
    }

    /** Reading the run's process table, which the host folds before it. */
    public EnumerationViewModel(ProcessTable processes) {
        this.processes = processes;
        model = newModel();
    }

    private EnumerationModel newModel() {
        return processes == null ? new EnumerationModel() : new EnumerationModel(processes);
    }

    /** Folds a batch of events in and publishes the result once, however many events it held. */
    @Override
    public void apply(List<Event> batch) {
        for (Event e : batch) {
            model.apply(e);
        }
        publish();
    }

    /** The state after the first {@code count} events (for a timeline scrubber): folds them again from the start. */
    public void showPrefix(List<Event> events, int count) {
        model = EnumerationModel.foldOf(events, count);
        publish();
    }

    /** Forgets the previous run. */
    @Override
    public void reset() {
        model = newModel();
        publish();
    }

    @Override
    public EnumerationModel snapshot() {
        return model.copy();
    }

    @Override
    public void restore(EnumerationModel saved) {
        model = saved.copy(); // the checkpoint stays as it was
    }

    private void publish() {
        state.set(model.snapshot()); // the same object while nothing changed: no notification then
    }

    public ReadOnlyObjectProperty<EnumerationModel.Snapshot> enumerationProperty() {
        return state.getReadOnlyProperty();
    }

    public EnumerationModel.Snapshot getEnumeration() {
        return state.get();
    }
}
