package org.proclab.ui.enumerate;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.proclab.trace.Event;
import org.proclab.ui.run.RunViewModel;

/**
 * The observable state of lesson 6's enumeration, for {@link EnumerationView} to bind to. Everything
 * comes from {@link EnumerationModel}; a snapshot is published once per batch, and only when it changed.
 * Call it on the FX thread, fed from the same batches as the run's other view models: it is a
 * {@link RunViewModel.BatchFold}, so {@code runModel.addFold(enumerationViewModel)} is all it takes.
 */
public final class EnumerationViewModel implements RunViewModel.BatchFold {
    private EnumerationModel model = new EnumerationModel();
    private final ReadOnlyObjectWrapper<EnumerationModel.Snapshot> state =
            new ReadOnlyObjectWrapper<>(this, "enumeration", EnumerationModel.Snapshot.EMPTY);

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
        model = new EnumerationModel();
        publish();
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
