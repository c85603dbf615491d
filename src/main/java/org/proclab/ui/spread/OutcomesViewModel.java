package org.proclab.ui.spread;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.proclab.kernel.ProgramSpec;
import org.proclab.lesson.Script;
import org.proclab.spread.Outcome;
import org.proclab.spread.OutcomeSpread;
import org.proclab.spread.RepeatRuns;

/**
 * "Run ×N": the chosen lesson run several times in the background, one real run after the other, and the
 * spread of outcomes so far. The runs happen on a thread of their own; every change is posted to the FX
 * thread through {@code fx}, so the properties change only there.
 */
public final class OutcomesViewModel implements AutoCloseable {
    public static final int MIN_RUNS = 2;
    public static final int MAX_RUNS = 50;
    public static final int DEFAULT_RUNS = 10;
    /** A run of a lesson takes seconds; one that takes this long is stopped and counted as timed out. */
    static final Duration TIMEOUT_PER_RUN = Duration.ofSeconds(60);

    private final Consumer<Runnable> fx;
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", DEFAULT_RUNS);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(this, "cancelled");
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(this, "done");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyObjectWrapper<OutcomeSpread> spread = new ReadOnlyObjectWrapper<>(this, "spread", OutcomeSpread.EMPTY);
    private final ReadOnlyObjectWrapper<Script.Prediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private RepeatRuns current;
    private Thread worker;

    /** {@code fx} runs a task on the FX thread: {@code Platform::runLater} in the app, {@code Runnable::run} in tests. */
    public OutcomesViewModel(Consumer<Runnable> fx) {
        this.fx = fx;
        count.addListener((o, a, n) -> { // a spinner or a caller may go out of range: keep it in
            int clamped = Math.max(MIN_RUNS, Math.min(MAX_RUNS, n.intValue()));
            if (clamped != n.intValue()) {
                count.set(clamped);
            }
        });
    }

    /**
     * Runs {@code spec} {@link #countProperty() count} times in the background; {@code title} names it in the
     * view, {@code script} gives the prediction whose outcome each run decides. Ignored while runs are going on.
     */
    public void start(ProgramSpec spec, Script script, String title) {
        if (running.get()) {
            return;
        }
        int n = count.get();
        RepeatRuns runs = new RepeatRuns(spec, script, n, TIMEOUT_PER_RUN);
        current = runs;
        this.title.set(title == null ? "" : title);
        prediction.set(script == null || script.predictions().isEmpty() ? null : script.predictions().get(0));
        spread.set(OutcomeSpread.EMPTY);
        failure.set(null);
        cancelled.set(false);
        done.set(0);
        total.set(n);
        running.set(true);
        worker = new Thread(() -> work(runs), "proclab-repeats");
        worker.setDaemon(true);
        worker.start();
    }

    private void work(RepeatRuns runs) {
        List<Outcome> outcomes = new ArrayList<>();
        String failed = null;
        try {
            runs.run(new RepeatRuns.Progress() {
                @Override
                public void ended(int index, int n, Outcome o) {
                    outcomes.add(o);
                    OutcomeSpread so = new OutcomeSpread(outcomes); // grouped here, off the FX thread
                    fx.accept(() -> {
                        done.set(index);
                        spread.set(so);
                    });
                }
            });
        } catch (IOException e) {
            failed = e.getMessage() == null ? e.toString() : e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed = e.toString(); // a bug must end the series visibly, not leave "Run 3 of 10…" for ever
        }
        String why = failed;
        fx.accept(() -> {
            if (current == runs) {
                cancelled.set(runs.isCancelled());
                failure.set(why);
                running.set(false);
            }
        });
    }

    /** Stops the run in progress and runs no more; the spread of the runs that ended stays. */
    public void cancel() {
        if (current != null && running.get()) {
            current.cancel();
        }
    }

    /** The window is closing: cancels, and waits a little for the run in progress to end its processes. */
    @Override
    public void close() {
        cancel();
        Thread t = worker;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many runs "Run ×N" makes: {@value #MIN_RUNS} to {@value #MAX_RUNS}, {@value #DEFAULT_RUNS} at first. */
    public IntegerProperty countProperty() {
        return count;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** True if the last series was cancelled before its last run. */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    /** Runs ended so far in the current (or last) series. */
    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Runs the current (or last) series was to make. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The outcomes of the runs ended so far, grouped. */
    public ReadOnlyObjectProperty<OutcomeSpread> spreadProperty() {
        return spread.getReadOnlyProperty();
    }

    /** The lesson's first prediction, whose right choice each run decides; null if it has none. */
    public ReadOnlyObjectProperty<Script.Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** Names what was run again, in another language; the runs and their spread stay as they are. */
    public void retitle(String newTitle) {
        title.set(newTitle == null ? "" : newTitle);
    }

    /** What was run, as the view names it (the lesson's title). */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why a run could not start, or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
