package org.proclab.ui.run;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.proclab.kernel.Scheduler;

/**
 * Free, slow-motion and step modes as the toolbar and the pending-operations panel see them. The mode
 * and the rate are the user's choice and hold across runs (a run can start in step mode); the pending
 * operations are the current run's scheduler's, published on the FX thread. Every call into the
 * scheduler goes through one background thread, in order: it takes the kernel's lock, and the FX
 * thread must never wait for the kernel.
 */
public final class SchedulerViewModel implements AutoCloseable {
    public static final double MIN_RATE = 0.5;
    public static final double MAX_RATE = 20;

    private final ObjectProperty<Scheduler.Mode> mode = new SimpleObjectProperty<>(this, "mode", Scheduler.Mode.FREE);
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 2);
    private final ObservableList<Scheduler.Pending> pending = FXCollections.observableArrayList();
    private final ObservableList<Scheduler.Pending> pendingView = FXCollections.unmodifiableObservableList(pending);
    private final ReadOnlyBooleanWrapper attached = new ReadOnlyBooleanWrapper(this, "attached");
    private final Executor fxThread;
    private final ExecutorService kernelCalls = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "proclab-ui-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean publishQueued = new AtomicBoolean();
    // copies the background threads may read
    private volatile Scheduler.Mode modeNow = Scheduler.Mode.FREE;
    private volatile double rateNow = 2;
    private volatile Scheduler scheduler;

    /** {@code fxThread} runs the publishing (Platform::runLater in the app). */
    public SchedulerViewModel(Executor fxThread) {
        this.fxThread = fxThread;
        mode.addListener((o, a, m) -> {
            Scheduler.Mode chosen = m == null ? Scheduler.Mode.FREE : m;
            modeNow = chosen;
            call(s -> s.setMode(chosen));
        });
        rate.addListener((o, a, r) -> {
            rateNow = clamp(r.doubleValue());
            call(s -> s.setRate(rateNow));
        });
    }

    private static double clamp(double r) {
        return Math.max(MIN_RATE, Math.min(MAX_RATE, r));
    }

    /**
     * Gives the view model the scheduler of a run that is about to launch: the chosen mode and rate are
     * set on it first, so a run can start in step mode. Call it on the run's background thread.
     */
    public void attach(Scheduler s) {
        s.setRate(rateNow);
        s.setMode(modeNow);
        scheduler = s;
        s.addListener(() -> {
            if (scheduler == s) {
                refresh();
            }
        });
        fxThread.execute(() -> attached.set(scheduler == s));
        refresh();
    }

    /** The run has ended: nothing is pending any more. Call on the FX thread. */
    public void detach() {
        scheduler = null;
        attached.set(false);
        pending.clear();
    }

    /** Forgets {@code s} if it is still the attached one (any thread): its run was dropped. */
    public void detachFrom(Scheduler s) {
        if (scheduler == s) {
            scheduler = null;
            fxThread.execute(() -> {
                if (scheduler == null) {
                    attached.set(false);
                    pending.clear();
                }
            });
        }
    }

    /** Reads the pending operations again (after a process ended, which the scheduler does not announce). */
    public void refresh() {
        if (publishQueued.compareAndSet(false, true)) {
            kernelCalls.execute(() -> {
                publishQueued.set(false); // cleared before reading: a change after this read queues another
                Scheduler s = scheduler;
                List<Scheduler.Pending> now = s == null ? List.of() : s.pending();
                fxThread.execute(() -> {
                    if (scheduler == s) {
                        pending.setAll(now);
                    }
                });
            });
        }
    }

    /** Lets the oldest pending operation run. */
    public void step() {
        call(Scheduler::step);
    }

    /** Lets this process's next pending operation run: the user picks who goes next. */
    public void step(long pid) {
        call(s -> s.step(pid));
    }

    private void call(java.util.function.Consumer<Scheduler> work) {
        Scheduler s = scheduler;
        if (s != null) {
            kernelCalls.execute(() -> work.accept(s));
        }
    }

    /** The user's choice; applied to the current run at once and to the next one before it starts. */
    public ObjectProperty<Scheduler.Mode> modeProperty() {
        return mode;
    }

    public Scheduler.Mode getMode() {
        return mode.get();
    }

    public void setMode(Scheduler.Mode m) {
        mode.set(m);
    }

    /** Operations per second in slow motion, from {@link #MIN_RATE} to {@link #MAX_RATE}. */
    public DoubleProperty rateProperty() {
        return rate;
    }

    /** The operations held back, oldest first. */
    public ObservableList<Scheduler.Pending> pending() {
        return pendingView;
    }

    /** A run's scheduler is there to step. */
    public ReadOnlyBooleanProperty attachedProperty() {
        return attached.getReadOnlyProperty();
    }

    /** Runs {@code marker} on the kernel-call thread once every call queued before it has run (tests drain with it). */
    void afterQueuedCalls(Runnable marker) {
        kernelCalls.execute(marker);
    }

    @Override
    public void close() {
        scheduler = null;
        kernelCalls.shutdownNow();
    }
}
