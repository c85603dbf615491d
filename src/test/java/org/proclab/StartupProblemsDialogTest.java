package org.proclab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
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

/** The dialog shown instead of the main window when something is missing: its sentences, and Close. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StartupProblemsDialogTest {
    static final List<Problem> BOTH = List.of(
            new Problem("startup.privateDirectory", List.of("/tmp/proclab-student", "/tmp")),
            new Problem("startup.javaFails", List.of("/opt/proclab/lib/runtime/bin/java", "1")));

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show(); // under the headless platform a dialog needs an owner window to render
    }

    private Alert shown(ResourceBundle b) {
        return UiSnapshots.onFx(() -> {
            Alert a = StartupProblemsDialog.build(StartupCheck.texts(BOTH, b), b);
            a.initOwner(owner);
            a.show();
            return a;
        });
    }

    private static List<String> sentences(Alert a) {
        return UiSnapshots.onFx(() -> a.getDialogPane().lookupAll(".startup-problems .label").stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void build_english_oneSentencePerMissingThing_andClose(FxRobot robot) {
        ResourceBundle en = Messages.bundle(Messages.ENGLISH);
        Alert a = shown(en);
        assertEquals("ProcLab cannot start", a.getTitle());
        assertEquals("ProcLab is missing something it needs to run processes:", a.getHeaderText());
        assertEquals(List.of(BOTH.get(0).text(en), BOTH.get(1).text(en)), sentences(a));
        assertTrue(sentences(a).get(1).contains("/opt/proclab/lib/runtime/bin/java does not start (it ended with code 1)"));
        UiSnapshots.save(a.getDialogPane().getScene(), "startup-problems-en");

        Button close = UiSnapshots.onFx(() -> (Button) a.getDialogPane().lookupButton(a.getButtonTypes().get(0)));
        assertEquals("Close", close.getText());
        robot.clickOn(close);
        assertFalse(UiSnapshots.onFx(a::isShowing), "Close ends the dialog");
        assertEquals(a.getButtonTypes().get(0), a.getResult());
    }

    @Test
    void build_chinese_inChinese() {
        ResourceBundle zh = Messages.bundle(Messages.CHINESE);
        Alert a = shown(zh);
        assertEquals("ProcLab 无法启动", a.getTitle());
        assertEquals(List.of(BOTH.get(0).text(zh), BOTH.get(1).text(zh)), sentences(a));
        assertTrue(sentences(a).get(0).contains("私有文件夹 /tmp/proclab-student"));
        UiSnapshots.save(a.getDialogPane().getScene(), "startup-problems-zh");
        UiSnapshots.onFx(() -> {
            a.close();
            return null;
        });
    }
}
