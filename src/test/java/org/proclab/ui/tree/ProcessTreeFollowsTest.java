package org.proclab.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.Events;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.tree.skin.SmallProcessBox;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The tree follows the run's list of processes, as the main window gives it (a CPU sample or a state change
 * replaces one process's node in that list): a replaced process keeps its box, so a click that spans the
 * replacement still picks it, and the tree's list is the run's after every kind of change.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProcessTreeFollowsTest {
    private static final int CHILDREN = 30;
    private ObservableList<ProcessNode> run;
    private ProcessTreeView view;

    /** Main 1000 and children 1001..1030, all running: more than the tree draws whole, so small boxes. */
    private static Events family() {
        Events log = Events.log().main(1000).ready(1000);
        for (int i = 1; i <= CHILDREN; i++) {
            log.child(1000 + i, "Process-" + i, 1000).ready(1000 + i);
        }
        return log;
    }

    @Start
    void start(Stage stage) {
        run = FXCollections.observableArrayList(family().tree().processes());
        view = new ProcessTreeView(run);
        view.setResources(I18n.bundle(I18n.ENGLISH));
        stage.setScene(new Scene(view, 900, 560));
        stage.show();
    }

    private SmallProcessBox chip(long pid) {
        return UiSnapshots.onFx(() -> view.lookupAll(".process-mini").stream().map(n -> (SmallProcessBox) n)
                .filter(b -> b.node().pid() == pid).findFirst().orElseThrow());
    }

    private Node box(long pid) {
        return UiSnapshots.onFx(() -> view.lookup("#process-" + pid));
    }

    /** Replaces {@code pid}'s node in the run's list with its node after {@code log}, as the run's fold does. */
    private void replace(long pid, Events log) {
        ProcessNode now = log.tree().processes().stream().filter(n -> n.pid() == pid).findFirst().orElseThrow();
        UiSnapshots.onFx(() -> {
            for (int i = 0; i < run.size(); i++) {
                if (run.get(i).pid() == pid) {
                    run.set(i, now);
                }
            }
            return null;
        });
        UiSnapshots.afterPulses(2);
    }

    @Test
    void aReplacedProcess_keepsItsBox_andShowsWhatChanged() {
        SmallProcessBox before = chip(1020);
        Node mainBefore = box(1000);
        replace(1020, family().cpu(1020, 250).exit(1020, 3, "returned").join(1000, 1020, 3));
        replace(1000, family().cpu(1000, 900));
        SmallProcessBox after = chip(1020);
        assertSame(before, after, "the same small box, updated in place");
        assertNotNull(UiSnapshots.onFx(after::getScene));
        assertTrue(after.getPseudoClassStates().contains(PseudoClass.getPseudoClass("failed")), "exit code 3 shown");
        assertSame(mainBefore, box(1000), "main's whole box, updated in place");
    }

    @Test
    void aClick_whoseProcessIsReplacedBetweenPressAndRelease_stillPicksIt(FxRobot robot) {
        robot.moveTo(chip(1025));
        robot.press(MouseButton.PRIMARY);
        replace(1025, family().cpu(1025, 40)); // its CPU time sampled meanwhile
        robot.release(MouseButton.PRIMARY);
        UiSnapshots.afterPulses(2);
        assertEquals(1025L, UiSnapshots.onFx(view::getSelectedPid));
    }

    @Test
    void theTreesList_isTheRunsAfterEveryKindOfChange() {
        List<ProcessNode> all = List.copyOf(family().tree().processes());
        UiSnapshots.onFx(() -> {
            run.remove(5, 9);                                  // gone (the timeline moved back)
            assertEquals(run, view.getProcesses());
            run.addAll(3, all.subList(5, 9));                  // came, in the middle
            assertEquals(run, view.getProcesses());
            run.set(0, all.get(0));                            // replaced
            run.setAll(all.subList(0, 20));                    // all at once
            assertEquals(run, view.getProcesses());
            FXCollections.sort(run, Comparator.comparingLong(ProcessNode::pid).reversed()); // a permutation
            assertEquals(run, view.getProcesses());
            run.clear();
            assertEquals(List.of(), view.getProcesses());
            return null;
        });
    }
}
