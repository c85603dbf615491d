package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.testing.Await;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.model.ConsoleLine;
import org.proclab.ui.model.ProcState;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.tree.skin.ProcessNodeBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson 1 for real: the window starts real JVMs and draws what they do. */
@Tag("ui")
class MainWindowEndToEndTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    /** The processes as the tree draws them: read back from its boxes, not from the model. */
    private List<ProcessNode> drawn() {
        return UiSnapshots.onFx(() -> window.processTree().lookupAll(".process-node").stream()
                .map(n -> ((ProcessNodeBox) n).node()).toList());
    }

    private static ProcessNode named(List<ProcessNode> nodes, String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }

    private boolean lesson1Done() {
        List<ProcessNode> nodes = drawn();
        ProcessNode main = named(nodes, "MainProcess");
        ProcessNode child = named(nodes, "Process-1");
        return main != null && child != null && child.ppid() == main.pid()
                && main.state() == ProcState.EXITED && child.state() == ProcState.EXITED
                && Integer.valueOf(0).equals(main.exitCode()) && Integer.valueOf(0).equals(child.exitCode());
    }

    @SuppressWarnings("unchecked")
    private ListView<ConsoleLine> allConsole() {
        TabPane tabs = window.consoles();
        return (ListView<ConsoleLine>) tabs.getTabs().get(0).getContent();
    }

    @Test
    void runLesson1_drawsMainAndChildExitedWithCode0_andConsoleSaysHelloBob(FxRobot robot) throws Exception {
        robot.clickOn("1. Create a process");
        robot.clickOn("#run-button");
        // the card asks its question before the run: Run asks first, and the test runs without predicting
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#question-yes").tryQuery().isPresent());
        robot.clickOn("#question-yes");

        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, this::lesson1Done);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> allConsole().getItems().stream().anyMatch(l -> l.text().equals("hello bob")));
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> "Finished".equals(((Label) scene.lookup("#status-state")).getText()));

        List<ProcessNode> nodes = drawn();
        ProcessNode main = named(nodes, "MainProcess");
        ProcessNode child = named(nodes, "Process-1");
        assertEquals(main.pid(), child.ppid());
        ConsoleLine hello = allConsole().getItems().stream().filter(l -> l.text().equals("hello bob")).findFirst().orElseThrow();
        assertEquals(child.pid(), hello.pid(), "the line is attributed to the child that printed it");
        assertEquals(child.colorIndex(), hello.colorIndex(), "one colour per process, in the tree and the console");
        assertEquals("Exit code: 0", ((Label) scene.lookup("#status-exit-code")).getText());
        assertEquals(3, window.consoles().getTabs().size(), "All, MainProcess and Process-1");

        WaitForAsyncUtils.waitForFxEvents();
        UiSnapshots.save(scene, "main-window-lesson1-finished");
        UiSnapshots.save(window.processTree(), "process-tree-lesson1");
        UiSnapshots.save(allConsole(), "console-all-lesson1");
        robot.clickOn("#process-" + child.pid()); // a click on a box opens that process's console
        assertEquals("console-" + child.pid(), window.consoles().getSelectionModel().getSelectedItem().getId());
        UiSnapshots.save(window.consoles(), "console-process-1-lesson1");

        vm.close(); // what closing the window does: no JVM of the run may outlive it
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> nodes.stream()
                .noneMatch(n -> ProcessHandle.of(n.pid()).map(ProcessHandle::isAlive).orElse(false)));
    }
}
