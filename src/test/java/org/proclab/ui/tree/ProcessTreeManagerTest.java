package org.proclab.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ProcessTreeModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lesson 7's recorded run: the manager's server process is marked in the tree, a child waits in a proxy call. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProcessTreeManagerTest {
    private static final List<Event> EVENTS = TraceFixtures.load("stories/manager.jsonl");
    private static final long MAIN = TraceFixtures.pidOf(EVENTS, "MainProcess");
    private static final long MANAGER = TraceFixtures.pidOf(EVENTS, "SyncManager-1");
    private static final long CHILD_A = TraceFixtures.pidOf(EVENTS, "child-a");
    private ProcessTreeView view;

    @Start
    void start(Stage stage) {
        view = new ProcessTreeView();
        view.setResources(I18n.bundle(I18n.ENGLISH));
        stage.setScene(new Scene(view, 640, 360));
        stage.show();
    }

    /** Just after child-a's first call blocked it: its BLOCK on the dict. */
    private void showDuringACall(java.util.Locale locale) {
        int at = TraceFixtures.through(EVENTS, e -> e.kind() == EventKind.BLOCK && e.pid() == CHILD_A
                && "dict-1".equals(e.obj()));
        UiSnapshots.onFx(() -> {
            view.setResources(I18n.bundle(locale));
            view.getProcesses().setAll(ProcessTreeModel.foldOf(EVENTS, at).processes());
            return null;
        });
    }

    private Region box(long pid) {
        return UiSnapshots.onFx(() -> (Region) view.lookup("#process-" + pid));
    }

    private static Label marker(Region box, String styleClass) {
        return UiSnapshots.onFx(() -> (Label) box.lookup("." + styleClass));
    }

    @Test
    void managerProcess_isMarked_andAChildWaitsInItsCall() {
        showDuringACall(I18n.ENGLISH);
        Region manager = box(MANAGER);
        assertTrue(manager.getPseudoClassStates().contains(PseudoClass.getPseudoClass("manager")));
        assertTrue(marker(manager, "manager-marker").isVisible());
        assertEquals("manager process", marker(manager, "manager-marker").getText());
        assertFalse(marker(box(MAIN), "manager-marker").isVisible());
        assertFalse(marker(box(CHILD_A), "manager-marker").isVisible());
        assertTrue(marker(box(CHILD_A), "blocked-marker").isVisible());
        assertTrue(marker(box(CHILD_A), "blocked-marker").getText().endsWith("on dict-1"),
                marker(box(CHILD_A), "blocked-marker").getText());
        UiSnapshots.save(view, "process-tree-manager");
    }

    @Test
    void managerProcess_isMarkedInChinese() {
        showDuringACall(I18n.CHINESE);
        assertEquals("管理器进程", marker(box(MANAGER), "manager-marker").getText());
        UiSnapshots.save(view, "process-tree-manager-zh");
    }
}
