package org.proclab.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.proclab.trace.Event;

/**
 * Carries events from the kernel's threads to the FX thread in batches. The listener only enqueues;
 * at most one drain is pending on the FX thread at a time, so a run that emits 100,000 events costs a
 * handful of pulses, not 100,000 runLater calls.
 */
public final class EventPump implements Consumer<Event> {
    /** Most events applied in one go, so a flood of output still lets the window repaint. */
    static final int MAX_BATCH = 5_000;

    private final ConcurrentLinkedQueue<Event> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<Event>> sink;
    private final Executor fxThread;
    private volatile boolean closed;

    /** {@code sink} runs on {@code fxThread} (Platform::runLater in the app). */
    public EventPump(Consumer<List<Event>> sink, Executor fxThread) {
        this.sink = sink;
        this.fxThread = fxThread;
    }

    /** Called on kernel threads: must return at once. */
    @Override
    public void accept(Event e) {
        if (closed) {
            return;
        }
        queue.add(e);
        if (scheduled.compareAndSet(false, true)) {
            fxThread.execute(this::drainBatch);
        }
    }

    private void drainBatch() {
        // cleared first: an event added while we drain schedules the next drain itself
        scheduled.set(false);
        List<Event> batch = take(MAX_BATCH);
        if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
            fxThread.execute(this::drainBatch);
        }
        if (!batch.isEmpty() && !closed) {
            sink.accept(batch);
        }
    }

    /** Applies everything queued so far, now; call on the FX thread. */
    public void drainNow() {
        List<Event> batch = take(Integer.MAX_VALUE);
        if (!batch.isEmpty() && !closed) {
            sink.accept(batch);
        }
    }

    private List<Event> take(int max) {
        List<Event> batch = new ArrayList<>(Math.min(max, 1024));
        Event e;
        while (batch.size() < max && (e = queue.poll()) != null) {
            batch.add(e);
        }
        return batch;
    }

    /** Drops whatever is still queued: its run has been replaced by a new one. */
    public void close() {
        closed = true;
        queue.clear();
    }
}
