package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.lesson.LessonCatalog;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.narration.PredictionCard;
import org.proclab.ui.present.PresentationShell;
import org.proclab.ui.run.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Predictions that mean something, in the whole window: Run (and F5) while the card asks its question asks
 * first, and a question skipped on purpose says so with the answer; the keys 1–4 and Enter reach the card
 * wherever the focus is, and Enter never presses a button behind the student's back.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("ui")
class PredictionsInTheWindowTest {
    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(LessonCatalog.builtIn(), I18n.ENGLISH);
        window = new MainWindow(vm, () -> { });
        window.lessonPane().select("create-process", null);
        scene = new Scene(new PresentationShell(window, window.presentation(), window.shortcuts(), vm.i18n()), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private static <T> T fx(Callable<T> work) {
        return UiSnapshots.onFx(work);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
    }

    private String status() {
        return fx(() -> ((Label) scene.lookup("#prediction-status")).getText());
    }

    private PredictionCard card() {
        return window.lessonPane().predictionCard();
    }

    @Test
    void run_whileTheCardAsks_asksFirst_answerFirstRunsNothing_skipRunsAndTheCardSaysSo(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        await(() -> window.questionDialog() != null);
        assertEquals("Make your prediction first?", fx(() -> window.questionDialog().getHeaderText()));
        UiSnapshots.save(fx(() -> window.questionDialog().getDialogPane().getScene()), "question-skip-prediction-en");
        robot.clickOn("#question-no"); // Answer first
        await(() -> window.questionDialog() == null);
        assertEquals(RunState.IDLE, fx(() -> vm.runModel().getState()), "nothing ran");
        assertTrue(fx(() -> vm.narration().isAsking() && card().isFocused()), "the card asks, and has the keys");
        assertFalse(fx(() -> scene.lookup("#prediction-explanation").isVisible()), "no explanation before the answer");

        robot.clickOn("#run-button"); // the toolbar's green Run asks the same
        await(() -> window.questionDialog() != null);
        robot.clickOn("#question-yes"); // Run without predicting
        await(() -> vm.runModel().getState() != RunState.IDLE);
        assertTrue(fx(() -> vm.narration().skippedProperty().get()), "the skip is recorded");
        assertFalse(fx(() -> vm.narration().isAsking()));
        await(() -> vm.runModel().getState() == RunState.FINISHED && vm.narration().actualProperty().get() != null);
        String answer = fx(() -> card().getPrediction().choices().get(vm.narration().actualProperty().get()).en());
        assertEquals("You ran without predicting \u2014 it was \u201c" + answer + "\u201d.", status());
        assertTrue(fx(() -> card().getPseudoClassStates().contains(PredictionCard.SKIPPED)));
        assertFalse(fx(card()::isRight), "neither right nor wrong");
        String why = fx(() -> vm.lessons().getSelected().explanation().en());
        assertEquals(why, fx(() -> ((Label) scene.lookup("#prediction-explanation")).getText()), "the lesson's explanation");
        assertTrue(fx(() -> scene.lookup("#prediction-explanation").isVisible()), "shown with the verdict");
        UiSnapshots.save(card(), "prediction-card-skipped-verdict-en");
    }

    @Test
    void run_whileThePredictionWaitsForItsOperation_doesNotAsk_theRunStopsThereInstead(FxRobot robot) throws Exception {
        fx(() -> {
            window.lessonPane().select("pipe", null);
            return null;
        });
        robot.type(KeyCode.F5);
        await(() -> vm.narration().pausedAtProperty().get() != null);
        assertNull(fx(window::questionDialog), "the question is asked when the run gets there");
        assertEquals("Continue", fx(() -> ((Button) scene.lookup("#prediction-run")).getText()));
        robot.type(KeyCode.DIGIT1);
        robot.clickOn("#prediction-run");
        await(() -> vm.runModel().getState() == RunState.FINISHED);
    }

    @Test
    void keys_reachTheCard_fromTheLessonList(FxRobot robot) throws Exception {
        robot.clickOn("2. Queue"); // the lesson list has the focus
        assertTrue(fx(() -> window.lessonPane().tree().isFocused()));
        robot.type(KeyCode.DIGIT2);
        assertEquals(1, fx(() -> vm.narration().chosenProperty().get()));
        assertEquals("2. Queue", fx(() -> vm.lessons().getSelected().title(I18n.ENGLISH)), "the list did not move");
        robot.type(KeyCode.ENTER);
        assertTrue(fx(() -> vm.narration().confirmedProperty().get()), "Enter confirmed the answer");
        await(() -> vm.runModel().getState() == RunState.FINISHED); // "Run it": the lesson runs once answered
    }

    @Test
    void keys_reachTheCard_fromAFocusedToolbarButton_andEnterNeverPressesIt(FxRobot robot) throws Exception {
        Node repeat = scene.lookup("#repeat-button");
        assertFalse(repeat.isFocusTraversable(), "a click leaves the focus where it was");
        fx(() -> {
            repeat.requestFocus(); // however it got there
            return null;
        });
        assertTrue(fx(repeat::isFocused));
        robot.type(KeyCode.ENTER);
        assertFalse(fx(() -> vm.outcomes().isRunning()), "Enter with no choice made presses nothing");
        assertEquals(RunState.IDLE, fx(() -> vm.runModel().getState()));
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        assertEquals(0, fx(() -> vm.narration().chosenProperty().get()));
        assertTrue(fx(() -> vm.narration().confirmedProperty().get()));
        assertFalse(fx(() -> vm.outcomes().isRunning()), "not Run \u00d710 behind the student's back");
        await(() -> vm.runModel().getState() == RunState.FINISHED);
        assertFalse(fx(() -> vm.outcomes().isRunning()));
    }

    @Test
    void keys_reachTheCard_fromTheTimeline(FxRobot robot) throws Exception {
        fx(() -> {
            window.lessonPane().select("create-process", "exit-codes");
            return null;
        });
        assertTrue(fx(() -> window.traces().openTrace(java.nio.file.Path.of(
                PredictionsInTheWindowTest.class.getResource("/traces/exit-codes.jsonl").toURI()))));
        fx(() -> {
            window.timeline().slider().requestFocus();
            return null;
        });
        assertTrue(fx(() -> window.timeline().slider().isFocused()));
        robot.type(KeyCode.DIGIT3);
        assertEquals(2, fx(() -> vm.narration().chosenProperty().get()), "3 chose the third answer, not a timeline move");
    }

    @Test
    void run_whileTheCardAsks_asksInChinese_too(FxRobot robot) throws Exception {
        fx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        robot.type(KeyCode.F5);
        await(() -> window.questionDialog() != null);
        assertEquals("先做预测吗？", fx(() -> window.questionDialog().getHeaderText()));
        assertEquals("不预测，直接运行", fx(() -> ((Button) robot.lookup("#question-yes").query()).getText()));
        UiSnapshots.save(fx(() -> window.questionDialog().getDialogPane().getScene()), "question-skip-prediction-zh");
        robot.type(KeyCode.ESCAPE); // as "Answer first"
        await(() -> window.questionDialog() == null);
        assertEquals(RunState.IDLE, fx(() -> vm.runModel().getState()));
        assertTrue(fx(() -> vm.narration().isAsking()));
    }
}
