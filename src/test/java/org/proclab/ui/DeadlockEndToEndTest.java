package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.tree.skin.ProcessNodeBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson 3's forgotten close, for real: the window reports the deadlock, names the handle, and Stop ends it. */
@Tag("ui")
class DeadlockEndToEndTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    private String banner() {
        return UiSnapshots.onFx(() -> window.deadlockText());
    }

    @Test
    void forgotClose_bannerNamesTheConsumersWriteHandle_andStopEndsTheRun(FxRobot robot) throws Exception {
        robot.clickOn("The consumer forgets to close its write end");
        assertEquals(CentreView.PIPES_AND_QUEUES, window.shownView(), "lesson 3 is about the pipe");
        robot.clickOn("#run-button");

        // the run stops before the consumer's first recv(): the card asks, the student answers with the keys
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(
                () -> vm.narration().pausedAtProperty().get() != null));
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().predictionCard().isFocused()), "the card takes the keys");
        assertEquals("", banner(), "nothing has hung yet: the consumer waits for the answer, not for the pipe");
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER); // "It hangs for ever"
        assertTrue(UiSnapshots.onFx(() -> vm.narration().confirmedProperty().get()));

        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> banner().contains("pipe-1:1"));
        String text = banner();
        assertTrue(text.contains("consumer (pid ") && text.contains("waits in recv() on pipe-1:0"), text);
        assertTrue(text.contains("consumer never closed its own copy of the write end pipe-1:1"), text);
        assertTrue(UiSnapshots.onFx(() -> scene.lookup("#deadlock-banner").isVisible()));
        assertEquals("Running", ((Label) scene.lookup("#status-state")).getText(), "the run is kept for the student to inspect");

        List<ProcessNode> stuck = UiSnapshots.onFx(() -> window.processTree().lookupAll(".process-node").stream()
                .map(n -> ((ProcessNodeBox) n).node()).filter(ProcessNode::deadlocked).toList());
        assertEquals(2, stuck.size(), "the consumer and the main process that joins it");
        ProcessNode consumer = stuck.stream().filter(n -> n.name().equals("consumer")).findFirst().orElseThrow();
        assertEquals("recv()", consumer.blocked().call());
        Node consumerBox = UiSnapshots.onFx(() -> window.processTree().lookup("#process-" + consumer.pid()));
        assertTrue(consumerBox.getPseudoClassStates().contains(PseudoClass.getPseudoClass("deadlocked")));
        UiSnapshots.save(scene, "main-window-forgot-close-deadlock");
        UiSnapshots.onFx(() -> {
            window.show(CentreView.PROCESSES);
            return null;
        });
        UiSnapshots.save(scene, "main-window-forgot-close-deadlock-tree");

        robot.clickOn("#stop-button");
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> "Stopped by the user".equals(((Label) scene.lookup("#status-state")).getText()));
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> stuck.stream()
                .noneMatch(n -> ProcessHandle.of(n.pid()).map(ProcessHandle::isAlive).orElse(false)));
    }
}
