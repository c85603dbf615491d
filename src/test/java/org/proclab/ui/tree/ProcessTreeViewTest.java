package org.proclab.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.trace.Event;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.Events;
import org.proclab.ui.model.ProcessTreeModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the tree draws for lesson 1's zombie-and-orphan run, replayed from a known event list. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProcessTreeViewTest {
    private ProcessTreeView view;

    @Start
    void start(Stage stage) {
        view = new ProcessTreeView();
        view.setResources(I18n.bundle(I18n.ENGLISH));
        view.getProcesses().setAll(Events.zombieAndOrphan().tree().processes());
        stage.setScene(new Scene(view, 900, 560));
        stage.show();
    }

    private Region box(long pid) {
        return UiSnapshots.onFx(() -> (Region) view.lookup("#process-" + pid));
    }

    private String text(long pid, String styleClass) {
        return UiSnapshots.onFx(() -> ((Label) box(pid).lookup("." + styleClass)).getText());
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void zombie_hasZombiePseudoClass_andShowsItsExitCode() {
        Region quick = box(101);
        assertTrue(has(quick, "zombie"));
        assertFalse(has(quick, "exited"));
        assertEquals("zombie", text(101, "state"));
        assertEquals("exit code 0", text(101, "exit-code"));
        assertEquals("quick", text(101, "name"));
        assertEquals("pid 101", text(101, "pid"));
        assertEquals("ppid 100", text(101, "ppid"));
        UiSnapshots.save(view, "process-tree-zombie-orphan");
    }

    @Test
    void orphan_isMarked_andShowsItsNewParent() {
        Region grandchild = box(103);
        assertTrue(has(grandchild, "orphan"));
        assertTrue(has(grandchild, "running"));
        Label marker = UiSnapshots.onFx(() -> (Label) grandchild.lookup(".orphan-marker"));
        assertTrue(marker.isVisible());
        assertEquals("ppid 1 (was 102)", text(103, "ppid"));
        Label notOrphan = UiSnapshots.onFx(() -> (Label) box(101).lookup(".orphan-marker"));
        assertFalse(notOrphan.isVisible());
    }

    @Test
    void nonZeroExitCode_isFailed_andRed() {
        Region failing = box(104);
        assertTrue(has(failing, "exited"));
        assertTrue(has(failing, "failed"));
        assertEquals("exit code 1", text(104, "exit-code"));
        Paint fill = UiSnapshots.onFx(() -> ((Label) failing.lookup(".exit-code")).getTextFill());
        Color c = (Color) fill;
        assertTrue(c.getRed() > 0.6 && c.getGreen() < 0.3, "red, was " + c);
        assertFalse(has(box(101), "failed"));
        assertEquals("exit code -15", text(102, "exit-code"));
    }

    @Test
    void running_and_starting_showTheirState() {
        assertTrue(has(box(100), "running"));
        assertEquals("CPU 340 ms", text(100, "cpu"));
        assertEquals("exit code \u2014", text(100, "exit-code"));
    }

    private Color stripe(long pid) {
        return UiSnapshots.onFx(() -> (Color) ((Region) box(pid).lookup(".color-stripe")).getBackground().getFills().get(0).getFill());
    }

    @Test
    void colours_areDistinctPerProcess_andStableAsEventsArrive() {
        List<Color> before = new ArrayList<>();
        for (long pid = 100; pid <= 104; pid++) {
            before.add(stripe(pid));
        }
        assertEquals(5, new HashSet<>(before).size(), "five processes, five colours");
        assertEquals(ProcessPalette.color(0), before.get(0));
        assertEquals(ProcessPalette.color(3), before.get(3));

        // more events: quick is joined, main ends; nobody's colour moves
        List<Event> more = Events.zombieAndOrphan().join(100, 101, 0).exit(100, 0, "returned").list();
        UiSnapshots.onFx(() -> view.getProcesses().setAll(ProcessTreeModel.foldOf(more, more.size()).processes()));
        for (long pid = 100; pid <= 104; pid++) {
            assertEquals(before.get((int) (pid - 100)), stripe(pid));
        }
        assertTrue(has(box(101), "exited"));
    }

    @Test
    void layout_parentsAboveChildren_andBoxesNeverOverlap() {
        List<Bounds> bounds = new ArrayList<>();
        for (long pid = 100; pid <= 104; pid++) {
            bounds.add(box(pid).getBoundsInParent());
        }
        Bounds main = bounds.get(0);
        for (int i = 1; i < bounds.size(); i++) {
            assertTrue(bounds.get(i).getMinY() > main.getMaxY(), "child " + i + " below main");
        }
        assertTrue(bounds.get(3).getMinY() > bounds.get(2).getMaxY(), "grandchild below middle");
        for (int i = 0; i < bounds.size(); i++) {
            for (int j = i + 1; j < bounds.size(); j++) {
                assertFalse(bounds.get(i).intersects(bounds.get(j)), i + " overlaps " + j);
            }
        }
        assertEquals(4, UiSnapshots.onFx(() -> view.lookupAll(".process-link").size()), "one line per child");
    }

    @Test
    void labels_followTheLanguage() {
        UiSnapshots.onFx(() -> {
            view.setResources(I18n.bundle(I18n.CHINESE));
            CjkFonts.stylesheet().ifPresent(view.getStylesheets()::add); // as the main window does for Chinese
            return null;
        });
        assertEquals("僵尸", text(101, "state"));
        assertEquals("退出码 0", text(101, "exit-code"));
        UiSnapshots.save(view, "process-tree-zh");
    }

    @Test
    void empty_showsPlaceholder() {
        UiSnapshots.onFx(() -> {
            view.getProcesses().clear();
            return null;
        });
        Label placeholder = UiSnapshots.onFx(() -> (Label) view.lookup(".placeholder"));
        assertTrue(placeholder.isVisible());
        assertNotEquals("", placeholder.getText());
        assertEquals(0, UiSnapshots.onFx(() -> view.lookupAll(".process-node").size()));
    }
}
