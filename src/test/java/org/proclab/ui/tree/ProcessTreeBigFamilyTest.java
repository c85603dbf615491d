package org.proclab.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.Events;
import org.proclab.ui.present.FitPane;
import org.proclab.ui.tree.skin.SmallProcessBox;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A main process with 200 children, as the tree draws it in a pane the size the window gives it at
 * 1280 x 800: every child in sight as a small box, counted by state, the selected one's whole box beside them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProcessTreeBigFamilyTest {
    private static final int CHILDREN = 200;
    private ProcessTreeView view;
    private ScrollPane pane;

    /** Main 1000 and children 1001..1200, all running; the first 50 have ended and were joined, 1007 failed. */
    private static Events family() {
        Events log = Events.log().main(1000).ready(1000);
        for (int i = 1; i <= CHILDREN; i++) {
            log.child(1000 + i, "Process-" + i, 1000).ready(1000 + i);
        }
        for (int i = 1; i <= 50; i++) {
            log.exit(1000 + i, i == 7 ? 1 : 0, "returned").join(1000, 1000 + i, i == 7 ? 1 : 0);
        }
        return log;
    }

    @Start
    void start(Stage stage) {
        view = new ProcessTreeView();
        view.setId("process-tree");
        view.setResources(I18n.bundle(I18n.ENGLISH));
        view.getProcesses().setAll(family().tree().processes());
        pane = FitPane.scrolled(view, "tree-scroll"); // as the main window shows it
        stage.setScene(new Scene(pane, 760, 440)); // the tree's pane in a 1280 x 800 window
        stage.show();
    }

    private List<SmallProcessBox> small() {
        return UiSnapshots.onFx(() -> view.lookupAll(".process-mini").stream().map(n -> (SmallProcessBox) n).toList());
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void twoHundredChildren_everyOneDrawnSmall_insideThePane_withoutScrolling() {
        List<SmallProcessBox> boxes = small();
        assertEquals(CHILDREN, boxes.size());
        assertEquals(CHILDREN, boxes.stream().map(b -> b.node().pid()).distinct().count());
        Bounds viewport = UiSnapshots.onFx(() -> pane.localToScene(pane.getLayoutBounds()));
        for (SmallProcessBox b : boxes) {
            Bounds at = UiSnapshots.onFx(() -> b.localToScene(b.getLayoutBounds()));
            assertTrue(viewport.contains(at), b.node().pid() + " at " + at + " outside " + viewport);
            assertTrue(at.getWidth() >= 0.6 * 62 - 0.5, "still readable: " + at.getWidth() + " wide on screen");
        }
        boolean scrolls = UiSnapshots.onFx(() -> pane.lookupAll(".scroll-bar").stream()
                .anyMatch(s -> s.isVisible() && ((ScrollBar) s).getVisibleAmount() < ((ScrollBar) s).getMax()));
        assertFalse(scrolls, "no scroll bar needed");
        assertEquals(1, UiSnapshots.onFx(() -> view.lookupAll(".process-node").stream().filter(Node::isVisible).count()),
                "main is the one whole box while nothing is selected");
        UiSnapshots.save(pane, "process-tree-200-children");
    }

    @Test
    void smallBoxes_showPidAndState_inTheSummaryToo() {
        SmallProcessBox running = small().stream().filter(b -> b.node().pid() == 1100).findFirst().orElseThrow();
        SmallProcessBox joined = small().stream().filter(b -> b.node().pid() == 1001).findFirst().orElseThrow();
        SmallProcessBox failed = small().stream().filter(b -> b.node().pid() == 1007).findFirst().orElseThrow();
        assertEquals("1100", running.getText());
        assertTrue(has(running, "running"));
        assertTrue(has(joined, "exited"));
        assertTrue(has(failed, "failed"));
        Label summary = UiSnapshots.onFx(() -> (Label) view.lookup(".family-summary"));
        assertEquals("200 children: 150 running \u00B7 50 exited", summary.getText());
    }

    @Test
    void smallBoxes_makeTheirTooltipOnHover_andItFollowsTheProcess(FxRobot robot) {
        assertTrue(small().stream().allMatch(b -> b.tooltip() == null), "no popup made for 200 boxes up front");
        SmallProcessBox failed = small().stream().filter(b -> b.node().pid() == 1007).findFirst().orElseThrow();
        SmallProcessBox running = small().stream().filter(b -> b.node().pid() == 1100).findFirst().orElseThrow();
        robot.moveTo(failed);
        robot.moveTo(running);
        UiSnapshots.afterPulses(2);
        assertEquals("Process-7 (1007) has ended and was joined.\nexit code 1", UiSnapshots.onFx(() -> failed.tooltip().getText()));
        assertEquals("Process-100 (1100) is running.", UiSnapshots.onFx(() -> running.tooltip().getText()));
        // only the boxes the pointer passed over on its way: not the last one, far below
        assertTrue(small().stream().filter(b -> b.tooltip() != null).count() < CHILDREN / 2);
        assertNull(small().stream().filter(b -> b.node().pid() == 1200).findFirst().orElseThrow().tooltip());
        // the process ends while its tooltip exists: the tooltip says so
        Events later = family();
        later.exit(1100, 3, "returned");
        UiSnapshots.onFx(() -> {
            view.getProcesses().setAll(later.tree().processes());
            return null;
        });
        UiSnapshots.afterPulses(2);
        assertEquals(running, small().stream().filter(b -> b.node().pid() == 1100).findFirst().orElseThrow(), "the same box");
        assertTrue(UiSnapshots.onFx(() -> running.tooltip().getText()).endsWith("\nexit code 3"),
                UiSnapshots.onFx(() -> running.tooltip().getText()));
    }

    @Test
    void selectingASmallBox_showsItsWholeBoxBesideTheGrid() {
        Label hint = UiSnapshots.onFx(() -> (Label) view.lookup(".details-hint"));
        assertTrue(hint.isVisible(), "a hint to pick one, while none is");
        UiSnapshots.onFx(() -> {
            view.setSelectedPid(1150L);
            return null;
        });
        UiSnapshots.afterPulses(2);
        Node details = UiSnapshots.onFx(() -> view.lookup("#process-details-1000"));
        assertTrue(details.isVisible());
        assertFalse(hint.isVisible());
        assertEquals("Process-150", UiSnapshots.onFx(() -> ((Label) details.lookup(".name")).getText()));
        assertEquals("pid 1150", UiSnapshots.onFx(() -> ((Label) details.lookup(".pid")).getText()));
        SmallProcessBox chosen = small().stream().filter(b -> b.node().pid() == 1150).findFirst().orElseThrow();
        assertTrue(has(chosen, "selected"));
        Bounds viewport = UiSnapshots.onFx(() -> pane.localToScene(pane.getLayoutBounds()));
        assertTrue(viewport.contains(UiSnapshots.onFx(() -> details.localToScene(details.getLayoutBounds()))), "in sight too");
        UiSnapshots.save(pane, "process-tree-200-children-selected");

        UiSnapshots.onFx(() -> {
            view.setSelectedPid(1000L); // main: a whole box of its own, nothing to show beside the grid
            return null;
        });
        assertFalse(UiSnapshots.onFx(details::isVisible));
        assertTrue(UiSnapshots.onFx(hint::isVisible));
    }

    @Test
    void summaryAndHint_followTheLanguage() {
        UiSnapshots.onFx(() -> {
            view.setResources(I18n.bundle(I18n.CHINESE));
            CjkFonts.stylesheet().ifPresent(view.getStylesheets()::add);
            return null;
        });
        Label summary = UiSnapshots.onFx(() -> (Label) view.lookup(".family-summary"));
        assertEquals("200 个子进程：运行中 150 \u00B7 已退出 50", summary.getText());
        assertEquals("点击一个小方框，这里会显示该进程的完整信息。",
                UiSnapshots.onFx(() -> ((Label) view.lookup(".details-hint")).getText()));
        UiSnapshots.afterPulses(2);
        UiSnapshots.save(pane, "process-tree-200-children-zh");
    }

    @Test
    void fewChildren_againAfterTheTimelineWentBack_wholeBoxesAgain() {
        Events few = Events.log().main(1000).ready(1000);
        for (int i = 1; i <= 12; i++) {
            few.child(1000 + i, "Process-" + i, 1000);
        }
        UiSnapshots.onFx(() -> {
            view.setSelectedPid(1005L);
            view.getProcesses().setAll(few.tree().processes());
            return null;
        });
        assertTrue(small().isEmpty());
        assertNull(UiSnapshots.onFx(() -> view.lookup(".family-summary")));
        assertEquals(13, UiSnapshots.onFx(() -> view.lookupAll(".process-node").size()));
        assertTrue(has(UiSnapshots.onFx(() -> view.lookup("#process-1005")), "selected"));
    }
}
