package org.proclab.ui.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.PipeRunTrace;
import org.proclab.ui.AppWindow;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonEntry;
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.source.SourceView;
import org.testfx.api.FxRobot;

/** The event log in the main window: choosing an event points out its line, process and object; a double-click moves the timeline. */
@Tag("ui")
class EventLogViewTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private static final List<Event> PIPE = TraceFixtures.load("pipe-lesson.jsonl");

    /** How many of the first {@code n} events have a row: the CPU-time reports have none by default. */
    private static int rowsOf(List<Event> events, int n) {
        return (int) events.subList(0, n).stream().filter(e -> e.kind() != EventKind.CPU).count();
    }
    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    private void replayPipeLesson() {
        UiSnapshots.onFx(() -> {
            vm.lessons().setSelected(new LessonEntry(vm.lessons().lessons().stream()
                    .filter(l -> l.id().equals("pipe")).findFirst().orElseThrow(), null));
            vm.runModel().replay(PIPE);
            window.show(CentreView.PIPES_AND_QUEUES);
            return null;
        });
    }

    /** The row of event {@code seq}, scrolled into view: once the list has laid it out. */
    private Node row(int seq) {
        UiSnapshots.onFx(() -> {
            window.eventLog().scrollTo(Math.max(0, seq - 2));
            return null;
        });
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> UiSnapshots.onFx(() -> shownRow(seq) != null));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no row for event " + seq, e);
        }
        // the list may still be settling after the scroll: a row taken now would be somewhere else when the robot
        // clicks (on a loaded machine, the click chose another event)
        UiSnapshots.afterPulses(2);
        return UiSnapshots.onFx(() -> shownRow(seq));
    }

    /** The row drawn for event {@code seq}, or null: the rows are the list's cells, each showing one event. */
    private Node shownRow(int seq) {
        return scene.getRoot().lookupAll(".event-row").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof org.proclab.trace.Event e
                        && e.seq() == seq && n.isVisible())
                .findFirst().orElse(null);
    }

    /**
     * Clicks the row of event {@code seq} until the list has chosen that event: on a crowded machine a click can
     * land while the list still moves after its scroll, and then chooses another row or none. What the click
     * does once the event is chosen is what the tests check.
     */
    private void click(FxRobot robot, int seq) {
        for (int attempt = 0; attempt < 3; attempt++) {
            robot.clickOn(row(seq));
            try {
                org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                        () -> UiSnapshots.onFx(() -> window.eventLog().getSelectedEvent() != null
                                && window.eventLog().getSelectedEvent().seq() == seq));
                return;
            } catch (java.util.concurrent.TimeoutException missed) {
                // the click chose another row, or none: click again
            }
        }
    }

    /**
     * A double click as the system reports it: a click, then a click counted as the second. The robot's two
     * clicks can come too far apart on a crowded machine to count as one double click.
     */
    private void doubleClick(FxRobot robot, int seq) {
        click(robot, seq);
        Node cell = row(seq);
        UiSnapshots.onFx(() -> {
            double x = cell.getLayoutBounds().getCenterX();
            double y = cell.getLayoutBounds().getCenterY();
            javafx.geometry.Point2D screen = cell.localToScreen(x, y);
            cell.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, x, y, screen.getX(), screen.getY(), MouseButton.PRIMARY, 2,
                    false, false, false, false, false, false, false, false, false, true, null));
            return null;
        });
    }

    private ListCell<?> sourceLine(int line) {
        SourceView source = (SourceView) scene.lookup("#source-view");
        UiSnapshots.onFx(() -> {
            source.reveal(line);
            return null;
        });
        return UiSnapshots.onFx(() -> source.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> !c.isEmpty() && c.getIndex() == line - 1).findFirst().orElseThrow());
    }

    private List<Integer> selectedEventLines() {
        SourceView source = (SourceView) scene.lookup("#source-view");
        return UiSnapshots.onFx(() -> source.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getPseudoClassStates().contains(SourceView.SELECTED_EVENT))
                .map(c -> c.getIndex() + 1).toList());
    }

    private boolean highlighted(String id) {
        Node n = UiSnapshots.onFx(() -> scene.lookup("#" + id));
        if (n == null) {
            throw new AssertionError("no node #" + id);
        }
        return n.getPseudoClassStates().contains(SnapshotView.HIGHLIGHTED);
    }

    @Test
    void aNewWindowsFirstEvents_moreThanFit_endWithTheNewestInView() {
        List<Event> run = PipeRunTrace.events(300);
        UiSnapshots.onFx(() -> {
            vm.runModel().apply(new ArrayList<>(run)); // live, following: the list showed its placeholder until now
            return null;
        });
        UiSnapshots.afterPulses(3);
        UiSnapshots.onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) window.eventLog().lookup(".virtual-flow");
            IndexedCell<?> last = flow.getLastVisibleCell();
            assertEquals(window.eventLog().getItems().size() - 1, last.getIndex(), "the newest event is the last row");
            assertTrue(last.getLayoutY() + last.getHeight() <= flow.getHeight() + 0.5,
                    "and all of it is in view: " + last.getLayoutY() + " + " + last.getHeight() + " in " + flow.getHeight());
            return null;
        });
    }

    @Test
    void clickingAnEvent_pointsOutItsLine_itsProcess_andItsPipeEnd(FxRobot robot) {
        replayPipeLesson();
        long consumer = TraceFixtures.pidOf(PIPE, "consumer");
        long main = TraceFixtures.pidOf(PIPE, "MainProcess");
        assertEquals(rowsOf(PIPE, PIPE.size()), window.eventLog().getItems().size());
        UiSnapshots.onFx(() -> {
            window.show(CentreView.PROCESSES); // the student looks at the tree...
            return null;
        });

        // the consumer closes its copy of the write end (line 18)
        click(robot, 17);
        assertEquals(EventKind.CLOSE, window.eventLog().getSelectedEvent().kind());
        assertEquals(CentreView.PIPES_AND_QUEUES, window.shownView(), "...and the pipe comes to the front");
        assertEquals(List.of(18), selectedEventLines());
        assertTrue(highlighted("pipe-pipe-1"));
        assertTrue(highlighted("handle-pipe-1-1-" + consumer));
        assertTrue(highlighted("handle-pipe-1-1-" + main), "every handle of that end");
        assertFalse(highlighted("handle-pipe-1-0-" + consumer), "not the other end");
        assertEquals(consumer, window.processTree().getSelectedPid());
        Node consumerBox = UiSnapshots.onFx(() -> scene.lookup("#process-" + consumer));
        assertTrue(consumerBox.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")));

        // the main program's output line has no object: nothing stays highlighted
        click(robot, 31);
        assertNull(window.eventLog().highlightedObjectProperty().get());
        assertFalse(highlighted("pipe-pipe-1"));
        assertTrue(selectedEventLines().isEmpty(), "an output line has no program line");
    }

    @Test
    void doubleClick_movesTheTimeline_andTheMarkersFollow(FxRobot robot) {
        replayPipeLesson();
        long consumer = TraceFixtures.pidOf(PIPE, "consumer");
        assertTrue(UiSnapshots.onFx(() -> scene.lookup("#marker-" + consumer)) == null, "every process has exited");

        doubleClick(robot, 21); // the consumer's last recv()
        assertEquals(21, vm.runModel().shownProperty().get());
        assertFalse(vm.runModel().followingProperty().get());
        assertEquals(rowsOf(PIPE, 22), window.eventLog().getItems().size(), "the log shows the events up to the shown one");
        assertEquals(21, window.eventLog().getSelectedEvent().seq());
        assertTrue(sourceLine(21).lookup("#marker-" + consumer) != null, "the consumer's pill on its recv() line");

        click(robot, 9); // the first send, line 32
        assertEquals(List.of(32), selectedEventLines());
        assertTrue(highlighted("handle-pipe-1-1-" + consumer));
        assertFalse(highlighted("handle-pipe-1-0-" + consumer));
        UiSnapshots.save(scene, "event-log-highlight");

        click(robot, 5);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(5, vm.runModel().shownProperty().get());
    }

    private String rowText(int seq) {
        Node r = row(seq);
        return UiSnapshots.onFx(() -> ((javafx.scene.control.Label) r.lookup(".event-text")).getText());
    }

    @Test
    void rows_readAsSentences_andFollowTheLanguage() {
        replayPipeLesson();
        assertEquals("sends 1 on pipe-1:1", rowText(9), "the source line has its own column");
        assertEquals("prints: consumer got 1", rowText(22));
        ListCell<?> send = (ListCell<?>) row(9);
        assertEquals("sends 1 on pipe-1:1\nsend end=pipe-1:1 message=1 msg=1  (PipeLesson.java:32)",
                UiSnapshots.onFx(() -> send.getTooltip().getText()), "the raw form in the tooltip");

        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            vm.runModel().showAt(28);
            return null;
        });
        assertEquals("发送 1（经 pipe-1:1）", rowText(9));
        assertEquals("结束：正常返回，退出码 0", rowText(28));
        assertTrue(UiSnapshots.onFx(() -> window.timeline().infoText()).endsWith("结束：正常返回，退出码 0"),
                window.timeline().infoText());
        UiSnapshots.onFx(() -> {
            window.eventLog().scrollTo(8);
            return null;
        });
        UiSnapshots.save(scene, "event-log-zh");
        UiSnapshots.save(window.eventLog(), "event-log-zh-rows");
    }

    @Test
    void rows_ofEachProcess_inItsColour_withoutAnInlineStyle() {
        replayPipeLesson();
        // rows 9 (main sends) and 22 (the child prints): two processes, two colours
        java.util.Set<javafx.scene.paint.Color> colours = new java.util.HashSet<>();
        for (int seq : new int[] {9, 22}) {
            ListCell<?> cell = (ListCell<?>) row(seq);
            long pid = ((Event) UiSnapshots.onFx(cell::getItem)).pid();
            javafx.scene.paint.Color expected = org.proclab.ui.control.ProcessPalette.color(vm.runModel().colorOf(pid));
            javafx.scene.control.Label process = (javafx.scene.control.Label) cell.lookup(".event-process");
            assertEquals(expected, UiSnapshots.onFx(process::getTextFill), "the process's name in its colour, row " + seq);
            assertEquals(expected, UiSnapshots.onFx(() -> cell.getBorder().getStrokes().get(0).getLeftStroke()),
                    "the bar in its colour, row " + seq);
            assertTrue(UiSnapshots.onFx(() -> cell.getStyle() == null || cell.getStyle().isEmpty()), "no inline style");
            colours.add(expected);
        }
        assertEquals(2, colours.size(), "two processes, two colours");
        UiSnapshots.save(window.eventLog(), "event-log-colours");
    }

    @Test
    void choosingAValueRead_highlightsTheValue_notTheLock() {
        List<Event> lock = TraceFixtures.load("lock-value.jsonl");
        int read = TraceFixtures.through(lock, TraceFixtures.kind(EventKind.VALUE_GET)) - 1;
        UiSnapshots.onFx(() -> {
            vm.runModel().replay(lock);
            vm.runModel().showAt(read + 2);
            window.show(CentreView.LOCKS_AND_VALUES);
            window.eventLog().getSelectionModel().select(lock.get(read));
            return null;
        });
        assertEquals("value-1", window.eventLog().highlightedObjectProperty().get());
        assertTrue(highlighted("value-value-1"));
        assertFalse(highlighted("lock-lock-1"));
        UiSnapshots.onFx(() -> {
            window.eventLog().getSelectionModel().select(
                    lock.get(TraceFixtures.through(lock, TraceFixtures.kind(EventKind.ACQUIRE)) - 1));
            return null;
        });
        assertTrue(highlighted("lock-lock-1"));
        assertFalse(highlighted("value-value-1"));
    }

    @Test
    void cpuTimeReports_areHiddenByDefault_andTheFilterShowsThem(FxRobot robot) {
        List<Event> pool = TraceFixtures.load(TraceFixtures.POOL);
        UiSnapshots.onFx(() -> {
            vm.runModel().replay(pool);
            return null;
        });
        List<Event> rows = UiSnapshots.onFx(() -> List.copyOf(window.eventLog().getItems()));
        assertTrue(rows.stream().noneMatch(e -> e.kind() == EventKind.CPU), "no CPU-time rows by default");
        assertEquals(rowsOf(pool, pool.size()), rows.size());

        // scrubbed to a CPU report: the row chosen is the last shown event before it
        int cpu = TraceFixtures.through(pool, TraceFixtures.kind(EventKind.CPU)) - 1;
        UiSnapshots.onFx(() -> {
            vm.runModel().showAt(cpu);
            return null;
        });
        assertEquals(pool.get(cpu - 1).seq(), window.eventLog().getSelectedEvent().seq());

        robot.clickOn("#event-log-cpu");
        assertTrue(window.eventLog().showCpuTimeProperty().get());
        assertEquals(cpu + 1, window.eventLog().getItems().size(), "every event up to the shown one");
        assertEquals(EventKind.CPU, window.eventLog().getSelectedEvent().kind());
        UiSnapshots.onFx(() -> {
            window.eventLog().showCpuTimeProperty().set(false);
            vm.runModel().followLive();
            return null;
        });

        // a row's double-click moves the timeline to its event, though rows before it were left out
        int late = pool.size() - 3;
        UiSnapshots.onFx(() -> {
            window.eventLog().getSelectionModel().clearAndSelect(rowsOf(pool, late + 1) - 1);
            return null;
        });
        assertEquals(pool.get(late).seq(), window.eventLog().getSelectedEvent().seq());
        click(robot, (int) pool.get(late).seq());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(late, vm.runModel().shownProperty().get());
    }

    @Test
    void scrubbing_selectsTheShownEvent() {
        replayPipeLesson();
        UiSnapshots.onFx(() -> {
            vm.runModel().showAt(13);
            return null;
        });
        assertEquals(rowsOf(PIPE, 14), window.eventLog().getItems().size());
        assertEquals(13, window.eventLog().getSelectedEvent().seq());
        assertEquals(List.of(45), selectedEventLines()); // inputP.close()
        UiSnapshots.onFx(() -> {
            vm.runModel().followLive();
            return null;
        });
        assertEquals(rowsOf(PIPE, PIPE.size()), window.eventLog().getItems().size());
        assertNull(window.eventLog().getSelectedEvent(), "live: no chosen event");
    }

    @Test
    void longRun_listsTheLastRows_saysHowManyCameBefore_andScrubbingBackListsThem() {
        org.proclab.ui.model.Events long_ = org.proclab.ui.model.Events.log().main(100).ready(100);
        int lines = EventRows.MAX_ROWS + 5_000;
        for (int i = 0; i < lines; i++) {
            long_.out(100, "line " + i);
        }
        List<Event> trace = long_.list();
        UiSnapshots.onFx(() -> {
            vm.runModel().replay(trace);
            return null;
        });
        javafx.scene.control.Label earlier = UiSnapshots.onFx(() -> (javafx.scene.control.Label) scene.lookup("#event-log-earlier"));
        assertEquals(EventRows.MAX_ROWS, window.eventLog().getItems().size());
        assertEquals(trace.size() - 1, window.eventLog().getItems().get(EventRows.MAX_ROWS - 1).seq(), "up to the last event");
        assertTrue(UiSnapshots.onFx(earlier::isVisible));
        assertEquals("\u2026 5,002 earlier events are not listed: move the timeline back to list them.",
                UiSnapshots.onFx(earlier::getText));
        UiSnapshots.save(scene, "event-log-earlier");

        UiSnapshots.onFx(() -> {
            vm.runModel().showAt(40);
            return null;
        });
        assertEquals(41, window.eventLog().getItems().size(), "every event up to the shown one");
        assertEquals(40, window.eventLog().getSelectedEvent().seq());
        assertFalse(UiSnapshots.onFx(earlier::isVisible), "none left out");
    }

    @Test
    void eightDigitNumbers_areReadWhole() {
        org.proclab.ui.model.Events log = org.proclab.ui.model.Events.log().main(100).ready(100).out(100, "hello");
        List<Event> trace = log.list().stream().map(e -> new Event(e.seq() + 12_345_670, e.nanos(), e.pid(), e.kind(),
                e.obj(), e.text(), e.num(), e.file(), e.line())).toList();
        UiSnapshots.onFx(() -> {
            vm.runModel().replay(trace);
            return null;
        });
        UiSnapshots.afterPulses(2);
        javafx.scene.control.Label seq = UiSnapshots.onFx(() -> (javafx.scene.control.Label) window.eventLog()
                .lookupAll(".event-seq").stream().map(n -> (javafx.scene.control.Label) n)
                .filter(l -> "12345672".equals(l.getText())).findFirst().orElseThrow());
        // what the label draws: an ellipsis if its number did not fit
        assertEquals("12345672", UiSnapshots.onFx(() -> ((javafx.scene.text.Text) seq.lookup(".text")).getText()));
        UiSnapshots.save(window.eventLog(), "event-log-long-numbers");
    }
}
