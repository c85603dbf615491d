package org.proclab.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.TraceFixtures.through;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The source view draws a pill per process on the line it executes, in the process's colour. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CodeMarkersViewTest {
    private static final List<Event> LOCK = TraceFixtures.load("lock-value.jsonl");
    private final SimpleObjectProperty<ProgramSource> source =
            new SimpleObjectProperty<>(ProgramSource.load("org.proclab.lessons.lockvalue.LockAndValue"));
    private SourceView view;
    private CodeMarkersModel model;

    @Start
    void start(Stage stage) {
        view = new SourceView(source, new I18n(I18n.ENGLISH));
        view.getStylesheets().add(0, SourceView.class.getResource("/styles/app.css").toExternalForm());
        model = new CodeMarkersModel();
        model.setFileName("LockAndValue.java");
        stage.setScene(new Scene(view, 620, 440));
        stage.show();
    }

    private void foldThrough(int count) {
        UiSnapshots.onFx(() -> {
            model.reset();
            model.apply(LOCK.subList(0, count));
            view.setMarkers(model.getMarkers());
            view.reveal(15);
            return null;
        });
    }

    private ListCell<?> cellOfLine(int line) {
        return UiSnapshots.onFx(() -> view.lookupAll(".list-cell").stream()
                .map(n -> (ListCell<?>) n).filter(c -> !c.isEmpty() && c.getIndex() == line - 1).findFirst()
                .orElseThrow(() -> new AssertionError("line " + line + " is not on screen")));
    }

    private static Color fill(Node pill) {
        Background bg = ((Label) pill).getBackground();
        return (Color) bg.getFills().get(0).getFill();
    }

    @Test
    void pills_onTheirLines_inTheirProcessColours() {
        // Process-1 sleeps (line 18) holding the lock, Process-2 waits in acquire() (line 15), main in join() (34)
        foldThrough(through(LOCK, e -> e.kind() == EventKind.BLOCK && "acquire()".equals(e.text())));
        long p1 = TraceFixtures.pidOf(LOCK, "Process-1");
        long p2 = TraceFixtures.pidOf(LOCK, "Process-2");
        UiSnapshots.save(view, "code-markers");

        ListCell<?> l15 = cellOfLine(15);
        ListCell<?> l18 = cellOfLine(18);
        Node pill1 = UiSnapshots.onFx(() -> l18.lookup("#marker-" + p1));
        Node pill2 = UiSnapshots.onFx(() -> l15.lookup("#marker-" + p2));
        assertEquals("Process-1", ((Label) pill1).getText());
        assertEquals(ProcessPalette.color(1), fill(pill1));
        assertEquals(ProcessPalette.color(2), fill(pill2));
        assertTrue(l15.getPseudoClassStates().contains(SourceView.MARKED));
        assertTrue(UiSnapshots.onFx(() -> l15.lookup("#marker-" + p1)) == null, "Process-1 is not on line 15");
        assertFalse(cellOfLine(16).getPseudoClassStates().contains(SourceView.MARKED));
        assertEquals(1, UiSnapshots.onFx(() -> l18.lookupAll(".code-marker").size()));
    }

    @Test
    void twoProcessesOnOneLine_twoPills_andTheTintOfTheFirst() {
        UiSnapshots.onFx(() -> {
            view.setMarkers(List.of(new CodeMarker(11, "Process-1", 1, 19), new CodeMarker(12, "Process-2", 2, 19)));
            return null;
        });
        ListCell<?> l19 = cellOfLine(19);
        List<Node> pills = UiSnapshots.onFx(() -> List.copyOf(l19.lookupAll(".code-marker")));
        assertEquals(2, pills.size());
        assertEquals("P1", ((Label) pills.get(0)).getText());
        assertTrue(l19.getStyle().contains(ProcessPalette.web(ProcessPalette.color(1))));
        UiSnapshots.save(view, "code-markers-shared-line");
    }

    @Test
    void fivePoolWorkersOnOneLine_threePills_andACount() {
        List<Event> pool = TraceFixtures.load(TraceFixtures.POOL);
        UiSnapshots.onFx(() -> {
            source.set(ProgramSource.load("org.proclab.lessons.pool.PoolLesson"));
            CodeMarkersModel m = new CodeMarkersModel();
            m.setFileName("PoolLesson.java");
            m.apply(pool.subList(0, TraceFixtures.throughNth(pool, EventKind.SLEEP, 5)));
            view.setMarkers(m.getMarkers());
            return null;
        });
        assertEquals(5, view.markersAt(13).size());
        ListCell<?> l13 = cellOfLine(13);
        assertEquals(SourceView.MAX_PILLS, UiSnapshots.onFx(() -> l13.lookupAll(".code-marker").size()));
        assertEquals("+3", UiSnapshots.onFx(() -> ((Label) l13.lookup(".more-markers")).getText()));
        assertEquals("PW1", UiSnapshots.onFx(() -> ((Label) l13.lookup(".code-marker")).getText()), "shared lines use short names");
        UiSnapshots.save(view, "code-markers-pool");
    }

    /**
     * A hundred children on one line: one pill and "+99", whole, inside the gutter (beside two pills the count was cut
     * to "…"); five pool workers keep two pills.
     */
    @Test
    void aHundredOnOneLine_onePill_andTheWholeCount() {
        List<CodeMarker> here = new java.util.ArrayList<>();
        for (long pid = 1000; pid < 1100; pid++) {
            here.add(new CodeMarker(pid, "Process-" + (pid - 999), (int) pid % 8, 19));
        }
        UiSnapshots.onFx(() -> {
            view.setMarkers(List.copyOf(here));
            return null;
        });
        ListCell<?> l19 = cellOfLine(19);
        UiSnapshots.afterPulses(2);
        assertEquals(1, UiSnapshots.onFx(() -> l19.lookupAll(".code-marker").size()));
        Label more = UiSnapshots.onFx(() -> (Label) l19.lookup(".more-markers"));
        assertEquals("+99", UiSnapshots.onFx(() -> ((javafx.scene.text.Text) more.lookup(".text")).getText()), "drawn whole");
        double end = UiSnapshots.onFx(() -> more.getBoundsInParent().getMaxX());
        assertTrue(end <= SourceView.GUTTER_WIDTH + 0.5, "the count ends at " + end + ", inside the gutter");
        UiSnapshots.save(view, "code-markers-hundred-on-a-line");
    }

    @Test
    void shortName_capitalsAndTrailingNumber() {
        assertEquals("PW1", SourceView.shortName("PoolWorker-1"));
        assertEquals("MP", SourceView.shortName("MainProcess"));
        assertEquals("con", SourceView.shortName("consumer"));
        assertEquals("w12", SourceView.shortName("w12"));
    }

    @Test
    void exitedProcess_losesItsPill() {
        long p1 = TraceFixtures.pidOf(LOCK, "Process-1");
        foldThrough(through(LOCK, e -> e.kind() == EventKind.EXIT && e.pid() == p1));
        assertTrue(UiSnapshots.onFx(() -> view.lookup("#marker-" + p1)) == null);
    }

    @Test
    void pendingLines_stillMarked_besideMarkers() {
        UiSnapshots.onFx(() -> {
            view.setMarkers(List.of(new CodeMarker(11, "Process-1", 1, 19)));
            view.setPendingLines(Map.of(19, 1, 20, 2));
            view.setSelectedEventLine(21);
            return null;
        });
        assertTrue(cellOfLine(19).getPseudoClassStates().contains(SourceView.PENDING));
        assertTrue(cellOfLine(20).getPseudoClassStates().contains(SourceView.PENDING));
        assertTrue(cellOfLine(21).getPseudoClassStates().contains(SourceView.SELECTED_EVENT));
        assertFalse(cellOfLine(19).getPseudoClassStates().contains(SourceView.SELECTED_EVENT));
        UiSnapshots.save(view, "code-markers-pending");
    }

    /** The x where a line's code starts: the gutter is reserved, so markers never move it. */
    private double codeStart(ListCell<?> cell) {
        return UiSnapshots.onFx(() -> {
            javafx.scene.Node text = cell.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.text.Text).findFirst().orElseThrow(); // the code, not a pill's text
            return text.localToScene(text.getBoundsInLocal()).getMinX();
        });
    }

    @Test
    void markers_neverShiftTheCodeSideways() {
        UiSnapshots.onFx(() -> {
            view.setMarkers(List.of());
            return null;
        });
        double bare = codeStart(cellOfLine(19));
        UiSnapshots.onFx(() -> {
            view.setMarkers(List.of(new CodeMarker(11, "Process-1", 1, 19), new CodeMarker(12, "Process-2", 2, 19),
                    new CodeMarker(13, "Process-3", 3, 19), new CodeMarker(14, "MainProcess", 0, 20)));
            return null;
        });
        assertEquals(bare, codeStart(cellOfLine(19)), 0.5, "three processes on the line");
        assertEquals(bare, codeStart(cellOfLine(20)), 0.5, "one process with a long name");
        assertEquals(bare, codeStart(cellOfLine(21)), 0.5, "none");
    }

    @Test
    void processesOffScreen_arePointedAtAlongTheEdges_andAClickGoesThere() {
        SourcePane pane = UiSnapshots.onFx(() -> {
            Scene scene = view.getScene();
            scene.setRoot(new javafx.scene.layout.Pane());
            SourcePane p = new SourcePane(view, new I18n(I18n.ENGLISH));
            scene.setRoot(p);
            view.setMarkers(List.of(new CodeMarker(11, "Process-1", 1, 2), new CodeMarker(12, "MainProcess", 0, 36)));
            return p;
        });
        UiSnapshots.onFx(() -> {
            view.scrollTo(14);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Label up = UiSnapshots.onFx(() -> (Label) pane.lookup("#off-screen-11"));
        Label down = UiSnapshots.onFx(() -> (Label) pane.lookup("#off-screen-12"));
        int first = view.firstVisibleLineProperty().get();
        int last = view.lastVisibleLineProperty().get();
        assertTrue(first > 2 && last < 36, "lines " + first + ".." + last + " are on screen");
        assertEquals("\u25B2 Process-1 \u00B7 line 2", up.getText());
        assertEquals("\u25BC MainProcess \u00B7 line 36", down.getText());
        assertEquals(ProcessPalette.color(0), fill(down));
        UiSnapshots.save(pane, "code-markers-off-screen");
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        robot.clickOn(down);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.lastVisibleLineProperty().get() >= 36, "scrolled to MainProcess's line");
        assertTrue(UiSnapshots.onFx(() -> pane.lookup("#off-screen-12")) == null, "in sight now: no pointer");
    }
}
