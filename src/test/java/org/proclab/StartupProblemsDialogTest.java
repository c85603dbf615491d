package org.proclab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.StartupCheck.Problem;
import org.proclab.i18n.Messages;
import org.proclab.ui.UiSnapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window shown instead of the main window when something is missing: its sentences, and Close. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StartupProblemsDialogTest {
    static final List<Problem> BOTH = List.of(
            new Problem("startup.privateDirectory", List.of("/tmp/proclab-student", "/tmp")),
            new Problem("startup.javaFails", List.of("/opt/proclab/lib/runtime/bin/java", "1")));

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private DialogPane shown(ResourceBundle b) {
        return UiSnapshots.onFx(() -> {
            StartupProblemsDialog.fill(stage, StartupCheck.texts(BOTH, b), b);
            stage.show();
            return (DialogPane) stage.getScene().getRoot();
        });
    }

    private static List<String> sentences(DialogPane pane) {
        return UiSnapshots.onFx(() -> pane.lookupAll(".startup-problems .label").stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void fill_english_oneSentencePerMissingThing_andCloseClosesIt(FxRobot robot) {
        ResourceBundle en = Messages.bundle(Messages.ENGLISH);
        DialogPane pane = shown(en);
        assertEquals("ProcLab cannot start", stage.getTitle());
        assertEquals("ProcLab is missing something it needs to run processes:", pane.getHeaderText());
        assertEquals(List.of(BOTH.get(0).text(en), BOTH.get(1).text(en)), sentences(pane));
        assertTrue(sentences(pane).get(1).contains("/opt/proclab/lib/runtime/bin/java does not start (it ended with code 1)"));
        UiSnapshots.save(pane.getScene(), "startup-problems-en");

        ButtonType only = pane.getButtonTypes().get(0);
        assertEquals(List.of(only), pane.getButtonTypes(), "one way out: the app cannot go on");
        assertEquals(ButtonBar.ButtonData.CANCEL_CLOSE, only.getButtonData());
        Button close = UiSnapshots.onFx(() -> (Button) pane.lookupButton(only));
        assertEquals("Close", close.getText());
        robot.clickOn(close);
        assertFalse(UiSnapshots.onFx(stage::isShowing), "Close closes the window");
    }

    @Test
    void fill_chinese_inChinese() {
        ResourceBundle zh = Messages.bundle(Messages.CHINESE);
        DialogPane pane = shown(zh);
        assertEquals("ProcLab 无法启动", stage.getTitle());
        assertEquals(List.of(BOTH.get(0).text(zh), BOTH.get(1).text(zh)), sentences(pane));
        assertTrue(sentences(pane).get(0).contains("私有文件夹 /tmp/proclab-student"));
        assertEquals("关闭", UiSnapshots.onFx(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).getText()));
        UiSnapshots.save(pane.getScene(), "startup-problems-zh");
    }
}
