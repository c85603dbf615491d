package org.proclab.ui.narration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.lesson.LessonCatalog;
import org.proclab.testing.Await;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonPane;
import org.proclab.ui.main.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pipe lesson's prediction, answered with the keyboard: for real (the run pauses before the consumer's
 * recv until the student answered), and answered before the run: Enter confirms and starts it; with snapshots
 * in English and Chinese.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PredictionCardTest {
    private MainViewModel vm;
    private LessonPane pane;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel(LessonCatalog.builtIn(), I18n.ENGLISH);
        pane = new LessonPane(vm.lessons(), vm.i18n(), vm.narration());
        pane.setPrefWidth(360);
        scene = new Scene(pane, 380, 780);
        CjkFonts.stylesheet().ifPresent(scene.getStylesheets()::add);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private PredictionCard card() {
        return (PredictionCard) scene.lookup("#prediction-card");
    }

    private String status() {
        return UiSnapshots.onFx(() -> ((Label) scene.lookup("#prediction-status")).getText());
    }

    @Test
    void pipeLesson_pausesBeforeRecv_andShowsRightVerdict_afterKeyboardAnswer(FxRobot robot) throws Exception {
        UiSnapshots.onFx(() -> {
            pane.select("pipe", null);
            vm.run(); // the student presses Run without predicting first
            return null;
        });
        // the consumer is held before its recv(): the card says so and has the focus
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(() -> card().getPseudoClassStates().contains(PredictionCard.PAUSED)));
        assertTrue(status().startsWith("consumer is paused before recv() on pipe-1:0"), status());
        assertTrue(UiSnapshots.onFx(() -> vm.runModel().getState().busy()), "the run waits for the answer");
        UiSnapshots.save(card(), "prediction-card-paused-en");
        assertFalse(UiSnapshots.onFx(() -> scene.lookup("#prediction-repeat").isVisible()), "no outcome yet to repeat");
        robot.type(KeyCode.DIGIT1);
        assertEquals(0, UiSnapshots.onFx(() -> vm.narration().chosenProperty().get()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(() -> !vm.runModel().getState().busy()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiSnapshots.onFx(() -> card().isRight()), status());
        assertEquals("You predicted \u201cIt ends: recv() sees end-of-file\u201d \u2014 it was \u201cIt ends: recv() sees end-of-file\u201d. Right!", status());
        assertTrue(UiSnapshots.onFx(() -> vm.narration().lines().size()) >= 8);
        UiSnapshots.save(card(), "prediction-card-right-en");
        // one run is one outcome: the link runs the lesson again, several times, for the spread
        assertTrue(UiSnapshots.onFx(() -> scene.lookup("#prediction-repeat").isVisible()));
        UiSnapshots.onFx(() -> {
            vm.outcomes().countProperty().set(2);
            // the verdict, the explanation and the link scroll in a short card: the student scrolls to the link
            ((javafx.scene.control.ScrollPane) card().lookup(".verdict-scroll")).setVvalue(1);
            return null;
        });
        robot.clickOn("#prediction-repeat");
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(
                () -> !vm.outcomes().isRunning() && vm.outcomes().spreadProperty().get().total() == 2));
        assertEquals(2, UiSnapshots.onFx(() -> vm.outcomes().spreadProperty().get().groups().stream()
                .mapToInt(g -> g.count()).sum()), "two real runs, grouped by outcome");
        UiSnapshots.save(scene.lookup("#narration-panel"), "narration-panel-pipe-en");
        UiSnapshots.save(scene, "lesson-pane-pipe-en");
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        assertTrue(status().startsWith("你预测"), status());
        UiSnapshots.save(card(), "prediction-card-right-zh");
        UiSnapshots.save(scene.lookup("#narration-panel"), "narration-panel-pipe-zh");
    }

    @Test
    void forgotClose_run_wrongVerdict_whenStudentSaidItEnds(FxRobot robot) throws Exception {
        UiSnapshots.onFx(() -> {
            pane.select("pipe", "forgot-close");
            card().requestFocus();
            return null;
        });
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT1); // changes its mind: 1 is the last key pressed
        // Enter before any run confirms the answer and starts the run (a recorded run fed to the narration
        // meanwhile would race this live one: NarrationModelTest plays the recorded trace)
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(
                () -> card().getPseudoClassStates().contains(PredictionCard.WRONG) || card().isRight()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiSnapshots.onFx(() -> card().getPseudoClassStates().contains(PredictionCard.WRONG)), status());
        assertFalse(UiSnapshots.onFx(() -> card().isRight()));
        assertEquals("You predicted \u201cIt ends: recv() sees end-of-file\u201d \u2014 it was \u201cIt hangs for ever\u201d. Not this time.", status());
        UiSnapshots.save(card(), "prediction-card-wrong-en");
        UiSnapshots.save(scene.lookup("#narration-panel"), "narration-panel-forgot-close-en");
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        assertEquals("你预测“会结束：recv() 看到文件结束 (EOF)”——结果是“永远挂起”。这次没猜对。", status());
        UiSnapshots.save(card(), "prediction-card-wrong-zh");
        UiSnapshots.save(scene.lookup("#narration-panel"), "narration-panel-forgot-close-zh");
        UiSnapshots.save(scene, "lesson-pane-forgot-close-zh");
    }
}
