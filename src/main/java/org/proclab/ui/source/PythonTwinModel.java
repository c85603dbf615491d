package org.proclab.ui.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import org.proclab.lesson.PythonTwin;

/**
 * The Python twin of the shown program, and where each process stands in it: the Java program's markers, waiting
 * lines and chosen event's line, carried over through the twin's line map. A Java line the map leaves out has no
 * Python line, so its process has no marker in the twin (it still has one in the Java program).
 */
public final class PythonTwinModel {
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyObjectWrapper<PythonTwin> twin = new ReadOnlyObjectWrapper<>(this, "twin");
    private final ReadOnlyObjectWrapper<ProgramSource> source =
            new ReadOnlyObjectWrapper<>(this, "source", ProgramSource.NONE);
    private final ReadOnlyObjectWrapper<List<CodeMarker>> markers =
            new ReadOnlyObjectWrapper<>(this, "markers", List.of());
    private final ReadOnlyObjectWrapper<Map<Integer, Integer>> pendingLines =
            new ReadOnlyObjectWrapper<>(this, "pendingLines", Map.of());
    private final ReadOnlyIntegerWrapper selectedEventLine = new ReadOnlyIntegerWrapper(this, "selectedEventLine", 0);
    private final ReadOnlyIntegerWrapper focusLine = new ReadOnlyIntegerWrapper(this, "focusLine", 0);
    /** Held here: a binding passed in is otherwise reachable only through weak listeners, and would be collected. */
    private final List<Observable> inputs;

    /**
     * @param twin              the twin of the program shown (null if it has none)
     * @param javaMarkers       where each process stands in the Java program
     * @param javaPending       the Java lines where a process waits for its turn, each with its colour index
     * @param javaSelectedEvent the Java line of the event chosen in the event log, or 0
     * @param javaFocus         the Java line of the process that moved last, to keep in sight, or 0
     */
    public PythonTwinModel(ObservableValue<PythonTwin> twin, ObservableValue<List<CodeMarker>> javaMarkers,
                           ObservableValue<Map<Integer, Integer>> javaPending, ObservableIntegerValue javaSelectedEvent,
                           ObservableIntegerValue javaFocus) {
        inputs = List.of(twin, javaMarkers, javaPending, javaSelectedEvent, javaFocus);
        Runnable load = () -> {
            PythonTwin t = twin.getValue();
            this.twin.set(t);
            source.set(t == null ? ProgramSource.NONE : new ProgramSource(t.file(), t.sourceLines(), null));
        };
        Runnable map = () -> {
            PythonTwin t = this.twin.get();
            markers.set(t == null ? List.of() : markersIn(t, javaMarkers.getValue()));
            pendingLines.set(t == null ? Map.of() : linesIn(t, javaPending.getValue()));
            selectedEventLine.set(t == null ? 0 : t.pythonLine(javaSelectedEvent.get()));
            focusLine.set(t == null ? 0 : t.pythonLine(javaFocus.get()));
        };
        twin.addListener((Observable o) -> {
            load.run();
            map.run();
        });
        for (Observable o : List.of(javaMarkers, javaPending, javaSelectedEvent, javaFocus)) {
            o.addListener(x -> map.run());
        }
        load.run();
        map.run();
    }

    /** The markers on their Python lines; a process on a Java line without one is left out. */
    static List<CodeMarker> markersIn(PythonTwin t, List<CodeMarker> java) {
        return java == null ? List.of() : java.stream()
                .filter(m -> t.pythonLine(m.line()) > 0)
                .map(m -> new CodeMarker(m.pid(), m.name(), m.colorIndex(), t.pythonLine(m.line())))
                .toList();
    }

    /** Java line → colour, on their Python lines; where two land on one, the first (the oldest waiting) keeps it. */
    static Map<Integer, Integer> linesIn(PythonTwin t, Map<Integer, Integer> java) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (java != null) {
            java.forEach((line, color) -> {
                int py = t.pythonLine(line);
                if (py > 0) {
                    out.putIfAbsent(py, color);
                }
            });
        }
        return out;
    }

    /** Whether the twin is shown beside the Java program (the user's toggle, remembered between starts). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public boolean isShown() {
        return shown.get();
    }

    public void setShown(boolean b) {
        shown.set(b);
    }

    /** The twin of the program shown, or null if it has none. */
    public ReadOnlyObjectProperty<PythonTwin> twinProperty() {
        return twin.getReadOnlyProperty();
    }

    /** The twin's text, for a {@link SourceView}. */
    public ReadOnlyObjectProperty<ProgramSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Each process on the Python line of its Java line. */
    public ReadOnlyObjectProperty<List<CodeMarker>> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    public List<CodeMarker> getMarkers() {
        return markers.get();
    }

    /** The Python lines where a process waits for its turn, each with its colour index. */
    public ReadOnlyObjectProperty<Map<Integer, Integer>> pendingLinesProperty() {
        return pendingLines.getReadOnlyProperty();
    }

    /** The Python line of the process that moved last, or 0 (also when its Java line has none). */
    public ReadOnlyIntegerProperty focusLineProperty() {
        return focusLine.getReadOnlyProperty();
    }

    /** The Python line of the event chosen in the event log, or 0. */
    public ReadOnlyIntegerProperty selectedEventLineProperty() {
        return selectedEventLine.getReadOnlyProperty();
    }
}
