package org.proclab.ui.narration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.lesson.ScriptPlayerTest;
import org.proclab.lesson.Text;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The card in each of its states, driven through its view model (no robot): what its button says, what
 * its status line says, and that the explanation comes with the verdict and never before; in English and
 * Chinese, with a snapshot of each state.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("ui")
class PredictionCardStatesTest {
    private static final Text WHY = new Text(Map.of(
            "en", "Process-1 is started by the main process, so its parent's pid is the main process's pid.",
            "zh", "Process-1 是主进程启动的，所以它的父进程 pid 就是主进程的 pid。"));
    private final NarrationModel model = new NarrationModel();
    private final I18n i18n = new I18n(I18n.ENGLISH);
    private PredictionCard card;

    @Start
    void start(Stage stage) {
        card = new PredictionCard(model, i18n);
        card.setPrefWidth(360);
        Scene scene = new Scene(new StackPane(card), 380, 560);
        CjkFonts.stylesheet().ifPresent(scene.getStylesheets()::add);
        stage.setScene(scene);
        stage.show();
    }

    private String button() {
        return UiSnapshots.onFx(() -> ((Button) card.lookup("#prediction-run")).getText());
    }

    private boolean buttonDisabled() {
        return UiSnapshots.onFx(() -> card.lookup("#prediction-run").isDisabled());
    }

    private String status() {
        return UiSnapshots.onFx(() -> ((Label) card.lookup("#prediction-status")).getText());
    }

    private boolean explained() {
        return UiSnapshots.onFx(() -> card.lookup("#prediction-explanation").isVisible());
    }

    private void act(Runnable r) {
        UiSnapshots.onFx(() -> {
            r.run();
            return null;
        });
    }

    private void shot(String state, Locale l) {
        String lang = l == I18n.ENGLISH ? "en" : "zh";
        UiSnapshots.save(card, "prediction-card-state-" + state + "-" + lang);
    }

    private void walkTheStates(Locale l, String run, String go, String skippedVerdict) {
        act(() -> {
            i18n.setLocale(l);
            model.setScript(ScriptPlayerTest.script("create-process", null), WHY);
        });
        assertEquals(run, button());
        assertTrue(buttonDisabled(), "nothing chosen yet");
        assertEquals("", status());
        assertFalse(explained(), "no explanation before the answer");
        shot("asking", l);

        act(() -> model.choose(0));
        assertFalse(buttonDisabled());
        shot("chosen", l);

        act(() -> model.paused("Process-1", "print()"));
        assertEquals(go, button(), "while the run waits, the button lets it go on");
        assertTrue(UiSnapshots.onFx(() -> card.getPseudoClassStates().contains(PredictionCard.PAUSED)));
        assertFalse(explained());
        shot("paused", l);

        act(() -> {
            model.resumed();
            model.confirm();
        });
        assertTrue(buttonDisabled(), "answered");
        assertFalse(explained(), "the run has not shown the answer yet");
        shot("waiting", l);

        act(model::runEnded);
        assertTrue(UiSnapshots.onFx(card::isRight));
        assertTrue(explained(), "the explanation comes with the verdict");
        assertEquals(WHY.in(l), UiSnapshots.onFx(() -> ((Label) card.lookup("#prediction-explanation")).getText()));
        shot("right", l);

        act(() -> {
            model.setScript(ScriptPlayerTest.script("create-process", null), WHY);
            model.choose(1);
            model.confirm();
            model.runEnded();
        });
        assertTrue(UiSnapshots.onFx(() -> card.getPseudoClassStates().contains(PredictionCard.WRONG)));
        assertTrue(explained());
        shot("wrong", l);

        act(() -> {
            model.setScript(ScriptPlayerTest.script("create-process", null), WHY);
            model.skip();
        });
        assertFalse(explained());
        shot("skipped", l);
        act(model::runEnded);
        assertEquals(skippedVerdict, status());
        assertTrue(explained());
        shot("skipped-verdict", l);
    }

    @Test
    void card_inEveryState_saysWhatItsButtonDoes_andExplainsOnlyWithTheVerdict_inBothLanguages() {
        String answer = ScriptPlayerTest.script("create-process", null).predictions().get(0).choices().get(0).en();
        walkTheStates(I18n.ENGLISH, "Run it", "Continue", "You ran without predicting \u2014 it was \u201c" + answer + "\u201d.");
        String zhAnswer = ScriptPlayerTest.script("create-process", null).predictions().get(0).choices().get(0).in(I18n.CHINESE);
        walkTheStates(I18n.CHINESE, "确认并运行", "继续运行", "你没有预测就运行了——结果是“" + zhAnswer + "”。");
        String toolbarRun = i18n.get("toolbar.run").replace("\u25B6", "").strip();
        assertFalse(toolbarRun.equals(i18n.get("prediction.run")) || toolbarRun.equals(i18n.get("prediction.continue")),
                "the card's button and the toolbar's Run are told apart: " + toolbarRun);
    }
}
