package org.proclab.ui.main;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.lesson.LessonCatalog;
import org.proclab.trace.Event;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonPane;
import org.proclab.ui.present.PresentationModel;
import org.proclab.ui.present.PresentationShell;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The room a classroom screen gives: at 1280 × 800 and 1920 × 1080, in the window and in presentation mode,
 * in English and in Chinese, the running lesson's diagram is drawn whole inside its pane (no scrolling), and
 * the lesson list shows every lesson without scrolling sideways, and in the window (not when presenting) its
 * rows that fit: not folded to its heading, no row zero high, no blank rows under the last. Bounds are measured, and the windows saved
 * under target/ui-snapshots/ to be looked at.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LayoutFitsTest {
    /** A lesson, a trace of it, how far into it, its centre view and the diagram that view draws. */
    private record Sample(String name, String lesson, String variant, String trace, double part, CentreView view,
                          List<String> diagrams) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample("pipe", "pipe", null, "pipe-lesson.jsonl", 0.5, CentreView.PIPES_AND_QUEUES, List.of("#pipe-diagram")),
            new Sample("exit-codes", "create-process", "exit-codes", "exit-codes.jsonl", 1, CentreView.PROCESSES,
                    List.of("#process-tree")),
            new Sample("lock", "lock-value", "no-lock", "lock-value-no-lock-stepped.jsonl", 1, CentreView.LOCKS_AND_VALUES,
                    List.of("#value-view", "#lock-view")),
            new Sample("pool", "pool", null, TraceFixtures.POOL, 0.6, CentreView.POOL, List.of("#pool-slots", "#pool-gantt")));

    private MainViewModel vm;
    private MainWindow window;
    private PresentationShell shell;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(LessonCatalog.builtIn(), I18n.ENGLISH);
        window = new MainWindow(vm, () -> { });
        shell = new PresentationShell(window, window.presentation(), window.shortcuts(), vm.i18n());
    }

    @AfterEach
    void close() {
        vm.close();
    }

    /**
     * The window in a scene of a screen's size. Monocle's screen is smaller than 1920 × 1080, so the scene
     * has no stage; it is laid out as a pulse would lay it out.
     */
    private Scene screen(double w, double h) {
        return UiSnapshots.onFx(() -> {
            Parent old = shell.getScene() == null ? null : shell.getScene().getRoot();
            if (old == shell) {
                shell.getScene().setRoot(new javafx.scene.layout.Pane());
            }
            return new Scene(shell, w, h);
        });
    }

    private void layout(Scene scene) {
        for (int i = 0; i < 3; i++) { // nested fitting panes settle in a few passes, as over a few pulses
            slowFx(() -> {
                shell.resize(scene.getWidth(), scene.getHeight());
                shell.applyCss();
                shell.layout();
                return null;
            });
        }
    }

    /** On the FX thread, with time for a first layout of the whole window on a crowded machine. */
    private static <T> T slowFx(java.util.concurrent.Callable<T> work) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(120, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void show(Sample s) {
        List<Event> events = TraceFixtures.load(s.trace());
        slowFx(() -> {
            window.lessonPane().select(s.lesson(), s.variant());
            vm.runModel().replay(events);
            vm.runModel().showAt((int) Math.round(s.part() * (events.size() - 1)));
            window.show(s.view());
            return null;
        });
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /** The pane a diagram is shown in: the viewport of the scroll pane around it. */
    private static Node viewportOf(Node diagram) {
        for (Node n = diagram; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane sp) {
                return sp.lookup(".viewport");
            }
        }
        throw new AssertionError("no scroll pane around " + diagram);
    }

    /** Every sample's diagrams inside their viewports; returns what does not fit, for one message. */
    private List<String> misfits(Scene scene, String where) {
        List<String> out = new ArrayList<>();
        for (Sample s : SAMPLES) {
            show(s);
            layout(scene);
            for (String id : s.diagrams()) {
                String problem = UiSnapshots.onFx(() -> {
                    Node d = scene.lookup(id);
                    if (d == null || !d.isVisible()) {
                        return id + " not shown";
                    }
                    Bounds db = sceneBounds(d);
                    Bounds vb = sceneBounds(viewportOf(d));
                    boolean inside = db.getMinX() >= vb.getMinX() - 1.5 && db.getMinY() >= vb.getMinY() - 1.5
                            && db.getMaxX() <= vb.getMaxX() + 1.5 && db.getMaxY() <= vb.getMaxY() + 1.5;
                    return inside && db.getWidth() > 50 && db.getHeight() > 50 ? null : id + " " + db + " not inside " + vb;
                });
                if (problem != null) {
                    out.add(where + " " + s.name() + ": " + problem);
                }
            }
            String list = lessonListProblem(!where.endsWith("-presenting"));
            if (list != null) {
                out.add(where + " " + s.name() + ": " + list);
            }
            UiSnapshots.save(scene, "layout-" + where + "-" + s.name());
        }
        return out;
    }

    /**
     * What is wrong with the lesson list as laid out now, or null: in the window it shows its rows (none of
     * them zero high), every row if they fit under its cap with no blank rows under the last, or else rows
     * down to its bottom at its cap; in presentation mode it is not shown at all.
     */
    private String lessonListProblem(boolean shown) {
        LessonPane pane = window.lessonPane();
        return UiSnapshots.onFx(() -> {
            boolean inScene = pane.split().getItems().contains(pane.listPart()) && pane.listPart().getScene() != null;
            if (!shown) {
                return inScene ? "lesson list shown while presenting" : null;
            }
            if (!inScene) {
                return "lesson list not shown";
            }
            var tree = pane.tree();
            Node flow = tree.lookup(".virtual-flow");
            if (flow == null || flow.getLayoutBounds().getHeight() < 1) {
                return "lesson list folded to its heading (rows " + (flow == null ? "none" : flow.getLayoutBounds()) + ")";
            }
            Bounds fb = sceneBounds(flow);
            List<TreeCell<?>> cells = tree.lookupAll(".tree-cell").stream().<TreeCell<?>>map(n -> (TreeCell<?>) n)
                    .filter(c -> c.isVisible() && !c.isEmpty() && c.getTreeItem() != null)
                    .filter(c -> sceneBounds(c).getMinY() < fb.getMaxY() - 0.5) // reaches into the list's room
                    .sorted(java.util.Comparator.<TreeCell<?>>comparingDouble(c -> sceneBounds(c).getMinY())).toList();
            if (cells.isEmpty()) {
                return "lesson list shows no row";
            }
            List<String> flat = cells.stream().filter(c -> c.getHeight() < 1).map(c -> c.getText()).toList();
            if (!flat.isEmpty()) {
                return "zero-high lesson rows " + flat;
            }
            double bottom = sceneBounds(cells.get(cells.size() - 1)).getMaxY();
            long whole = cells.stream().filter(c -> sceneBounds(c).getMaxY() <= fb.getMaxY() + 0.5).count();
            int rows = ((javafx.scene.control.skin.VirtualFlow<?>) flow).getCellCount(); // the rows there are
            if (whole == rows && cells.get(0).getIndex() == 0) {
                double blank = fb.getMaxY() - bottom;
                return blank <= 3 ? null : "blank of " + Math.round(blank) + " px under the last lesson row";
            }
            // not every row in sight: the list must have all the room it may take, filled with rows
            var words = pane.wordsPart();
            boolean atCap = pane.split().getDividerPositions()[0] >= pane.listShare() - 0.005
                    || words.getHeight() <= words.minHeight(words.getWidth()) + 2;
            if (!atCap || bottom < fb.getMaxY() - 0.5) {
                return whole + " of " + rows + " lesson rows in sight, divider at "
                        + pane.split().getDividerPositions()[0] + " (cap " + pane.listShare() + "), rows end "
                        + Math.round(fb.getMaxY() - bottom) + " px above the list's bottom";
            }
            return null;
        });
    }

    private List<String> everyWay(double w, double h) {
        Scene scene = screen(w, h);
        String size = (int) w + "x" + (int) h;
        List<String> out = new ArrayList<>();
        for (Locale l : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            PresentationModel p = window.presentation();
            UiSnapshots.onFx(() -> {
                vm.i18n().setLocale(l);
                p.leavePresentation();
                return null;
            });
            out.addAll(misfits(scene, size + "-" + l.getLanguage()));
            UiSnapshots.onFx(() -> {
                p.enterPresentation();
                return null;
            });
            out.addAll(misfits(scene, size + "-" + l.getLanguage() + "-presenting"));
        }
        return out;
    }

    @Test
    void at1280x800_everyDiagramIsWhole_normalAndPresenting_inBothLanguages() {
        List<String> misfits = everyWay(1280, 800);
        assertTrue(misfits.isEmpty(), String.join("\n", misfits));
    }

    @Test
    void at1920x1080_everyDiagramIsWhole_normalAndPresenting_inBothLanguages() {
        List<String> misfits = everyWay(1920, 1080);
        assertTrue(misfits.isEmpty(), String.join("\n", misfits));
    }

    @Test
    void at1280x800_theLessonListShowsEveryLesson_withoutScrollingSideways() {
        Scene scene = screen(1280, 800);
        UiSnapshots.onFx(() -> {
            window.lessonPane().select("pool", null); // the lesson with the most variants
            return null;
        });
        for (Locale l : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            UiSnapshots.onFx(() -> {
                vm.i18n().setLocale(l);
                return null;
            });
            layout(scene);
            var tree = window.lessonPane().tree();
            List<ScrollBar> sideways = UiSnapshots.onFx(() -> tree.lookupAll(".scroll-bar").stream()
                    .map(n -> (ScrollBar) n).filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).toList());
            assertTrue(sideways.isEmpty(), "no sideways scrolling in " + l);
            Bounds list = UiSnapshots.onFx(() -> sceneBounds(tree));
            List<String> lessons = UiSnapshots.onFx(() -> tree.lookupAll(".tree-cell").stream().map(n -> (TreeCell<?>) n)
                    .filter(c -> !c.isEmpty() && c.getTreeItem() != null && c.getTreeItem().getParent() == tree.getRoot())
                    .filter(c -> sceneBounds(c).getMaxY() <= list.getMaxY() + 1)
                    .map(c -> c.getText()).toList());
            UiSnapshots.save(scene, "layout-lesson-list-" + l.getLanguage());
            assertTrue(lessons.size() == tree.getRoot().getChildren().size(), "every lesson in sight in " + l + ": " + lessons);
            assertFalse(lessons.stream().anyMatch(t -> t.endsWith("\u2026")), "no title cut: " + lessons);
        }
    }
}
