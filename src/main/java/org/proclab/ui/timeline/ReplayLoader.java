package org.proclab.ui.timeline;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;
import org.proclab.trace.IndexedTrace;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;

/**
 * Folds a trace file into the views a slice per pulse, so that opening a million events never holds the FX
 * thread for long at a time: the window keeps drawing and taking keys, and the progress bar moves. Each
 * pulse folds for a share of the time since the last one ({@link #budgetFor}) and publishes once, however
 * many events it folded: a publication costs the next frame a layout of every view, so while loading few
 * big slices beat many small ones; the first, which builds the views' content from nothing, is spread over
 * three pulses ({@link RunViewModel#publishPart}). It folds only events another thread has already decoded
 * ({@link IndexedTrace#readyFrom}): the FX thread folds while that thread parses the next chunks. A run
 * started meanwhile, or another trace, ends the loading: those events are not this trace's any more.
 */
final class ReplayLoader extends AnimationTimer {
    /** The least time a pulse folds for: a frame is about 16 ms, and the views draw in the rest. */
    static final long BUDGET_NANOS = 8_000_000;
    /** The most a pulse folds for, however slow the frames are: with the frame's layout, a pulse stays under 100 ms. */
    static final long MAX_BUDGET_NANOS = 40_000_000;
    /** The share of the time between two pulses spent folding while loading: the user waits for the trace. */
    static final double FOLD_SHARE = 0.85;
    /**
     * How often the views publish while loading: each publication costs the next frame a layout of every view,
     * the user watches the progress bar meanwhile, and the views show the end as soon as it is folded.
     */
    static final long PUBLISH_NANOS = 250_000_000;
    private static final long NO_PULSE = Long.MIN_VALUE;

    /** How the loading ended: every event folded, given up for a run or another trace, or the file failed. */
    enum Outcome { LOADED, REPLACED, FAILED }

    private final RunViewModel run;
    private final IndexedTrace trace;
    private final DoubleConsumer progress;
    private final Consumer<Outcome> done;
    private long next;
    private long pulses;
    private long worstNanos;
    private long lastPulse = NO_PULSE;
    private long lastPublished = NO_PULSE;
    private long publications;
    private int nextPart = -1; // the part of the first publication the next pulse publishes; -1: none waits

    ReplayLoader(RunViewModel run, IndexedTrace trace, DoubleConsumer progress, Consumer<Outcome> done) {
        this.run = run;
        this.trace = trace;
        this.progress = progress;
        this.done = done;
    }

    @Override
    public void start() {
        run.replayInSlices(trace); // the views empty, the state REPLAY, the events revealed slice by slice
        trace.readyFrom(0); // decoding starts on the other thread
        progress.accept(0);
        super.start();
    }

    /**
     * The time to fold for in a pulse that began {@code sinceLastPulse} after the last one (0 for the first):
     * {@link #FOLD_SHARE} of it, at least {@link #BUDGET_NANOS} and at most {@link #MAX_BUDGET_NANOS}.
     */
    static long budgetFor(long sinceLastPulse) {
        return Math.max(BUDGET_NANOS, Math.min(MAX_BUDGET_NANOS, (long) (sinceLastPulse * FOLD_SHARE)));
    }

    @Override
    public void handle(long now) {
        pulses++;
        long began = System.nanoTime();
        long since = lastPulse == NO_PULSE ? 0 : began - lastPulse;
        lastPulse = began;
        if (run.getState() != RunState.REPLAY || run.log() != trace) {
            finish(Outcome.REPLACED); // a run or another trace took the views
            return;
        }
        try {
            if (nextPart >= 0) {
                publishNextPart(began);
                return;
            }
            long until = began + budgetFor(since);
            boolean publish = lastPublished == NO_PULSE || began - lastPublished >= PUBLISH_NANOS;
            boolean folded = false;
            while (next < trace.size() && System.nanoTime() - until < 0) {
                long ready = trace.readyFrom(next);
                if (ready == 0) {
                    break; // the decoder is behind: fold more next pulse
                }
                // folds what is decoded until the deadline; publishes only now and then, and at the end
                next = Math.min(next + ready, run.grewTo(trace, next + ready, until, false));
                folded = true;
            }
            if (folded && publications == 0 && next < trace.size()) {
                // the views' first content: built from nothing, a part per pulse, and nothing folded meanwhile
                nextPart = 0;
                publishNextPart(began);
                return;
            }
            if (folded && (publish || next >= trace.size())) {
                run.grewTo(trace, next, began, true); // publishes what was folded, folds nothing more
                lastPublished = began;
                publications++;
            }
        } catch (RuntimeException e) {
            finish(Outcome.FAILED); // the file could not be read again (changed, removed)
            return;
        }
        worstNanos = Math.max(worstNanos, System.nanoTime() - began);
        progress.accept(fraction());
        if (next >= trace.size()) {
            finish(Outcome.LOADED);
        }
    }

    /** Publishes the next part of the first publication ({@link RunViewModel#publishPart}). */
    private void publishNextPart(long began) {
        run.publishPart(trace, nextPart++);
        if (nextPart == RunViewModel.PUBLISH_PARTS) {
            nextPart = -1;
            lastPublished = began;
            publications++;
        }
        worstNanos = Math.max(worstNanos, System.nanoTime() - began);
        progress.accept(fraction());
    }

    private void finish(Outcome outcome) {
        stop();
        done.accept(outcome);
    }

    private double fraction() {
        return trace.size() == 0 ? 1 : (double) next / trace.size();
    }

    /** How many pulses the loading has taken so far. */
    long pulses() {
        return pulses;
    }

    /** How many times the views published while loading. */
    long publications() {
        return publications;
    }

    /** The longest the loading held the FX thread in one pulse, in nanoseconds. */
    long worstNanos() {
        return worstNanos;
    }
}
