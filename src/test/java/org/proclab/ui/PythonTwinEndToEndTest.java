package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.testing.Await;
import org.proclab.trace.EventKind;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lesson 3's consumer, blocked for good in recv() (the variant that forgets to close): with the toggle on, the Python
 * twin stands under the Java program and the consumer's marker is on the twin's {@code output_p.recv()} line.
 */
@Tag("ui")
class PythonTwinEndToEndTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    /** The line (from 1) of the Python twin on which a process's marker stands, or 0. */
    private int pythonLineOf(long pid) {
        return UiSnapshots.onFx(() -> {
            Node marker = scene.lookup("#python-twin-view").lookup("#marker-" + pid);
            for (Parent p = marker == null ? null : marker.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ListCell<?> cell) {
                    return cell.getIndex() + 1;
                }
            }
            return 0;
        });
    }

    @Test
    void toggle_showsTheTwinUnderTheProgram_withTheBlockedConsumerOnItsRecvLine(FxRobot robot) throws Exception {
        robot.clickOn("The consumer forgets to close its write end");
        SplitPane split = (SplitPane) scene.lookup("#source-and-twin");
        assertEquals(1, split.getItems().size(), "the twin is hidden until the student turns it on");
        robot.clickOn("#python-twin-toggle");
        assertTrue(((CheckBox) scene.lookup("#python-twin-toggle")).isSelected());
        assertTrue(window.pythonTwin().isShown());
        assertEquals(2, split.getItems().size());
        assertEquals("Python twin: pipe-forgot-close.py", ((Label) scene.lookup("#python-twin-title")).getText());

        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(
                () -> vm.narration().pausedAtProperty().get() != null));
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER); // "It hangs for ever"
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> UiSnapshots.onFx(() -> window.deadlockText()).contains("pipe-1:1"));

        long consumer = UiSnapshots.onFx(() -> vm.runModel().events().stream()
                .filter(e -> e.kind() == EventKind.START && "consumer".equals(e.text())).findFirst().orElseThrow().pid());
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> pythonLineOf(consumer) > 0);
        int line = pythonLineOf(consumer);
        String text = UiSnapshots.onFx(() -> window.pythonTwin().sourceProperty().get().lines().get(line - 1));
        assertEquals("item = output_p.recv()", text.replaceAll("#.*", "").strip(),
                "the consumer waits in recv(): line " + line + " of the twin");
        Node marker = UiSnapshots.onFx(() -> scene.lookup("#python-twin-view").lookup("#marker-" + consumer));
        assertEquals("consumer", ((Label) marker).getText());
        assertTrue(UiSnapshots.onFx(marker::isVisible));
        UiSnapshots.save(scene, "source-python-twin-forgot-close-deadlock");

        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        UiSnapshots.afterPulses(2);
        assertEquals("Python 对照程序：pipe-forgot-close.py", ((Label) scene.lookup("#python-twin-title")).getText());
        assertEquals(line, pythonLineOf(consumer), "the marker stays on its line in the other language");
        UiSnapshots.save(scene, "source-python-twin-forgot-close-deadlock-zh");

        robot.clickOn("#python-twin-toggle");
        assertFalse(window.pythonTwin().isShown());
        assertEquals(1, split.getItems().size());
        assertNotNull(scene.lookup("#source-view"), "the Java program stays");
    }
}
