package org.proclab.ui.run;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.proclab.trace.Event;

/**
 * Tells the FX thread how far a run's log has grown. It carries no events (the views read them from the
 * log), so however fast a program prints, the pump holds nothing but a number. At most one drain is
 * pending on the FX thread at a time, and one drain moves the views at most {@link #MAX_BATCH} events on,
 * so a flood of output still lets the window repaint between drains.
 */
public final class EventPump implements Consumer<Event> {
    /** Most events the views fold in one drain. */
    static final int MAX_BATCH = 5_000;

    private final AtomicLong appended = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final LongConsumer sink;
    private final Executor fxThread;
    private long delivered; // FX thread only
    private volatile boolean closed;

    /** {@code sink} hears the log's new size on {@code fxThread} (Platform::runLater in the app). */
    public EventPump(LongConsumer sink, Executor fxThread) {
        this.sink = sink;
        this.fxThread = fxThread;
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
            fxThread.execute(this::drainBatch);
        }
    }

    private void drainBatch() {
        // cleared first: an event added while we drain schedules the next drain itself
        scheduled.set(false);
        long target = Math.min(appended.get(), delivered + MAX_BATCH);
        if (target < appended.get() && scheduled.compareAndSet(false, true)) {
            fxThread.execute(this::drainBatch);
        }
        deliver(target);
    }

    /** Tells everything appended so far, now; call on the FX thread. */
    public void drainNow() {
        deliver(appended.get());
    }

    private void deliver(long target) {
        if (target > delivered && !closed) {
            delivered = target;
            sink.accept(target);
        }
    }

    /** Tells nothing more: its run has been replaced by a new one. */
    public void close() {
        closed = true;
    }
}
