package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.testing.Await;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonEntry;
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.narration.PredictionCard;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student walks lesson 3 from start to end with the keyboard only, with real processes: picks the lesson,
 * runs it, answers the prediction when the run stops before the consumer's recv(), and sees the narration,
 * the verdict and the pipe as it ended.
 */
@Tag("ui")
class LessonWalkthroughTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english().inPresentationShell()
            .beforeShow(w -> w.lessonPane().select("create-process", null)); // as the app opens

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    private String selectedTitle() {
        return UiSnapshots.onFx(() -> {
            LessonEntry e = vm.lessons().getSelected();
            return e == null ? "" : e.title(I18n.ENGLISH);
        });
    }

    private List<String> narration() {
        return UiSnapshots.onFx(() -> vm.narration().lines().stream().map(t -> t.en()).toList());
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void pipeLesson_byKeyboard_predictRunAndSeeTheVerdict(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> UiSnapshots.onFx(() -> window.lessonPane().tree().isFocused()));
        assertEquals("1. Create a process", selectedTitle());
        robot.type(KeyCode.DOWN);
        assertEquals("Exit codes", selectedTitle(), "the arrow keys go on from the chosen lesson");
        for (int i = 0; i < 12 && !selectedTitle().equals("3. Pipe"); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertEquals("3. Pipe", selectedTitle());
        assertEquals(CentreView.PIPES_AND_QUEUES, window.shownView());
        PredictionCard card = window.lessonPane().predictionCard();
        assertTrue(UiSnapshots.onFx(card::isVisible), "the lesson's question is on screen before the run");

        assertEquals("Run the chosen lesson (F5)", UiSnapshots.onFx(
                () -> ((javafx.scene.control.Button) scene.lookup("#run-button")).getTooltip().getText()), "the key is told");
        robot.type(KeyCode.F5); // Run
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> UiSnapshots.onFx(() -> vm.narration().pausedAtProperty().get() != null));
        assertEquals("consumer|recv() on pipe-1:0", UiSnapshots.onFx(() -> vm.narration().pausedAtProperty().get()));
        assertTrue(UiSnapshots.onFx(() -> card.isFocused() && has(card, "paused")));
        String status = UiSnapshots.onFx(() -> ((Label) card.lookup("#prediction-status")).getText());
        assertTrue(status.startsWith("consumer is paused before recv() on pipe-1:0"), status);
        assertTrue(narration().contains("Pipe.open() (Pipe() in Python) gives two connected ends, pipe-1:0 and pipe-1:1."),
                narration().toString());
        assertFalse(narration().stream().anyMatch(l -> l.startsWith("recv() takes the messages")), "nothing read yet");
        UiSnapshots.save(scene, "walkthrough-1-paused-for-prediction");

        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER); // "It ends: recv() sees end-of-file"
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(() -> !vm.canStopProperty().get()));
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(card::isRight));
        status = UiSnapshots.onFx(() -> ((Label) card.lookup("#prediction-status")).getText());
        assertEquals("You predicted \u201cIt ends: recv() sees end-of-file\u201d \u2014 it was \u201cIt ends: recv() sees end-of-file\u201d. Right!", status);
        assertTrue(narration().stream().anyMatch(l -> l.startsWith("Every write handle in every process is closed")),
                narration().toString());
        assertEquals("Finished", UiSnapshots.onFx(() -> ((Label) scene.lookup("#status-state")).getText()));
        UiSnapshots.save(scene, "walkthrough-2-verdict");

        // back through the story: Shift+N goes to the event of the last narration line, again to the one before
        // it; Ctrl+End back to the end
        int said = narration().size();
        int events = UiSnapshots.onFx(() -> vm.runModel().events().size());
        robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
        int shown = UiSnapshots.onFx(() -> vm.runModel().shownProperty().get());
        assertTrue(shown < events - 1, "the timeline went back: " + shown + " of " + events);
        assertEquals(said, narration().size(), "at the event that made the last line due");
        robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
        assertTrue(UiSnapshots.onFx(() -> vm.runModel().shownProperty().get()) < shown);
        assertEquals(said - 1, narration().size(), "the views, narration included, show the state at that event");
        UiSnapshots.save(scene, "walkthrough-3-previous-narration");
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        assertEquals(said, narration().size());
        assertTrue(UiSnapshots.onFx(() -> vm.runModel().followingProperty().get()));
    }
}
