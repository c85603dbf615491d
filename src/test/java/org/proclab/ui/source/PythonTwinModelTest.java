package org.proclab.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Lesson;
import org.proclab.lesson.LessonCatalog;
import org.proclab.lesson.PythonTwin;

/** Where each process stands in the Python twin: its Java line carried over through the lesson file's line map. */
@Tag("unit")
class PythonTwinModelTest {
    private static final Lesson PIPE = LessonCatalog.builtIn().find("pipe").orElseThrow();
    private static final PythonTwin PIPE_PY = PIPE.pythonTwin(null).orElseThrow();
    private static final PythonTwin FORGOT_PY = PIPE.pythonTwin(PIPE.variant("forgot-close").orElseThrow()).orElseThrow();

    private final ObjectProperty<PythonTwin> twin = new SimpleObjectProperty<>(PIPE_PY);
    private final ObjectProperty<List<CodeMarker>> markers = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Map<Integer, Integer>> pending = new SimpleObjectProperty<>(Map.of());
    private final SimpleIntegerProperty selected = new SimpleIntegerProperty(0);
    private final SimpleIntegerProperty focus = new SimpleIntegerProperty(0);
    private final PythonTwinModel model = new PythonTwinModel(twin, markers, pending, selected, focus);

    private static String pythonText(PythonTwin t, int line) {
        return t.sourceLines().get(line - 1).strip();
    }

    @Test
    void markers_standOnTheMappedPythonLine_andAnUnmappedJavaLineHasNone() {
        // PipeLesson.java:21 is the consumer's recv(), :46 the main program's join(), :2 no code at all
        markers.set(List.of(new CodeMarker(11, "consumer", 1, 21), new CodeMarker(10, "MainProcess", 0, 46),
                new CodeMarker(12, "ghost", 2, 2)));
        List<CodeMarker> py = model.getMarkers();
        assertEquals(List.of(11L, 10L), py.stream().map(CodeMarker::pid).toList(), "the ghost's Java line has no Python line");
        assertEquals("item = output_p.recv()", pythonText(PIPE_PY, py.get(0).line()));
        assertEquals(new CodeMarker(11, "consumer", 1, 13), py.get(0), "name and colour are the Java marker's");
        assertEquals("cons.join()", pythonText(PIPE_PY, py.get(1).line()));
    }

    @Test
    void anotherProgram_remapsTheMarkersThroughItsOwnMap() {
        markers.set(List.of(new CodeMarker(11, "consumer", 1, 21)));
        assertEquals(13, model.getMarkers().get(0).line());
        twin.set(FORGOT_PY); // ForgotToClose.java has one line less before it: its line 21 prints what recv() gave
        assertEquals("pipe-forgot-close.py", model.sourceProperty().get().fileName());
        assertEquals("print(f\"consumer got {item}\")", pythonText(FORGOT_PY, model.getMarkers().get(0).line()));
    }

    @Test
    void waitingLines_chosenEvent_andFocus_followTheMap() {
        int recv = PIPE_PY.pythonLine(21);
        pending.set(Map.of(21, 3, 2, 4));
        selected.set(21);
        focus.set(21);
        assertEquals(Map.of(recv, 3), model.pendingLinesProperty().get(), "a Java line without a Python line drops out");
        assertEquals(recv, model.selectedEventLineProperty().get());
        assertEquals(recv, model.focusLineProperty().get());
        selected.set(2);
        assertEquals(0, model.selectedEventLineProperty().get());
    }

    @Test
    void twoJavaLinesOnOnePythonLine_keepTheFirstWaitersColour() {
        // PipeLesson.java 37–39 (the pipe and its two ends) are one line in Python: output_p, input_p = Pipe()
        assertEquals(PIPE_PY.pythonLine(37), PIPE_PY.pythonLine(38));
        Map<Integer, Integer> java = new java.util.LinkedHashMap<>();
        java.put(37, 5);
        java.put(38, 6);
        assertEquals(Map.of(PIPE_PY.pythonLine(37), 5), PythonTwinModel.linesIn(PIPE_PY, java));
    }

    @Test
    void noTwin_noSource_noMarkers() {
        markers.set(List.of(new CodeMarker(11, "consumer", 1, 21)));
        twin.set(null);
        assertNull(model.twinProperty().get());
        assertEquals(ProgramSource.NONE, model.sourceProperty().get());
        assertEquals(List.of(), model.getMarkers());
    }
}
