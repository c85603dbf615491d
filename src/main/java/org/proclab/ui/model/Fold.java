package org.proclab.ui.model;

import java.util.List;
import org.proclab.trace.Event;

/**
 * A view's state as a fold of a run's event log. The run's host ({@link org.proclab.ui.run.RunViewModel})
 * owns every fold of a run and feeds them the same batches, in log order, on the FX thread; it keeps
 * checkpoints of their states, so moving the timeline back restores one and folds on from there.
 *
 * @param <S> a saved state: whatever the fold needs to come back to it. Later batches must not change a
 *            state once it is handed out, and a state must be restorable more than once.
 */
public interface Fold<S> {
    /** Folds a batch of events in, in order, and publishes the result once (also for an empty batch). */
    void apply(List<Event> batch);

    /**
     * Folds a batch in without publishing, when the host folds several in a row and then publishes them with one
     * {@link #apply} (of an empty batch, say): a flood is drawn once per frame, not once per batch. By default
     * it is {@link #apply}, which publishes too.
     */
    default void foldQuietly(List<Event> batch) {
        apply(batch);
    }

    /** Back to the state before any event (a new run, lesson or trace); publishes it. */
    void reset();

    /** The state now, for a checkpoint. */
    S snapshot();

    /**
     * Back to a state {@link #snapshot()} gave. What the views show may wait for the next {@link #apply}
     * (the host always applies after restoring, if only an empty batch).
     */
    void restore(S state);
}
