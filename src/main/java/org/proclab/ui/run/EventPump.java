package org.proclab.ui.run;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import org.proclab.trace.Event;

/**
 * Tells the FX thread how far a run's log has grown, and has the views take the new events in once per
 * pulse, within a budget of the pulse ({@link #budgetFor}). It carries no events (the views read them from
 * the log), so however fast a program prints, the pump holds nothing but a number; and however fast it
 * prints, the FX thread folds for part of each frame, publishes once, and leaves the rest of the frame to
 * layout and drawing. While events keep coming the views publish at most every {@link #PUBLISH_INTERVAL_NANOS}
 * and show the latest state then, never the states in between. A flood is shown a little late rather than in
 * a frozen window; every event is folded, in order.
 * <p>
 * The budget is a share of the time since the last pulse, between {@link #BUDGET_NANOS} and
 * {@link #MAX_BUDGET_NANOS}: when frames come slowly (a loaded machine, a flood that costs every frame), a
 * fixed few milliseconds per frame folded fewer events per second than a program makes, the views fell
 * behind the log's window in memory and then read its file, which made them slower still.
 */
public final class EventPump implements Consumer<Event> {
    /** The FX thread's time per pulse for folding new events: a frame is about 16 ms, and the views draw in the rest. */
    public static final long BUDGET_NANOS = 6_000_000;
    /**
     * The most a pulse folds for, however long the last frame took: under a frame at 60/s, so that the pulses
     * that publish nothing (see {@link #PUBLISH_INTERVAL_NANOS}) keep coming quickly, each folding its share.
     */
    public static final long MAX_BUDGET_NANOS = 14_000_000;
    /** The share of the time between two pulses that folding may take. */
    static final double FOLD_SHARE = 0.7;
    /**
     * The least time between two publications while events keep coming: the views fold every pulse but show
     * the result at most this often, since each publication costs the next frame a layout of every view that
     * changed and the renderer a redraw of it. A flood is shown ten times a second, and the frames in between
     * cost little, so the window keeps drawing (and answering the user) at its full rate. An event that comes
     * after a quiet spell (a step, slow motion) is shown at once; the last of a burst within this time.
     */
    static final long PUBLISH_INTERVAL_NANOS = 100_000_000;

    /** The views' side: folds towards {@code size} events, stopping at {@code deadline} ({@link System#nanoTime()}). */
    @FunctionalInterface
    public interface Sink {
        /**
         * Returns how many events the views have taken in now (all {@code size} once caught up); the views
         * publish what they folded if {@code publish}, and else keep it for a later call that does.
         */
        long foldTowards(long size, long deadline, boolean publish);

        /**
         * Publishes the next part of a publication the views spread over several pulses, if one is under way:
         * true if it did (this pulse then folds nothing more), false if none was left.
         */
        default boolean publishNextPart() {
            return false;
        }

        /** Whether a publication in parts is under way: the pulses go on until its last part. */
        default boolean partsLeft() {
            return false;
        }
    }

    /** Runs a task once per pulse on the FX thread while started: an {@link AnimationTimer} in the app. */
    public interface Pulses {
        void start(Runnable eachPulse);

        void stop();

        /** JavaFX's pulses. */
        static Pulses fx() {
            return new Pulses() {
                private Runnable task;
                private final AnimationTimer timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        task.run();
                    }
                };

                @Override
                public void start(Runnable eachPulse) {
                    task = eachPulse;
                    timer.start();
                }

