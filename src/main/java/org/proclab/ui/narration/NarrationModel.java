package org.proclab.ui.narration;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.proclab.lesson.ScriptPlayer;
import org.proclab.lesson.Text;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.model.Fold;

/**
 * The chosen lesson's script during a run, for the narration panel and the prediction card: the lines due
 * so far, the lesson's first prediction, the student's choice (or that they ran without predicting),
 * whether the run is paused for it, and, once the run has ended, which choice was right and why. One of the
 * run's folds (call on the FX thread).
 */
public final class NarrationModel implements Fold<NarrationModel.State> {
    /** A checkpoint: the script player as it was, and the answer known then. */
    public record State(ScriptPlayer player, Integer actual) {}

    private final ReadOnlyObjectWrapper<Script> script = new ReadOnlyObjectWrapper<>(this, "script", Script.EMPTY);
    private final ObservableList<Text> lines = FXCollections.observableArrayList();
    private final ObservableList<Text> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyObjectWrapper<Script.Prediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyObjectWrapper<Text> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final IntegerProperty chosen = new SimpleIntegerProperty(this, "chosen", -1);
    private final ReadOnlyBooleanWrapper confirmed = new ReadOnlyBooleanWrapper(this, "confirmed");
    private final ReadOnlyBooleanWrapper skipped = new ReadOnlyBooleanWrapper(this, "skipped");
    private final ReadOnlyStringWrapper pausedAt = new ReadOnlyStringWrapper(this, "pausedAt"); // "consumer|recv() on pipe-1:0"
    private final ReadOnlyObjectWrapper<Integer> actual = new ReadOnlyObjectWrapper<>(this, "actual");
    private final BooleanBinding asking = Bindings.createBooleanBinding(
            () -> prediction.get() != null && !confirmed.get() && !skipped.get(), prediction, confirmed, skipped);
    private ScriptPlayer player = new ScriptPlayer(Script.EMPTY);
    private Runnable onConfirm = () -> {};
    private Runnable onRepeat = () -> {};
    private boolean shown;

    /** A new lesson (or variant) was chosen: its script, from the start, with no prediction made. */
    public void setScript(Script s) {
        setScript(s, null);
    }

    /**
     * A new lesson (or variant) was chosen: its script, from the start, with no prediction made, and the
     * explanation that comes with the verdict (null if the lesson has none).
     */
    public void setScript(Script s, Text why) {
        Script next = s == null ? Script.EMPTY : s;
        // the old answer goes before the new question comes: a card never sees one lesson's answer with
        // another lesson's choices
        actual.set(null);
        confirmed.set(false);
        skipped.set(false);
        chosen.set(-1);
        pausedAt.set(null);
        lines.clear();
        player = new ScriptPlayer(next);
        script.set(next);
        explanation.set(why);
        prediction.set(next.predictions().isEmpty() ? null : next.predictions().get(0));
    }

    @Override
    public void apply(List<Event> batch) {
        player.apply(batch);
        publishLines();
        Script.Prediction p = prediction.get();
        if (actual.get() == null && p != null) {
            if (batch.stream().anyMatch(e -> e.kind() == EventKind.DEADLOCK)) {
                // after a deadlock no process can do anything more: the answer is known, though the run is kept open
                actual.set(player.outcome(0, true).orElse(null));
            } else if (!p.answer().isFixed()) {
                player.outcome(0, false).ifPresent(actual::set); // the event the answer looks for just happened
            }
        }
    }

    /** The shown lines follow the player's: they only grow, unless the timeline went back to a checkpoint. */
    private void publishLines() {
        List<ScriptPlayer.Line> now = player.lines();
        if (lines.size() > now.size()) {
            lines.remove(now.size(), lines.size());
        }
        if (lines.size() < now.size()) {
            lines.addAll(now.subList(lines.size(), now.size()).stream().map(ScriptPlayer.Line::text).toList());
        }
    }

    /** A new run starts: nothing said yet. The student's prediction (or skipping it) stays. */
    @Override
    public void reset() {
        player.reset();
        lines.clear();
        pausedAt.set(null);
        actual.set(null);
    }

    @Override
    public State snapshot() {
        return new State(player.copy(), actual.get());
    }

    @Override
    public void restore(State s) {
        if (s.player().script() != player.script()) {
            // saved under another lesson's script (the host resets when the lesson changes): from the start
            player = new ScriptPlayer(script.get());
            actual.set(null);
            return;
        }
        player = s.player().copy(); // the checkpoint stays as it was
        actual.set(s.actual());
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

    /** The student picked a choice (0-based); ignored unless the card asks. */
    public void choose(int i) {
        Script.Prediction p = prediction.get();
        if (p != null && asking.get() && i >= 0 && i < p.choices().size()) {
            chosen.set(i);
        }
    }

    /** The student stands by the chosen answer: the run may start, or go on past the paused operation. */
    public void confirm() {
        if (asking.get() && chosen.get() >= 0) {
            confirmed.set(true);
            onConfirm.run();
        }
    }

    /** The student runs the lesson without predicting, on purpose: the card says so, and still gives the answer. */
    public void skip() {
        if (asking.get()) {
            chosen.set(-1);
            skipped.set(true);
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

    /** Why the answer is what it is: shown with the verdict, never before; null if the lesson has none. */
    public ReadOnlyObjectProperty<Text> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The student's choice, -1 before there is one. */
    public IntegerProperty chosenProperty() {
        return chosen;
    }

    public ReadOnlyBooleanProperty confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }

    /** The student ran the lesson without answering the question. */
    public ReadOnlyBooleanProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    /** The card asks its question: there is one, and it is neither answered nor skipped. */
    public BooleanBinding askingProperty() {
        return asking;
    }

    public boolean isAsking() {
        return asking.get();
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
