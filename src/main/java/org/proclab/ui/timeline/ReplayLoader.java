package org.proclab.ui.timeline;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;
import org.proclab.trace.Event;
import org.proclab.ui.run.MemoryRunLog;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;

/**
 * Folds a trace read from a file into the views a slice per pulse, so that opening 200,000 events never
 * holds the FX thread for more than a few milliseconds at a time: the window keeps drawing and taking keys.
 * Each pulse folds events until its budget is spent (at least one batch, so it always gets on). A run
 * started meanwhile, or another trace, ends the loading: those events are not this trace's any more.
 */
final class ReplayLoader extends AnimationTimer {
    /** The FX thread's time per pulse for folding: a frame is about 16 ms, and the views draw in the rest. */
    static final long BUDGET_NANOS = 6_000_000;
    /** Events folded together: one publication of every view per batch. */
    static final int BATCH = 1_000;

    private final RunViewModel run;
    private final List<Event> events;
    private final MemoryRunLog trace;
    private final DoubleConsumer progress;
    private final Consumer<Boolean> done;
    private int next;
    private long pulses;

    ReplayLoader(RunViewModel run, List<Event> events, DoubleConsumer progress, Consumer<Boolean> done) {
        this.run = run;
        this.events = List.copyOf(events);
        this.trace = MemoryRunLog.of(this.events);
        this.progress = progress;
        this.done = done;
    }

    @Override
    public void start() {
        int first = Math.min(BATCH, events.size());
        run.replayInSlices(trace); // the views empty, the state REPLAY, the events revealed batch by batch
        run.grewTo(trace, first);
        next = first;
        progress.accept(fraction());
        if (next >= events.size()) {
            done.accept(true);
        } else {
            super.start();
        }
    }

    @Override
    public void handle(long now) {
        pulses++;
        if (run.getState() != RunState.REPLAY || run.log() != trace) {
            stop(); // a run or another trace took the views
            done.accept(false);
            return;
        }
        long until = System.nanoTime() + BUDGET_NANOS;
        do {
            int end = Math.min(events.size(), next + BATCH);
            run.grewTo(trace, end);
            next = end;
        } while (next < events.size() && System.nanoTime() < until);
        progress.accept(fraction());
        if (next >= events.size()) {
            stop();
            done.accept(true);
        }
    }

    private double fraction() {
        return events.isEmpty() ? 1 : (double) next / events.size();
    }

    /** How many pulses the loading has taken so far. */
    long pulses() {
        return pulses;
    }
}
