package org.proclab.ui.main;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.LongToIntFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.proclab.kernel.Scheduler;
import org.proclab.ui.source.CodeMarker;
import org.proclab.ui.source.CodeMarkersModel;

/**
 * What the source view marks of the run, and which line it brings into sight. Each process stands on the
 * line of its latest event in the shown file (the {@link CodeMarkersModel} fold, so it follows the
 * timeline); live, a process held before its next operation stands on that operation's line instead, and
 * that line is marked as waiting. The line to reveal: the oldest waiting one when there is one, else the
 * line of the process that moved last; and the line of the event chosen in the event log.
 */
public final class SourceMarks {
    private final ReadOnlyObjectWrapper<List<CodeMarker>> markers = new ReadOnlyObjectWrapper<>(this, "markers", List.of());
    private final ReadOnlyObjectWrapper<Map<Integer, Integer>> pendingLines =
            new ReadOnlyObjectWrapper<>(this, "pendingLines", Map.of());
    private IntConsumer reveal = line -> { };

    /**
     * @param fold       where each process stands, by the events
     * @param pending    the operations waiting for their turn (step, slow motion, a prediction), oldest first
     * @param following  whether the views follow the live run (else the timeline shows an earlier event)
     * @param fileName   the shown source file's name ("" for none)
     * @param colorOf    a process's colour index by its pid
     * @param chosenLine the line of the event chosen in the event log, in the shown file, or 0
     */
    public SourceMarks(CodeMarkersModel fold, ObservableList<Scheduler.Pending> pending, ObservableBooleanValue following,
                       ObservableValue<String> fileName, LongToIntFunction colorOf, ObservableIntegerValue chosenLine) {
        // live, a process held before its next operation stands on that line; scrubbed back, the events say where
        markers.bind(Bindings.createObjectBinding(
                () -> following.get() ? PendingLines.withPending(fold.getMarkers(), pending, fileName.getValue())
                        : fold.getMarkers(),
                fold.markersProperty(), pending, following, fileName));
        InvalidationListener markPending = o -> {
            Map<Integer, Integer> lines = PendingLines.of(pending, fileName.getValue(), colorOf);
            pendingLines.set(lines);
            lines.keySet().stream().findFirst().ifPresent(line -> reveal.accept(line)); // the oldest one
        };
        pending.addListener(markPending);
        fileName.addListener(markPending);
        fold.focusLineProperty().addListener((o, a, line) -> {
            if (pendingLines.get().isEmpty()) { // a line where a process waits for its turn matters more
                reveal.accept(line.intValue());
            }
        });
        chosenLine.addListener((o, a, line) -> reveal.accept(line.intValue()));
    }

    /** The processes to mark, each on its line. */
    public ReadOnlyObjectProperty<List<CodeMarker>> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    public List<CodeMarker> getMarkers() {
        return markers.get();
    }

    /** Line number -> colour index of the lines where a process waits for its turn, oldest first. */
    public ReadOnlyObjectProperty<Map<Integer, Integer>> pendingLinesProperty() {
        return pendingLines.getReadOnlyProperty();
    }

    public Map<Integer, Integer> getPendingLines() {
        return pendingLines.get();
    }

    /** Who scrolls the source: called with a line to bring into sight (0 for none) when one matters. */
    public void setOnReveal(IntConsumer reveal) {
        this.reveal = reveal == null ? line -> { } : reveal;
    }
}
