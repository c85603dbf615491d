package org.proclab.ui.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the timeline draws for lesson 5 and its terminate variant, replayed from recorded traces. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PoolGanttViewTest {
    private static final List<Event> LESSON5 = TraceFixtures.load(TraceFixtures.POOL);
    private PoolGanttView view;

    @Start
    void start(Stage stage) {
        view = new PoolGanttView();
        view.setLocale(I18n.ENGLISH);
        view.setState(PoolModel.foldOf(LESSON5, LESSON5.size()).pool("pool-1"));
        stage.setScene(new Scene(view, 900, 260));
        stage.sizeToScene(); // a test before may have narrowed the window
        stage.show();
    }

    private void show(PoolSnapshot p) {
        UiSnapshots.onFx(() -> {
            view.setState(p);
            return null;
        });
    }

    private List<Node> all(String selector) {
        return UiSnapshots.onFx(() -> List.copyOf(view.lookupAll(selector)));
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void lesson5_tenBarsInFiveRows_andTenCallbackTicks() {
        List<Node> bars = all(".gantt-bar");
        assertEquals(10, bars.size());
        assertTrue(bars.stream().allMatch(b -> has(b, "done")));
        assertEquals(6, all(".gantt-row").size(), "five workers and the parent");
        Set<Double> rowsOfBars = new HashSet<>();
        for (Node b : bars) {
            rowsOfBars.add(b.getBoundsInParent().getMinY());
        }
        assertEquals(5, rowsOfBars.size(), "two bars in each worker's row");
        List<Node> ticks = all(".callback-tick");
        assertEquals(10, ticks.size());
        Node ownerRow = UiSnapshots.onFx(() -> view.lookup("#gantt-row-owner"));
        for (Node t : ticks) {
            Bounds b = t.getBoundsInParent();
            assertTrue(b.getMinY() >= ownerRow.getBoundsInParent().getMinY() && b.getMaxY() <= ownerRow.getBoundsInParent().getMaxY(),
                    "ticks are in the parent's row");
        }
        // a bar spans its task: about two seconds, and each callback comes after its bar ends
        Label first = UiSnapshots.onFx(() -> (Label) view.lookup("#bar-1"));
        Node firstTick = UiSnapshots.onFx(() -> view.lookup("#tick-1"));
        assertTrue(firstTick.getBoundsInParent().getCenterX() >= first.getBoundsInParent().getMaxX() - 1);
        assertEquals("work(0)", first.getText());
        assertTrue(first.getTooltip().getText().contains("Result: 100"), first.getTooltip().getText());
        assertTrue(first.getTooltip().getText().startsWith("Task: pool-1/task-1  work(0)\nWorker: PoolWorker-"),
                first.getTooltip().getText());
        List<String> axis = all(".axis-label").stream().filter(Node::isVisible).map(n -> ((Label) n).getText()).toList();
        assertTrue(axis.contains("5") && axis.contains("9") && !axis.contains("2"),
                "seconds on the axis, from when the first task started (the workers took 4 s to start): " + axis);
        UiSnapshots.save(view, "pool-gantt-lesson5");
    }

    @Test
    void narrowChart_barsSayTheirInputWhole_orNothing() {
        UiSnapshots.onFx(() -> {
            view.getScene().getWindow().setWidth(430);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> bars = all(".gantt-bar").stream().map(n -> (Label) n).toList();
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        for (Label bar : bars) {
            String text = bar.getText();
            String call = bar.getTooltip().getText().split("\n")[0].replaceFirst("^Task: \\S+  ", "");
            String input = call.substring(call.indexOf('(') + 1, call.length() - 1);
            assertTrue(text.equals(call) || text.equals(input) || text.isEmpty(), "\"" + text + "\" for " + call);
            measure.setFont(bar.getFont());
            measure.setText(text);
            assertTrue(measure.getLayoutBounds().getWidth() <= bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset() + 0.5,
                    "\"" + text + "\" fits its bar");
        }
        assertTrue(bars.stream().anyMatch(b -> b.getText().matches("\\d")), "the input alone where the call does not fit");
        UiSnapshots.save(view, "pool-gantt-lesson5-narrow");
    }

    @Test
    void workersThatHaveNotRunYet_haveTheirRowFromTheirStart() {
        List<Event> events = LESSON5.subList(0, TraceFixtures.throughNth(LESSON5, EventKind.TASK_START, 1));
        show(PoolModel.foldOf(events, events.size()).pool("pool-1"));
        assertEquals(6, all(".gantt-row").size(), "five workers, one of them busy, and the parent");
        assertEquals(5, all(".gantt-life").size(), "each worker's life line");
    }

    @Test
    void whileTasksRun_barsGrowToNow_andAreRunning() {
        show(PoolModel.foldOf(LESSON5, TraceFixtures.throughNth(LESSON5, EventKind.CALLBACK, 3)).pool("pool-1"));
        List<Node> bars = all(".gantt-bar");
        assertEquals(8, bars.size(), "five started first, three more after the first results");
        assertEquals(5, bars.stream().filter(b -> has(b, "running")).count(), "tasks 4 to 8 run");
        assertTrue(UiSnapshots.onFx(() -> view.lookup(".gantt-now").isVisible()));
        UiSnapshots.save(view, "pool-gantt-lesson5-running");
    }

    @Test
    void terminate_failedTasks_areRed() {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL_TERMINATE);
        show(PoolModel.foldOf(events, events.size()).pool("pool-1"));
        List<Node> bars = all(".gantt-bar");
        assertTrue(!bars.isEmpty());
        for (Node b : bars) {
            assertTrue(has(b, "failed"));
            Color fill = UiSnapshots.onFx(() -> (Color) ((Label) b).getBackground().getFills().get(0).getFill());
            assertTrue(fill.getRed() > 0.6 && fill.getGreen() < 0.3, "red, was " + fill);
            assertTrue(((Label) b).getTooltip().getText().contains("failed: PoolWorker-"));
            assertTrue(((Label) b).getTooltip().getText().endsWith("ended (exit code -15) while running it"),
                    ((Label) b).getTooltip().getText());
        }
        assertEquals(0, all(".callback-tick").size(), "the lesson collects the failures with get(), not callbacks");
        UiSnapshots.save(view, "pool-gantt-terminate");
    }

    @Test
    void hoveringABar_showsItsTooltip(FxRobot robot) throws Exception {
        Label bar = UiSnapshots.onFx(() -> (Label) view.lookup("#bar-6"));
        robot.moveTo(bar);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> bar.getTooltip().isShowing());
        Tooltip tip = bar.getTooltip();
        String text = tip.getText();
        assertTrue(text.contains("pool-1/task-6  work(5)"), text);
        assertTrue(text.contains("Result: 105"), text);
        assertTrue(text.matches("(?s).*Start: \\d+\\.\\d\\d s\nEnd: \\d+\\.\\d\\d s\nDuration: 2\\.\\d\\d s.*"), text);
        Window w = tip.getScene().getWindow();
        assertTrue(w.isShowing());
        UiSnapshots.save(tip.getScene(), "pool-gantt-tooltip");
    }
}
