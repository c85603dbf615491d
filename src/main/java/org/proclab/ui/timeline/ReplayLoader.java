package org.proclab.ui.timeline;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;
import org.proclab.trace.IndexedTrace;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;

/**
 * Folds a trace file into the views a slice per pulse, so that opening a million events never holds the FX
 * thread for more than a few milliseconds at a time: the window keeps drawing and taking keys. Each pulse
 * folds as many events as its budget allows, in as few steps as it can (every step publishes every view),
 * and only events another thread has already decoded ({@link IndexedTrace#readyFrom}): the FX thread folds
 * while that thread parses the next chunks. A run started meanwhile, or another trace, ends the loading:
 * those events are not this trace's any more.
 */
final class ReplayLoader extends AnimationTimer {
    /** The FX thread's time per pulse for folding: a frame is about 16 ms, and the views draw in the rest. */
    static final long BUDGET_NANOS = 8_000_000;
    /** Events folded in the first step of a pulse, before the pace is known. */
    static final int BATCH = 1_000;

    /** How the loading ended: every event folded, given up for a run or another trace, or the file failed. */
    enum Outcome { LOADED, REPLACED, FAILED }

    private final RunViewModel run;
    private final IndexedTrace trace;
    private final DoubleConsumer progress;
    private final Consumer<Outcome> done;
    private long next;
    private long pulses;
    private long worstNanos;
    private double nanosPerEvent = -1; // the pace of the last step, once known

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

    @Override
    public void handle(long now) {
        pulses++;
        long began = System.nanoTime();
        if (run.getState() != RunState.REPLAY || run.log() != trace) {
            finish(Outcome.REPLACED); // a run or another trace took the views
            return;
        }
        try {
            long until = began + BUDGET_NANOS;
            long t = began;
            while (next < trace.size() && t < until) {
                long ready = trace.readyFrom(next);
                if (ready == 0) {
                    break; // the decoder is behind: fold more next pulse
                }
                long n = nanosPerEvent < 0 ? BATCH : (long) ((until - t) / nanosPerEvent);
                n = Math.max(BATCH, Math.min(n, ready));
                run.grewTo(trace, next + n);
                long after = System.nanoTime();
                nanosPerEvent = Math.max(1, (double) (after - t) / n);
                next += n;
                t = after;
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

    /** The longest the loading held the FX thread in one pulse, in nanoseconds. */
    long worstNanos() {
        return worstNanos;
    }
}
