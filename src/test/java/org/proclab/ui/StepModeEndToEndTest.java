package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.css.PseudoClass;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.kernel.Scheduler;
import org.proclab.testing.Await;
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.model.ConsoleLine;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lesson 4 without the lock, for real, in step mode: the student lets both processes read the value
 * before either writes, with the ▶ buttons, and so loses an update on purpose; then runs the rest freely.
 */
@Tag("ui")
class StepModeEndToEndTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private static final Pattern FINAL = Pattern.compile("final value: (\\d+) .*");
    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    private List<Scheduler.Pending> pending() {
        return UiSnapshots.onFx(() -> List.copyOf(window.pendingPanel().list().getItems()));
    }

    /** Waits until the panel lists an operation like that, and returns it. */
    private Scheduler.Pending awaitPending(Predicate<Scheduler.Pending> what) throws Exception {
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> pending().stream().anyMatch(what));
        return pending().stream().filter(what).findFirst().orElseThrow();
    }

    private static Predicate<Scheduler.Pending> op(String process, String prefix) {
        return p -> p.process().equals(process) && p.what().startsWith(prefix);
    }

    /** Clicks the ▶ beside an operation: that process goes next. */
    private void release(FxRobot robot, Scheduler.Pending p) throws Exception {
        Node button = UiSnapshots.onFx(() -> window.pendingPanel().list().lookupAll(".pending-cell").stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getItem() == p)
                .map(c -> c.lookup(".step-one")).findFirst().orElseThrow());
        robot.clickOn(button);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> pending().stream().noneMatch(q -> q.order() == p.order()));
    }

    private Optional<Integer> finalValue() {
        return UiSnapshots.onFx(() -> vm.runModel().allLines().stream().map(ConsoleLine::text).map(FINAL::matcher)
                .filter(Matcher::matches).map(m -> Integer.valueOf(m.group(1))).findFirst());
    }

    @Test
    void noLock_bothReadThenBothWrite_losesAnUpdate(FxRobot robot) throws Exception {
        robot.clickOn("Without the lock");
        assertEquals(CentreView.LOCKS_AND_VALUES, window.shownView());
        robot.clickOn("#mode-step");
        // the student predicts first; "Run it" starts the run, which then does not stop for the question
        robot.clickOn("#prediction-card .choice");
        robot.clickOn("#prediction-run");
        assertTrue(vm.narration().confirmedProperty().get());

        // main's p1.join() arrives first; Space lets the oldest operation go
        awaitPending(op("MainProcess", "join()"));
        assertEquals("MainProcess", pending().get(0).process());
        // Space in a text field types a space: it does not step
        UiSnapshots.onFx(() -> {
            ((javafx.scene.control.Spinner<?>) scene.lookup("#repeat-count")).getEditor().requestFocus();
            return null;
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pending().stream().anyMatch(op("MainProcess", "join()")), "still waiting");
        UiSnapshots.onFx(() -> {
            window.lessonPane().tree().requestFocus();
            return null;
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> pending().stream().noneMatch(op("MainProcess", "join()")));

        Scheduler.Pending get1 = awaitPending(op("Process-1", "get()"));
        Scheduler.Pending get2 = awaitPending(op("Process-2", "get()"));
        assertEquals("get() on value-1", get1.what());
        assertTrue(get1.file().equals("WithoutLock.java") && get1.line() > 0, get1.toString());
        UiSnapshots.save(scene, "main-window-step-mode");
        long marked = UiSnapshots.onFx(() -> scene.lookup("#source-view").lookupAll(".list-cell").stream()
                .filter(n -> n.isVisible() && n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("pending"))).count());
        assertEquals(1, marked, "both wait on the same line of the source, v.get()");
        List<org.proclab.ui.source.CodeMarker> markers = UiSnapshots.onFx(
                () -> ((org.proclab.ui.source.SourceView) scene.lookup("#source-view")).markersProperty().get());
        assertEquals(List.of(get1.line(), get1.line()), markers.stream()
                .filter(m -> m.name().startsWith("Process-")).map(org.proclab.ui.source.CodeMarker::line).toList(),
                "each child's marker stands on the line where it waits, not on its last sleep: " + markers);

        release(robot, get1);                                            // get(P1): reads 0
        release(robot, get2);                                            // get(P2): reads 0 too
        Scheduler.Pending set1 = awaitPending(op("Process-1", "set("));
        Scheduler.Pending set2 = awaitPending(op("Process-2", "set("));
        assertEquals("set(1) on value-1", set1.what());
        assertEquals("set(3) on value-1", set2.what(), "Process-2 read 0 before Process-1 wrote");
        release(robot, set1);                                            // set(P1): 1
        release(robot, set2);                                            // set(P2): 3, and Process-1's +1 is lost

        robot.clickOn("#mode-free");
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> finalValue().isPresent());
        int value = finalValue().orElseThrow();
        assertTrue(value < 20, "an update was lost, so less than 20: " + value);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> !vm.canStopProperty().get());
        assertTrue(pending().isEmpty());
        UiSnapshots.save(scene, "main-window-no-lock-finished");
    }
}
