package org.proclab.ui.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.Events;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the slots view draws for lesson 5, replayed from its recorded trace. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PoolSlotsViewTest {
    private static final List<Event> LESSON5 = TraceFixtures.load(TraceFixtures.POOL);
    private PoolSlotsView view;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        view = new PoolSlotsView();
        view.setLocale(I18n.ENGLISH);
        scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 760, 560));
        stage.show();
    }

    private void show(PoolSnapshot p) {
        UiSnapshots.onFx(() -> {
            view.setState(p);
            return null;
        });
    }

    private static PoolSnapshot lesson5After(int count) {
        return PoolModel.foldOf(LESSON5, count).pool("pool-1");
    }

    private List<Node> all(String selector) {
        return UiSnapshots.onFx(() -> List.copyOf(view.lookupAll(selector)));
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void lesson5_whenFiveTasksRun_showsFiveBusyLanes_andFiveWaitingTasks() {
        show(lesson5After(TraceFixtures.throughNth(LESSON5, EventKind.TASK_START, 5)));
        List<Node> lanes = all(".pool-lane");
        assertEquals(5, lanes.size());
        assertTrue(lanes.stream().allMatch(l -> has(l, "busy")), "every lane busy");
        assertTrue(lanes.stream().noneMatch(l -> has(l, "idle")));
        Set<String> running = Set.copyOf(lanes.stream().map(l -> ((Label) l.lookup(".lane-task")).getText()).toList());
        assertEquals(Set.of("work(0)", "work(1)", "work(2)", "work(3)", "work(4)"), running,
                "the calls as the program wrote them, with no task number counted from 1 beside them");
        List<String> waiting = all(".task-chip").stream().map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of("work(5)", "work(6)", "work(7)", "work(8)", "work(9)"), waiting);
        assertTrue(all(".result-chip").isEmpty());
        Label summary = UiSnapshots.onFx(() -> (Label) view.lookup(".pool-summary"));
        assertEquals("5 busy \u00B7 5 waiting \u00B7 0 done \u00B7 0 failed \u00B7 closed: takes no new tasks", summary.getText());
        UiSnapshots.save(scroll, "pool-slots-lesson5-five-running");
    }

    @Test
    void lesson5_afterSomeResults_showsResultsAndCallbacks() {
        // the moment the 3rd callback ran: three results back, tasks 6-8 running, two still waiting
        show(lesson5After(TraceFixtures.throughNth(LESSON5, EventKind.CALLBACK, 3)));
        List<Node> results = all(".result-chip");
        assertEquals(3, results.size());
        assertTrue(results.stream().allMatch(r -> has(r, "called-back")));
        Label first = UiSnapshots.onFx(() -> (Label) view.lookup("#result-1 .result-call"));
        assertEquals("work(0) \u2192 100", first.getText());
        Label back = UiSnapshots.onFx(() -> (Label) view.lookup("#result-1 .result-callback"));
        assertTrue(back.getText().matches("\u21A9 \\d+\\.\\d\\d s"), back.getText());
        Label title = UiSnapshots.onFx(() -> (Label) view.lookupAll(".section-title").stream().skip(2).findFirst().orElseThrow());
        assertEquals("Results (3) and callbacks in MainProcess, the parent (3)", title.getText());
        UiSnapshots.save(scroll, "pool-slots-lesson5-results");
    }

    @Test
    void aResult_saysNoCallbackYet_onlyWhenOneWaits() {
        Events log = Events.log().main(100).ready(100).poolNew(100, "pool-1", 1)
                .child(101, "PoolWorker-1", 100).ready(101);
        String[][] tasks = { // call, callbacks waiting, ok
            {"square(1)", "0", "true"}, {"square(2)", "1", "true"}, {"square(3)", "1", "true"},
            {"fails(4)", "2", "false"}, {"fails(5)", "0", "false"}, {"square(6)", null, "true"}};
        for (int i = 0; i < tasks.length; i++) {
            String id = "pool-1/task-" + (i + 1);
            log = tasks[i][1] == null ? log.submit(100, id, tasks[i][0]) : log.submit(100, id, tasks[i][0], Integer.parseInt(tasks[i][1]));
            log = log.taskStart(101, id).taskDone(101, id, tasks[i][2].equals("true") ? "1" : "ValueError", tasks[i][2].equals("true"));
        }
        log = log.callback(100, "pool-1/task-3", "callback");
        show(log.pools().pool("pool-1"));
        List<String> backs = all(".result-callback").stream().map(n -> ((Label) n).getText()).toList();
        assertEquals(6, backs.size(), backs.toString());
        assertEquals("no callback", backs.get(0), "a map's task or apply: nothing waits");
        assertEquals("no callback yet", backs.get(1), "applyAsync with a callback, not yet delivered");
        assertTrue(backs.get(2).matches("\u21A9 \\d+\\.\\d\\d s"), backs.get(2));
        assertEquals("no callback yet", backs.get(3), "raised, and an error callback waits");
        assertEquals("no callback", backs.get(4), "raised, and no error callback waits");
        assertEquals("no callback yet", backs.get(5), "a trace that does not say: as before");
        UiSnapshots.save(scroll, "pool-slots-callbacks-waiting-or-not");
    }

    @Test
    void idleLanes_areVisiblyIdle() {
        Events log = Events.log().main(100).ready(100).poolNew(100, "pool-1", 3)
                .child(101, "PoolWorker-1", 100).child(102, "PoolWorker-2", 100).child(103, "PoolWorker-3", 100)
                .ready(101).ready(102).ready(103)
                .submit(100, "pool-1/task-1", "square(7)").taskStart(102, "pool-1/task-1");
        show(log.pools().pool("pool-1"));
        List<Node> lanes = all(".pool-lane");
        assertEquals(List.of(false, true, false), lanes.stream().map(l -> has(l, "busy")).toList());
        assertEquals(List.of(true, false, true), lanes.stream().map(l -> has(l, "idle")).toList());
        Label idleTask = (Label) lanes.get(0).lookup(".lane-task");
        assertEquals("idle", idleTask.getText());
        Label busyTask = (Label) lanes.get(1).lookup(".lane-task");
        Color busyFill = UiSnapshots.onFx(() -> (Color) busyTask.getBackground().getFills().get(0).getFill());
        assertEquals(ProcessPalette.color(2), busyFill, "a busy chip is filled with its worker's colour");
        assertTrue(idleTask.getBackground() == null || idleTask.getBackground().getFills().stream()
                .allMatch(f -> Color.TRANSPARENT.equals(f.getFill())), "an idle lane has an empty chip");
        assertFalse(UiSnapshots.onFx(() -> view.lookup(".waiting").isVisible()), "no row for no waiting task");
        assertTrue(UiSnapshots.onFx(() -> view.lookupAll(".section-title").stream()
                .anyMatch(n -> ((Label) n).getText().equals("Waiting tasks (0), next first"))));
        UiSnapshots.save(scroll, "pool-slots-idle-lanes");
    }

    @Test
    void terminated_failedAndCancelledResults_areRed() {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL_TERMINATE);
        show(PoolModel.foldOf(events, events.size()).pool("pool-1"));
        List<Node> results = all(".result-chip");
        assertEquals(10, results.size());
        assertTrue(results.stream().allMatch(r -> has(r, "failed") || has(r, "cancelled")));
        assertTrue(all(".pool-lane").stream().allMatch(l -> has(l, "exited")));
        Label summary = UiSnapshots.onFx(() -> (Label) view.lookup(".pool-summary"));
        assertEquals("0 busy \u00B7 0 waiting \u00B7 0 done \u00B7 10 failed \u00B7 terminated", summary.getText(),
                "terminate's header counts the tasks it failed");
        List<String> calls = results.stream().map(r -> ((Label) r.lookup(".result-call")).getText()).toList();
        assertTrue(calls.stream().anyMatch(c -> c.matches("work\\(\\d\\) \u2717 PoolWorker-\\d \\(pid \\d+\\) ended \\(exit code -15\\) while running it")),
                calls.toString());
        assertTrue(calls.stream().anyMatch(c -> c.endsWith("\u2717 never ran: the pool was terminated")), calls.toString());
        UiSnapshots.save(scroll, "pool-slots-terminate");
    }

    @Test
    void noPool_showsAHint() {
        show(null);
        Label placeholder = UiSnapshots.onFx(() -> (Label) view.lookup(".placeholder"));
        assertTrue(placeholder.isVisible());
        assertFalse(UiSnapshots.onFx(() -> view.lookup(".pool-slots").isVisible()));
    }

    @Test
    void labels_followTheLanguage() {
        show(lesson5After(TraceFixtures.throughNth(LESSON5, EventKind.CALLBACK, 3)));
        UiSnapshots.onFx(() -> {
            view.setLocale(I18n.CHINESE);
            CjkFonts.stylesheet().ifPresent(scroll.getStylesheets()::add);
            return null;
        });
        Label title = UiSnapshots.onFx(() -> (Label) view.lookup(".section-title"));
        assertEquals("工作进程（5）", title.getText());
        UiSnapshots.save(scroll, "pool-slots-zh");
    }
}
