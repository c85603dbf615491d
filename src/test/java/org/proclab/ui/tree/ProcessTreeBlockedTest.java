package org.proclab.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
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

/** Lesson 3's forgotten close, replayed: who is blocked in which call, then who is deadlocked. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProcessTreeBlockedTest {
    private static final List<Event> EVENTS = TraceFixtures.load(TraceFixtures.PIPE_FORGOT_CLOSE);
    private static final long MAIN = TraceFixtures.pidOf(EVENTS, "MainProcess");
    private static final long CONSUMER = TraceFixtures.pidOf(EVENTS, "consumer");
    private ProcessTreeView view;

    @Start
    void start(Stage stage) {
        view = new ProcessTreeView();
        view.setResources(I18n.bundle(I18n.ENGLISH));
        stage.setScene(new Scene(view, 520, 360));
        stage.show();
    }

    private void showAfter(int count) {
        UiSnapshots.onFx(() -> view.getProcesses().setAll(ProcessTreeModel.foldOf(EVENTS, count).processes()));
    }

    private Region box(long pid) {
        return UiSnapshots.onFx(() -> (Region) view.lookup("#process-" + pid));
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private static Label marker(Region box, String styleClass) {
        return UiSnapshots.onFx(() -> (Label) box.lookup("." + styleClass));
    }

    @Test
    void blockedNode_hasBlocked_andShowsTheCallItWaitsIn() {
        showAfter(TraceFixtures.before(EVENTS, TraceFixtures.kind(EventKind.DEADLOCK)));
        Region consumer = box(CONSUMER);
        assertTrue(has(consumer, "blocked"));
        assertFalse(has(consumer, "deadlocked"));
        Label blocked = marker(consumer, "blocked-marker");
        assertTrue(blocked.isVisible());
        assertEquals("recv() on pipe-1:0", blocked.getText());
        assertTrue(blocked.getGraphic().getStyleClass().contains("icon-hourglass"), "beside an hourglass");
        Region main = box(MAIN);
        assertTrue(has(main, "blocked"));
        assertEquals("join() on consumer (" + CONSUMER + ")", marker(main, "blocked-marker").getText());
        assertFalse(marker(consumer, "deadlock-marker").isVisible());
        UiSnapshots.save(view, "process-tree-blocked");
    }

    @Test
    void notBlocked_beforeItsBlock() {
        showAfter(TraceFixtures.before(EVENTS, e -> e.kind() == EventKind.BLOCK && e.pid() == CONSUMER));
        assertFalse(has(box(CONSUMER), "blocked"));
        assertFalse(marker(box(CONSUMER), "blocked-marker").isVisible());
    }

    @Test
    void deadlock_marksBothStuckProcesses() {
        showAfter(TraceFixtures.through(EVENTS, TraceFixtures.kind(EventKind.DEADLOCK)));
        for (long pid : List.of(MAIN, CONSUMER)) {
            Region b = box(pid);
            assertTrue(has(b, "deadlocked"), "pid " + pid);
            assertTrue(has(b, "blocked"), "still waiting: the run goes on until Stop");
            assertTrue(marker(b, "deadlock-marker").isVisible());
        }
        UiSnapshots.save(view, "process-tree-deadlocked");
    }
}
