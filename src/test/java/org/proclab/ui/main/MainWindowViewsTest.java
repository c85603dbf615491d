package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.kernel.Scheduler;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.AppWindow;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The centre views, the deadlock banner and the step controls, fed recorded events instead of a run. */
@Tag("ui")
class MainWindowViewsTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    private void replay(List<Event> events, int count) {
        UiSnapshots.onFx(() -> {
            vm.runModel().replay(new java.util.ArrayList<>(events.subList(0, count)));
            return null;
        });
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void deadlockEvent_showsTheBanner_andMarksTheStuckProcesses(FxRobot robot) {
        List<Event> events = TraceFixtures.load(TraceFixtures.PIPE_FORGOT_CLOSE);
        Node banner = scene.lookup("#deadlock-banner");
        replay(events, TraceFixtures.before(events, TraceFixtures.kind(EventKind.DEADLOCK)));
        assertFalse(banner.isVisible(), "no banner before the kernel's finding");
        assertEquals("", window.deadlockText());

        int through = TraceFixtures.through(events, TraceFixtures.kind(EventKind.DEADLOCK));
        replay(events, through);
        assertTrue(banner.isVisible());
        long consumer = TraceFixtures.pidOf(events, "consumer");
        String explanation = ((Label) scene.lookup("#deadlock-explanation")).getText();
        assertTrue(explanation.startsWith("consumer (pid " + consumer + ") waits in recv() on pipe-1:0 (ForgotToClose.java:21),"
                + " which can never return"), explanation);
        assertEquals("Deadlock: no process can ever go on", ((Label) scene.lookup("#deadlock-title")).getText());
        assertTrue(banner.getBoundsInParent().getMinY() <= 1, "at the top of the centre area");
        assertTrue(has(scene.lookup("#process-" + consumer), "deadlocked"));
        assertTrue(has(scene.lookup("#process-" + TraceFixtures.pidOf(events, "MainProcess")), "deadlocked"));
        UiSnapshots.save(scene, "main-window-deadlock-banner");
        Node pipeBanner = UiSnapshots.onFx(() -> {
            window.show(CentreView.PIPES_AND_QUEUES);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.lookup("#pipe-diagram").lookup(".deadlock-banner");
        });
        assertTrue(pipeBanner != null && !pipeBanner.isVisible() && !pipeBanner.isManaged(),
                "the window's banner says it once; the pipe diagram does not repeat it");
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        String zh = ((Label) scene.lookup("#deadlock-explanation")).getText();
        assertTrue(zh.startsWith("consumer (pid " + consumer + ") 在 ForgotToClose.java:21 处调用 pipe-1:0 的 recv()"), zh);
        assertFalse(zh.contains(" on ") || zh.contains("waits"), "no English in the Chinese text: " + zh);
        UiSnapshots.save(scene, "main-window-deadlock-banner-zh");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> kernelLines = UiSnapshots.onFx(() -> window.consoles().lookupAll(".list-cell").stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .filter(t -> t != null && t.contains("pipe-1:0")).toList());
        assertTrue(!kernelLines.isEmpty() && kernelLines.stream().allMatch(t -> t.startsWith("没有进程能继续。consumer (pid ")),
                "the console's copy of the finding too: " + kernelLines);
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.ENGLISH);
            return null;
        });
        assertEquals(explanation, ((Label) scene.lookup("#deadlock-explanation")).getText());

        robot.clickOn("#deadlock-hide");
        assertFalse(banner.isVisible());
    }

    @Test
    void consoleEndLines_followTheLanguage() {
        List<Event> events = TraceFixtures.load("pipe-lesson.jsonl");
        replay(events, events.size());
        java.util.function.Supplier<List<String>> ends = () -> UiSnapshots.onFx(() -> window.consoles().lookupAll(".list-cell")
                .stream().map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .filter(t -> t != null && (t.startsWith("ended") || t.startsWith("已结束"))).toList());
        assertTrue(ends.get().contains("ended: returned, exit code 0"), ends.get().toString());
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ends.get().stream().allMatch(t -> t.startsWith("已结束：正常返回")), ends.get().toString());
    }

    /** Clicks a lesson or variant in the list, scrolling it into view first, as the user would. */
    private void clickLesson(FxRobot robot, String title) {
        UiSnapshots.onFx(() -> {
            var tree = window.lessonPane().tree();
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                if (tree.getTreeItem(row).getValue().title(I18n.ENGLISH).contains(title)) {
                    tree.scrollTo(row);
                }
            }
            tree.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(title);
    }

    @Test
    void choosingALesson_bringsItsViewToTheFront_andTheUserMaySwitch(FxRobot robot) {
        clickLesson(robot, "5. Pool");
        assertEquals(CentreView.POOL, window.shownView());
        robot.clickOn("Processes");
        assertEquals(CentreView.PROCESSES, window.shownView(), "the user's choice holds");
        clickLesson(robot, "terminate mid-run");
        assertEquals(CentreView.POOL, window.shownView(), "a variant of the pool lesson: the pool again");
        clickLesson(robot, "4. Lock and shared Value");
        assertEquals(CentreView.LOCKS_AND_VALUES, window.shownView());
        clickLesson(robot, "3. Pipe");
        assertEquals(CentreView.PIPES_AND_QUEUES, window.shownView());
    }

    @Test
    void drawing_namesTheViewOfEachKindOfObject() {
        assertEquals(CentreView.PIPES_AND_QUEUES, CentreView.drawing("pipe-1:0"));
        assertEquals(CentreView.PIPES_AND_QUEUES, CentreView.drawing("queue-2"));
        assertEquals(CentreView.LOCKS_AND_VALUES, CentreView.drawing("lock-1"));
        assertEquals(CentreView.LOCKS_AND_VALUES, CentreView.drawing("value-1.lock"));
        for (String id : List.of("rlock-1", "array-1", "array-1.lock", "event-1", "semaphore-2", "condition-1", "barrier-1")) {
            assertEquals(CentreView.LOCKS_AND_VALUES, CentreView.drawing(id), id);
        }
        assertEquals(CentreView.POOL, CentreView.drawing("pool-1"));
        assertEquals(null, CentreView.drawing(null));
    }

    @Test
    void forLesson_mapsEachLessonToItsView() {
        assertEquals(CentreView.PROCESSES, CentreView.forLesson("create-process"));
        assertEquals(CentreView.PIPES_AND_QUEUES, CentreView.forLesson("queue"));
        assertEquals(CentreView.PIPES_AND_QUEUES, CentreView.forLesson("pipe"));
        assertEquals(CentreView.LOCKS_AND_VALUES, CentreView.forLesson("lock-value"));
        assertEquals(CentreView.POOL, CentreView.forLesson("pool"));
        assertEquals(CentreView.ENUMERATION, CentreView.forLesson("enumerate"));
        assertEquals(CentreView.PROCESSES, CentreView.forLesson(null));
    }

    @Test
    void poolTab_drawsTheRunsPool() {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL);
        UiSnapshots.onFx(() -> {
            window.show(CentreView.POOL);
            return null;
        });
        replay(events, TraceFixtures.throughNth(events, EventKind.CALLBACK, 3));
        assertEquals(5, UiSnapshots.onFx(() -> window.poolPane().slots().lookupAll(".pool-lane").size()));
        assertEquals(8, UiSnapshots.onFx(() -> window.poolPane().gantt().lookupAll(".gantt-bar").size()));
        UiSnapshots.save(scene, "main-window-pool");
    }

    @Test
    void modeChoice_setsTheSchedulerMode_andStepModeShowsThePendingOperations(FxRobot robot) {
        Node panel = scene.lookup("#pending-panel");
        assertFalse(panel.isVisible(), "free mode: nothing is held back");
        robot.clickOn("#mode-step");
        assertEquals(Scheduler.Mode.STEP, vm.scheduler().getMode());
        assertTrue(panel.isVisible());
        assertTrue(scene.lookup("#step-button").isDisabled(), "nothing to step yet");
        robot.clickOn("#mode-slow");
        assertEquals(Scheduler.Mode.SLOW, vm.scheduler().getMode());
        assertTrue(scene.lookup("#slow-rate-box").isVisible());
        robot.clickOn("#mode-slow"); // clicking the chosen mode again keeps it chosen
        assertEquals(Scheduler.Mode.SLOW, vm.scheduler().getMode());
        assertTrue(((javafx.scene.control.ToggleButton) scene.lookup("#mode-slow")).isSelected());
        UiSnapshots.save(scene, "main-window-slow-motion");
        robot.clickOn("#mode-free");
        assertFalse(panel.isVisible());
        assertFalse(scene.lookup("#slow-rate-box").isVisible());
    }
}
