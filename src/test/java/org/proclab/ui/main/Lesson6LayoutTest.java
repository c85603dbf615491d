package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.lesson.LessonCatalog;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonEntry;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Lesson 6 at 1280 × 800, the smallest screen a class projects: its left column holds the summary, the
 * narration, the prediction and the directories, and its source column the Java program with its helper
 * files and the Python twin. Each must stay readable: the Add button in the window, a few lines of
 * narration and of the twin.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class Lesson6LayoutTest {
    private MainViewModel vm;
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(LessonCatalog.builtIn(), I18n.ENGLISH);
        window = new MainWindow(vm, () -> { });
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private void layout() {
        for (int i = 0; i < 5; i++) { // nested panes (and the lesson list fitting its rows) settle in a few passes, as over a few pulses
            UiSnapshots.onFx(() -> {
                window.resize(1280, 800);
                window.applyCss();
                window.layout();
                return null;
            });
        }
    }

    /** Lesson 6 in {@code l} with a directory to enumerate (and its Python twin, if {@code twin}), laid out at 1280 x 800. */
    private void showLesson6(Locale l, boolean twin) {
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(l);
            window.lessonPane().select("enumerate", null);
            vm.lessons().addDirectory(dir);
            window.pythonTwin().setShown(twin);
            return null;
        });
        layout();
    }

    @Test
    void at1280x800_lesson6_directoriesNarrationAndTwinStayReadable_inBothLanguages() {
        Scene scene = UiSnapshots.onFx(() -> new Scene(window, 1280, 800));
        List<String> problems = new ArrayList<>();
        for (Locale l : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            // the twin shown before the window is first laid out, as a student's remembered choice is
            showLesson6(l, true);
            problems.addAll(UiSnapshots.onFx(() -> {
                List<String> out = new ArrayList<>();
                Bounds column = inScene(window.lessonPane());
                for (String id : List.of("#directories-add", "#directories-remove", "#directories-list")) {
                    Node n = scene.lookup(id);
                    Bounds b = inScene(n);
                    if (!n.isVisible() || b.getMaxY() > column.getMaxY() + 0.5 || b.getHeight() < 20) {
                        out.add(l + ": " + id + " is cut: " + b + " in the column " + column);
                    }
                }
                javafx.scene.control.Label title = (javafx.scene.control.Label) scene.lookup(".directories-heading .pane-title");
                if (title.getWidth() < title.prefWidth(-1) - 0.5) {
                    out.add(l + ": the directories' heading is cut to " + title.getWidth() + " px");
                }
                Bounds list = inScene(scene.lookup("#directories-list"));
                if (list.getHeight() < 50) {
                    out.add(l + ": the directories list is " + list.getHeight() + " px high");
                }
                Bounds twinView = inScene(scene.lookup("#python-twin-view"));
                if (twinView.getHeight() < 120) {
                    out.add(l + ": the Python twin shows " + twinView.getHeight() + " px (about "
                            + (int) (twinView.getHeight() / 20) + " lines)");
                }
                javafx.scene.layout.Region narration = (javafx.scene.layout.Region) scene.lookup(".narration-panel");
                double want = Math.min(90, narration.prefHeight(narration.getWidth()));
                if (narration.isVisible() && narration.getHeight() < want - 0.5) {
                    out.add(l + ": the narration has " + narration.getHeight() + " px of the " + want + " it needs");
                }
                return out;
            }));
            UiSnapshots.save(scene, "layout-1280x800-" + l.getLanguage() + "-lesson6");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void at1280x800_twinOpenedAfterTheWindowWasLaidOut_getsHalfTheSourceColumn_untilTheUserDragsTheDivider() {
        Scene scene = UiSnapshots.onFx(() -> new Scene(window, 1280, 800));
        layout(); // lesson 1, no twin: the window as it first comes up
        UiSnapshots.onFx(() -> {
            window.lessonPane().select("enumerate", null); // six file buttons wrap above the program
            window.pythonTwin().setShown(true);
            return null;
        });
        layout();
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) scene.lookup("#source-and-twin");
        double twin = UiSnapshots.onFx(() -> inScene(scene.lookup("#python-twin-pane")).getHeight());
        double all = UiSnapshots.onFx(split::getHeight);
        assertTrue(twin > 0.4 * all, "the twin has " + twin + " px of the " + all + " px column");
        UiSnapshots.save(scene, "layout-1280x800-en-lesson6-twin-opened-later");

        // the user drags the divider: from then on the split keeps the user's position
        UiSnapshots.onFx(() -> {
            Node divider = split.lookup(".split-pane-divider");
            divider.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_PRESSED, 0, 0, 0, 0,
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false,
                    false, false, null));
            split.setDividerPosition(0, 0.75);
            return null;
        });
        layout();
        assertEquals(0.75, UiSnapshots.onFx(() -> split.getDividerPositions()[0]), 0.01, "the user's divider stays");
    }

    /** The rows of the lesson list wholly in sight (lessons and variants), by their titles. */
    private static List<LessonEntry> rowsInSight(javafx.scene.control.TreeView<LessonEntry> tree) {
        Bounds view = inScene(tree);
        double bottom = view.getMaxY();
        for (Node n : tree.lookupAll(".scroll-bar")) {
            javafx.scene.control.ScrollBar bar = (javafx.scene.control.ScrollBar) n;
            if (bar.isVisible() && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                bottom = Math.min(bottom, inScene(bar).getMinY());
            }
        }
        List<LessonEntry> rows = new ArrayList<>();
        for (Node n : tree.lookupAll(".tree-cell")) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.TreeCell<LessonEntry> c = (javafx.scene.control.TreeCell<LessonEntry>) n;
            Bounds b = inScene(c);
            if (c.isVisible() && c.getItem() != null && b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= bottom + 0.5) {
                rows.add(c.getItem());
            }
        }
        return rows;
    }

    @Test
    void at1280x800_lesson6_beforeAnswering_cardKeepsNoBlankUnderItsButton_everyLessonInSight_inBothLanguages() {
        Scene scene = UiSnapshots.onFx(() -> new Scene(window, 1280, 800));
        List<String> problems = new ArrayList<>();
        for (Locale l : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            showLesson6(l, false);
            problems.addAll(UiSnapshots.onFx(() -> {
                List<String> out = new ArrayList<>();
                javafx.scene.control.Control card = window.lessonPane().predictionCard();
                Bounds button = inScene(card.lookup("#prediction-run"));
                Bounds c = inScene(card);
                // under the button only the card's own padding and border: no blank verdict lines
                double blank = c.getMaxY() - button.getMaxY() - card.getInsets().getBottom();
                if (!card.isVisible() || blank > 0.5) {
                    out.add(l + ": " + blank + " px blank under the card's button before an answer");
                }
                // the room goes to the list and the summary: lessons 1 to 6 whole (what is below them scrolls) and a
                // whole line of the summary under its title
                javafx.scene.control.TreeView<LessonEntry> tree = window.lessonPane().tree();
                List<String> want = tree.getRoot().getChildren().stream().map(i -> i.getValue())
                        .filter(e -> e.lesson().number() <= 6).map(e -> e.title(l)).toList();
                List<String> shown = rowsInSight(tree).stream().map(e -> e.title(l)).toList();
                if (!shown.containsAll(want)) {
                    out.add(l + ": the lesson list shows " + shown + " whole, not all of " + want);
                }
                // and, when it shows every row, no blank rows under them: that room is the summary's
                double lastRow = tree.lookupAll(".tree-cell").stream().filter(n -> ((javafx.scene.control.TreeCell<?>) n).getItem() != null)
                        .mapToDouble(n -> inScene(n).getMaxY()).max().orElse(0);
                double blankRows = inScene(tree).getMaxY() - tree.getInsets().getBottom() - lastRow;
                if (rowsInSight(tree).size() == tree.getExpandedItemCount() && blankRows > 2) {
                    out.add(l + ": " + blankRows + " px of blank rows under the lesson list's last row");
                }
                javafx.scene.control.Label summary = (javafx.scene.control.Label) scene.lookup("#lesson-summary");
                Bounds viewport = inScene(scene.lookup(".summary-scroll > .viewport"));
                double seen = Math.min(viewport.getMaxY(), inScene(summary).getMaxY()) - inScene(summary).getMinY();
                double line = summary.getFont().getSize() * 1.2;
                if (seen < line) {
                    out.add(l + ": " + seen + " px of the summary in sight, less than a line (" + line + " px)");
                }
                return out;
            }));
            UiSnapshots.save(scene, "layout-1280x800-" + l.getLanguage() + "-lesson6-before-answer");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