                @Override
                public void stop() {
                    timer.stop();
                }
            };
        }
    }

    private final AtomicLong appended = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Sink sink;
    private final Executor fxThread;
    private final Pulses pulses;
    private final LongSupplier clock;
    private static final long NO_PULSE = Long.MIN_VALUE;
    private long lastPulse = NO_PULSE; // when the last pulse of this series began (clock)
    private long lastPublished = NO_PULSE; // when the views last published (clock)
    private long delivered; // FX thread only, as the rest below
    private boolean unpublished; // folded quietly, not shown yet: pulses go on until it is
    private boolean ticking;
    private Runnable whenCaughtUp;
    private volatile boolean closed;

    /** {@code sink} takes the log's new events in on {@code fxThread} (Platform::runLater), a slice per pulse of {@code pulses}. */
    public EventPump(Sink sink, Executor fxThread, Pulses pulses) {
        this(sink, fxThread, pulses, System::nanoTime);
    }

    /** With another clock than {@link System#nanoTime()} (tests). */
    EventPump(Sink sink, Executor fxThread, Pulses pulses, LongSupplier clock) {
        this.sink = sink;
        this.fxThread = fxThread;
        this.pulses = pulses;
        this.clock = clock;
    }

    /**
     * The time to fold for in a pulse that began {@code sinceLastPulse} after the last one (0 for the first):
     * {@link #FOLD_SHARE} of it, at least {@link #BUDGET_NANOS} and at most {@link #MAX_BUDGET_NANOS}.
     */
    static long budgetFor(long sinceLastPulse) {
        return Math.max(BUDGET_NANOS, Math.min(MAX_BUDGET_NANOS, (long) (sinceLastPulse * FOLD_SHARE)));
    }

    /** Called on kernel threads, in sequence order: must return at once. */
    @Override
    public void accept(Event e) {
        grewTo(e.seq() + 1);
    }

    /** The log holds {@code size} events (for the ones appended before the pump listened). */
    public void grewTo(long size) {
        if (closed) {
            return;
        }
        appended.accumulateAndGet(size, Math::max);
        if (scheduled.compareAndSet(false, true)) {
            fxThread.execute(this::wake);
        }
    }

    /** On the FX thread: pulses are asked for until the views have caught up. */
    private void wake() {
        scheduled.set(false); // first: an event added from now on posts the next wake itself
        if (!ticking && !closed && (appended.get() > delivered || unpublished || whenCaughtUp != null)) {
            ticking = true;
            pulses.start(this::pulse);
        }
    }

    private void pulse() {
        if (closed) {
            stopTicking();
            return;
        }
        long now = clock.getAsLong();
        long since = lastPulse == NO_PULSE ? 0 : now - lastPulse;
        lastPulse = now;
        if (sink.publishNextPart()) {
            return; // a big publication's next part takes this pulse; the pulses go on
        }
        long target = appended.get();
        boolean due = lastPublished == NO_PULSE || now - lastPublished >= PUBLISH_INTERVAL_NANOS;
        if (target > delivered) {
            delivered = Math.max(delivered, sink.foldTowards(target, now + budgetFor(since), due));
            published(due, now);
        } else if (unpublished && due) {
            sink.foldTowards(target, now, true); // nothing new: shows what was folded quietly
            published(true, now);
        }
        if (delivered >= appended.get() && !unpublished && !sink.partsLeft()) {
            stopTicking(); // caught up and shown: no pulse is asked for until the log grows again
            Runnable then = whenCaughtUp;
            whenCaughtUp = null;
            if (then != null) {
                then.run();
            }
        }
    }

    private void published(boolean shown, long now) {
        unpublished = !shown;
        if (shown) {
            lastPublished = now;
        }
    }

    private void stopTicking() {
        if (ticking) {
            ticking = false;
            lastPulse = NO_PULSE; // the next series' first pulse has no last one
            pulses.stop();
        }
    }

    /**
     * Runs {@code then} once the views have taken in every event appended so far, a slice per pulse as ever
     * (at once if they have). For the end of a run: its last events are shown before it is called finished.
     * Call on the FX thread.
     */
    public void finish(Runnable then) {
        if (closed) {
            return;
        }
        if (delivered >= appended.get() && !unpublished && !sink.partsLeft()) {
            then.run();
            return;
        }
        whenCaughtUp = then;
        if (!ticking) {
            ticking = true;
            pulses.start(this::pulse);
        }
    }

    /** Tells nothing more: its run has been replaced by a new one. Call on the FX thread. */
    public void close() {
        closed = true;
        whenCaughtUp = null;
        stopTicking();
    }
}
