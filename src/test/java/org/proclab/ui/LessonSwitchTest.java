package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.kernel.Scheduler;
import org.proclab.lesson.LessonCatalog;
import org.proclab.lesson.Script;
import org.proclab.trace.EventKind;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonEntry;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.model.ProcessTable;
import org.proclab.ui.narration.PredictionCard;
import org.proclab.ui.present.PresentationShell;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.SchedulerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One lesson, one run, one picture: a student picks another lesson in every state a run can be in (idle,
 * asked, paused at a prediction, running, held in step mode, finished, deadlocked), with real processes.
 * A busy run asks first; on "Stop and switch" every process of it ends; afterwards every view shows the new
 * lesson's empty state, and no exception ever reached the window.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("ui")
class LessonSwitchTest {
    private static final long WAIT = 60;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(LessonCatalog.builtIn(), I18n.ENGLISH);
        window = new MainWindow(vm, () -> { });
        scene = new Scene(new PresentationShell(window, window.presentation(), window.shortcuts(), vm.i18n()), 1280, 800);
        stage.setScene(scene);
        stage.show();
        // what the app does with an error in a view, and what this test must never see
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            uncaught.add(e);
            vm.unexpected(e);
        });
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private static <T> T fx(Callable<T> work) {
        return UiSnapshots.onFx(work);
    }

    private void select(String lesson, String variant) {
        fx(() -> {
            window.lessonPane().select(lesson, variant);
            return null;
        });
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(condition));
    }

    private String title() {
        return fx(() -> {
            LessonEntry e = vm.lessons().getSelected();
            return e == null ? "" : e.title(I18n.ENGLISH);
        });
    }

    private List<Long> pidsOfTheRun() {
        return fx(() -> vm.runModel().processTable().all().stream().map(ProcessTable.Info::pid).toList());
    }

    private boolean asked() {
        return fx(() -> window.questionDialog() != null && vm.questionProperty().get() != null);
    }

    /** Picks another lesson while the run is busy: the window asks, the student stops the run and switches. */
    private void switchStoppingTheRun(FxRobot robot, String lesson, String variant, String shot) throws Exception {
        List<Long> pids = pidsOfTheRun();
        assertFalse(pids.isEmpty(), "the run has processes");
        String before = title();
        select(lesson, variant);
        await(this::asked);
        assertEquals(before, title(), "nothing changes before the student answers");
        Node dialog = fx(() -> window.questionDialog().getDialogPane());
        assertEquals("Stop the running lesson?", fx(() -> window.questionDialog().getHeaderText()));
        UiSnapshots.save(dialog.getScene(), "lesson-switch-" + shot + "-asks");
        robot.clickOn("#question-yes");
        // the views are reset at once; the run is "stopping" until its processes are gone, then ready
        await(() -> vm.runModel().getState() == RunState.IDLE);
        for (long pid : pids) {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                    () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
        }
    }

    /** Every view shows the chosen lesson's empty state. */
    private void assertEmptyStateOf(String lesson, String variant, String shot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        LessonEntry e = fx(() -> vm.lessons().getSelected());
        assertEquals(lesson, e.lesson().id());
        assertEquals(variant, e.variant() == null ? null : e.variant().id());
        fx(() -> {
            assertTrue(window.processTree().getProcesses().isEmpty(), "tree");
            assertTrue(vm.runModel().allLines().isEmpty(), "consoles");
            assertEquals(1, window.consoles().getTabs().size(), "only the 'All processes' console");
            assertTrue(window.eventLog().getItems().isEmpty(), "event list");
            assertEquals("", window.deadlockText(), "no deadlock banner");
            assertFalse(scene.lookup("#deadlock-banner").isVisible());
            assertEquals(0, window.timeline().slider().getValue(), "timeline");
            assertEquals("", window.timeline().positionText());
            assertEquals(0, vm.runModel().eventCountProperty().get());
            assertTrue(vm.ipc().pipesProperty().get().pipes().isEmpty(), "pipe diagram");
            assertTrue(vm.ipc().queuesProperty().get().queues().isEmpty(), "queues");
            assertTrue(vm.ipc().locksProperty().get().locks().isEmpty(), "locks");
            assertTrue(vm.ipc().valuesProperty().get().values().isEmpty(), "values");
            assertTrue(vm.runModel().poolsProperty().get().isEmpty(), "pools");
            assertTrue(vm.enumeration().getEnumeration().versions().isEmpty(), "enumeration");
            assertTrue(vm.runModel().markers().getMarkers().isEmpty(), "code markers");
            assertTrue(window.pendingPanel().list().getItems().isEmpty(), "pending operations");
            assertTrue(vm.narration().lines().isEmpty(), "narration");
            assertEquals("Ready", ((Label) scene.lookup("#status-state")).getText(), "status");
            assertFalse(scene.lookup("#status-error").isVisible(), "no error in the status bar");
            assertNull(vm.runModel().errorProperty().get());
            // the card asks the new lesson's question, afresh
            Script.Prediction p = e.lesson().scriptFor(e.variant()).predictions().get(0);
            PredictionCard card = window.lessonPane().predictionCard();
            assertEquals(p, card.getPrediction());
            assertTrue(vm.narration().isAsking());
            assertEquals(-1, vm.narration().chosenProperty().get());
            assertNull(vm.narration().actualProperty().get());
            assertEquals("", ((Label) card.lookup("#prediction-status")).getText());
            return null;
        });
        assertTrue(uncaught.isEmpty(), "no exception reached the window: " + uncaught);
        UiSnapshots.save(scene, "lesson-switch-" + shot);
    }

    @Test
    void switch_whenIdle_showsTheNewLessonAtOnce() throws Exception {
        select("pipe", null);
        select("queue", null);
        assertFalse(asked(), "nothing to stop: no question");
        assertEmptyStateOf("queue", null, "idle");
    }

    @Test
    void switch_whileTheCardAsks_withAChoiceMade_asksTheNewQuestionAfresh(FxRobot robot) throws Exception {
        select("create-process", null);
        robot.type(KeyCode.DIGIT2);
        assertEquals(1, fx(() -> vm.narration().chosenProperty().get()));
        select("lock-value", null);
        assertFalse(asked());
        assertEmptyStateOf("lock-value", null, "asking");
    }

    @Test
    void switch_whilePausedAtAPrediction_asks_stayKeepsTheRun_stopEndsEveryProcess(FxRobot robot) throws Exception {
        select("pipe", null);
        robot.type(KeyCode.F5);
        await(() -> vm.narration().pausedAtProperty().get() != null);
        assertEquals("Continue", fx(() -> ((javafx.scene.control.Button) scene.lookup("#prediction-run")).getText()),
                "the card's button says what it does while the run waits");

        select("queue", null);
        await(this::asked);
        robot.clickOn("#question-no"); // Stay
        await(() -> window.questionDialog() == null);
        assertEquals("3. Pipe", title(), "stayed");
        assertEquals("3. Pipe", fx(() -> window.lessonPane().tree().getSelectionModel().getSelectedItem().getValue()
                .title(I18n.ENGLISH)), "the list shows the lesson still chosen");
        assertTrue(fx(() -> vm.runModel().getState().busy() && vm.narration().pausedAtProperty().get() != null),
                "the run still waits for the answer");

        switchStoppingTheRun(robot, "queue", null, "paused");
        assertEmptyStateOf("queue", null, "paused");
    }

    @Test
    void switch_whileRunning_stopsTheRunAndEveryProcess(FxRobot robot) throws Exception {
        select("lock-value", null);
        fx(() -> {
            // slow motion: the run goes on by itself, one operation every two seconds, so it is surely caught running
            vm.scheduler().setMode(Scheduler.Mode.SLOW);
            vm.scheduler().rateProperty().set(SchedulerViewModel.MIN_RATE);
            return null;
        });
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER); // answered: "Run it" starts the run
        await(() -> vm.runModel().events().stream().anyMatch(e -> e.kind() == EventKind.ACQUIRE));
        assertEquals(RunState.RUNNING, fx(() -> vm.runModel().getState()));
        switchStoppingTheRun(robot, "create-process", "zombie-orphan", "running");
        assertEmptyStateOf("create-process", "zombie-orphan", "running");
    }

    /** The run ends by itself while the window asks whether to stop it: the question goes, the lesson switches. */
    @Test
    void switch_askedWhileRunning_theRunEndsByItself_theQuestionGoesAndTheLessonSwitches(FxRobot robot)
            throws Exception {
        select("lock-value", null);
        fx(() -> {
            vm.scheduler().setMode(Scheduler.Mode.SLOW); // surely caught running, as above
            vm.scheduler().rateProperty().set(SchedulerViewModel.MIN_RATE);
            return null;
        });
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        await(() -> vm.runModel().events().stream().anyMatch(e -> e.kind() == EventKind.ACQUIRE));
        List<Long> pids = pidsOfTheRun();
        select("queue", null);
        await(this::asked);
        assertEquals(RunState.RUNNING, fx(() -> vm.runModel().getState()));
        fx(() -> {
            vm.scheduler().setMode(Scheduler.Mode.FREE); // the run goes on to its end by itself
            return null;
        });
        await(() -> vm.questionProperty().get() == null && window.questionDialog() == null);
        assertEmptyStateOf("queue", null, "ended-while-asking");
        for (long pid : pids) {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                    () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
        }
        assertTrue(uncaught.isEmpty(), uncaught.toString());
    }

    @Test
    void switch_whileHeldInStepMode_dropsTheWaitingOperations(FxRobot robot) throws Exception {
        select("lock-value", "no-lock");
        fx(() -> {
            vm.scheduler().setMode(Scheduler.Mode.STEP);
            return null;
        });
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        await(() -> !window.pendingPanel().list().getItems().isEmpty());
        switchStoppingTheRun(robot, "pipe", null, "stepped");
        assertEmptyStateOf("pipe", null, "stepped");
        assertEquals(Scheduler.Mode.STEP, fx(() -> vm.scheduler().getMode()), "the mode is the user's choice: it stays");
    }

    @Test
    void switch_afterAFinishedRunWithAVerdict_needsNoQuestion_andShowsNoException(FxRobot robot) throws Exception {
        select("create-process", null);
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        await(() -> vm.runModel().getState() == RunState.FINISHED && vm.narration().actualProperty().get() != null);
        assertTrue(fx(() -> ((Label) scene.lookup("#prediction-status")).getText().startsWith("You predicted")));
        // this is where the card once threw IndexOutOfBounds into the status bar
        select("queue", null);
        assertFalse(asked());
        assertEmptyStateOf("queue", null, "finished");
    }

    /** Lesson 3 without the consumer's close, run until the kernel finds that nothing can go on. */
    private void runIntoTheDeadlock(FxRobot robot) throws Exception {
        select("pipe", "forgot-close");
        robot.type(KeyCode.F5);
        await(() -> vm.narration().pausedAtProperty().get() != null);
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER); // "it hangs"
        await(() -> scene.lookup("#deadlock-banner").isVisible());
    }

    @Test
    void switch_afterADeadlock_takesTheBannerWithTheRun(FxRobot robot) throws Exception {
        runIntoTheDeadlock(robot);
        UiSnapshots.save(scene, "lesson-switch-deadlocked-before");
        switchStoppingTheRun(robot, "lock-value", null, "deadlocked");
        assertEmptyStateOf("lock-value", null, "deadlocked");
    }

    @Test
    void stop_afterADeadlock_takesTheBannerAway(FxRobot robot) throws Exception {
        runIntoTheDeadlock(robot);
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT); // Stop
        await(() -> !vm.runModel().getState().busy());
        assertFalse(fx(() -> scene.lookup("#deadlock-banner").isVisible()), "a banner belongs to its run");
        assertTrue(fx(() -> vm.runModel().deadlockProperty().get() != null), "the run's views still show what happened");
        assertTrue(uncaught.isEmpty(), uncaught.toString());
    }

    /** The views a switch must empty also empty for a replayed trace. */
    @Test
    void switch_afterOpeningATrace_forgetsTheTrace() throws Exception {
        select("pipe", null);
        assertTrue(fx(() -> window.traces().openTrace(java.nio.file.Path.of(
                LessonSwitchTest.class.getResource("/traces/pipe-lesson.jsonl").toURI()))));
        assertFalse(fx(() -> window.eventLog().getItems().isEmpty()));
        select("lock-value", null);
        assertEmptyStateOf("lock-value", null, "replay");
    }
}
