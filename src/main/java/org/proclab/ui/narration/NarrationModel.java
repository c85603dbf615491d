package org.proclab.ui.narration;

import org.proclab.lesson.ScriptPlayer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.proclab.lesson.Script;
import org.proclab.lesson.Text;
import org.proclab.trace.Event;
import org.proclab.ui.run.RunViewModel;

/**
 * The chosen lesson's script during a run, for the narration panel and the prediction card: the lines due
 * so far, the lesson's first prediction, the student's choice, whether the run is paused for it, and, once
 * the run has ended, which choice was right. Folds the run's events (call on the FX thread).
 */
public final class NarrationModel implements RunViewModel.BatchFold {
    private final ReadOnlyObjectWrapper<Script> script = new ReadOnlyObjectWrapper<>(this, "script", Script.EMPTY);
    private final ObservableList<Text> lines = FXCollections.observableArrayList();
    private final ObservableList<Text> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyObjectWrapper<Script.Prediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final IntegerProperty chosen = new SimpleIntegerProperty(this, "chosen", -1);
    private final ReadOnlyBooleanWrapper confirmed = new ReadOnlyBooleanWrapper(this, "confirmed");
    private final ReadOnlyStringWrapper pausedAt = new ReadOnlyStringWrapper(this, "pausedAt"); // "consumer|recv() on pipe-1:0"
    private final ReadOnlyObjectWrapper<Integer> actual = new ReadOnlyObjectWrapper<>(this, "actual");
    private ScriptPlayer player = new ScriptPlayer(Script.EMPTY);
    private Runnable onConfirm = () -> {};
    private Runnable onRepeat = () -> {};
    private boolean shown;

    /** A new lesson (or variant) was chosen: its script, from the start, with no prediction made. */
    public void setScript(Script s) {
        Script next = s == null ? Script.EMPTY : s;
        script.set(next);
        player = new ScriptPlayer(next);
        prediction.set(next.predictions().isEmpty() ? null : next.predictions().get(0));
        chosen.set(-1);
        confirmed.set(false);
        clearRun();
    }

    @Override
    public void apply(List<Event> batch) {
        int before = player.lines().size();
        player.apply(batch);
        List<ScriptPlayer.Line> now = player.lines();
        List<Text> added = new ArrayList<>();
        for (int i = before; i < now.size(); i++) {
            added.add(now.get(i).text());
        }
        lines.addAll(added);
        Script.Prediction p = prediction.get();
        if (actual.get() == null && p != null) {
            if (batch.stream().anyMatch(e -> e.kind() == org.proclab.trace.EventKind.DEADLOCK)) {
                // after a deadlock no process can do anything more: the answer is known, though the run is kept open
                actual.set(player.outcome(0, true).orElse(null));
            } else if (!p.answer().isFixed()) {
                player.outcome(0, false).ifPresent(actual::set); // the event the answer looks for just happened
            }
        }
    }

    /** A new run starts: nothing said yet. The student's prediction stays. */
    @Override
    public void reset() {
        player.reset();
        clearRun();
    }

    private void clearRun() {
        lines.clear();
        pausedAt.set(null);
        actual.set(null);
    }

    /**
     * The run ended, or the timeline of a finished run or a saved trace stands at its last event: now every
     * prediction's outcome is known (an answer that looks for an event is known as soon as it happens).
     */
    public void runEnded() {
        pausedAt.set(null);
        if (prediction.get() != null) {
            actual.set(player.outcome(0, true).orElse(null));
        }
    }

    /** The run is held before the prediction's operation: {@code process} is about to do {@code what}. */
    public void paused(String process, String what) {
        pausedAt.set(process + "|" + what);
    }

    /** The held operation was let go. */
    public void resumed() {
        pausedAt.set(null);
    }

    /** The student picked a choice (0-based); ignored once confirmed. */
    public void choose(int i) {
        Script.Prediction p = prediction.get();
        if (p != null && !confirmed.get() && i >= 0 && i < p.choices().size()) {
            chosen.set(i);
        }
    }

    /** The student stands by the chosen answer: the run may start, or go on past the paused operation. */
    public void confirm() {
        if (prediction.get() != null && chosen.get() >= 0 && !confirmed.get()) {
            confirmed.set(true);
            onConfirm.run();
        }
    }

    /** A prediction card is on screen: only then may a run stop to wait for an answer. */
    public void setShown(boolean shown) {
        this.shown = shown;
    }

    public boolean isShown() {
        return shown;
    }

    /** What confirming does besides recording it (the main view model runs the lesson or lets it go on). */
    public void setOnConfirm(Runnable r) {
        onConfirm = r == null ? () -> {} : r;
    }

    /** What "run it several times" does (the main view model runs the lesson N times for the spread). */
    public void setOnRepeat(Runnable r) {
        onRepeat = r == null ? () -> {} : r;
    }

    /** The student wants to see how often the answer holds: the same program, run several times. */
    public void repeat() {
        onRepeat.run();
    }

    public ReadOnlyObjectProperty<Script> scriptProperty() {
        return script.getReadOnlyProperty();
    }

    /** The narration lines due so far, oldest first. */
    public ObservableList<Text> lines() {
        return linesView;
    }

    public ReadOnlyObjectProperty<Script.Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** The student's choice, -1 before there is one. */
    public IntegerProperty chosenProperty() {
        return chosen;
    }

    public ReadOnlyBooleanProperty confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }

    /** "process|operation" while the run is held for the prediction, else null. */
    public ReadOnlyStringProperty pausedAtProperty() {
        return pausedAt.getReadOnlyProperty();
    }

    /** The choice that was right, known once the run ended; null before. */
    public ReadOnlyObjectProperty<Integer> actualProperty() {
        return actual.getReadOnlyProperty();
    }
}
