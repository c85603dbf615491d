package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.lesson.LessonCatalog;
import org.proclab.ui.AppWindow;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonEntry;
import org.proclab.ui.lessons.LessonsViewModel;
import org.testfx.api.FxRobot;

/** The main window before any run: lessons, summary, source, lesson-file problems, language switch. */
@Tag("ui")
class MainWindowTest {
    private static final String BROKEN = "lessons/broken.json line 3: the field \"program\" is missing";

    @RegisterExtension
    final AppWindow app = AppWindow.of(() -> {
        LessonCatalog catalog = LessonCatalog.builtIn();
        List<String> problems = new ArrayList<>(catalog.problems());
        problems.add(BROKEN);
        return new MainViewModel(new LessonsViewModel(catalog.lessons(), problems), new I18n(I18n.ENGLISH));
    });

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    @SuppressWarnings("unchecked")
    private TreeView<LessonEntry> lessonTree() {
        return (TreeView<LessonEntry>) scene.lookup("#lesson-tree");
    }

    @Test
    void lessonList_showsLessonsAndTheirVariants() {
        TreeItem<LessonEntry> first = lessonTree().getRoot().getChildren().get(0);
        assertEquals("1. Create a process", first.getValue().title(I18n.ENGLISH));
        List<String> variants = first.getChildren().stream().map(i -> i.getValue().title(I18n.ENGLISH)).toList();
        assertEquals(List.of("Exit codes", "Zombie and orphan"), variants);
        UiSnapshots.save(scene, "main-window-idle");
    }

    @Test
    void runButton_isDisabled_untilALessonIsPicked(FxRobot robot) {
        Button run = (Button) scene.lookup("#run-button");
        assertTrue(run.isDisabled());
        robot.clickOn("1. Create a process");
        assertFalse(run.isDisabled());
        assertTrue(((Button) scene.lookup("#stop-button")).isDisabled());
    }

    @Test
    void pickingALesson_showsItsSummaryAndNumberedSource(FxRobot robot) {
        robot.clickOn("Zombie and orphan");
        Label summary = (Label) scene.lookup("#lesson-summary");
        assertTrue(summary.getText().startsWith("\"quick\" prints one line and ends"), summary.getText());
        @SuppressWarnings("unchecked")
        ListView<String> source = (ListView<String>) scene.lookup("#source-view");
        assertTrue(source.getItems().contains("public class ZombieAndOrphan {"));
        Label lineOne = UiSnapshots.onFx(() -> (Label) source.lookup(".line-number"));
        assertEquals("1", lineOne.getText());
        UiSnapshots.save(scene, "main-window-lesson-picked");
    }

    @Test
    void lessonFileProblems_areShown() {
        VBox problems = (VBox) scene.lookup("#lesson-problems");
        assertTrue(problems.isVisible());
        assertTrue(problems.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals(BROKEN)));
    }

    @Test
    void languageSwitch_relabelsTheWindow(FxRobot robot) {
        robot.clickOn("1. Create a process");
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        assertEquals("\u25B6 运行", ((Button) scene.lookup("#run-button")).getText());
        assertTrue(((Label) scene.lookup("#lesson-summary")).getText().startsWith("主程序用 start() 启动一个子进程"));
        assertEquals("1. 创建进程", lessonTree().getRoot().getChildren().get(0).getValue().title(vm.i18n().getLocale()));
        UiSnapshots.save(scene, "main-window-zh");
    }

    private void select(String lessonId, String variantId) {
        UiSnapshots.onFx(() -> {
            window.lessonPane().select(lessonId, variantId);
            return null;
        });
    }

    /** The row that shows a directory (the path may be cut short on screen, so not looked up by its text). */
    private static Node cellOf(ListView<Path> list, Path dir) {
        return UiSnapshots.onFx(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n.isVisible() && n instanceof ListCell<?> c && dir.equals(c.getItem()))
                .findFirst().orElseThrow());
    }

    @Test
    void lesson6_asksForDirectories_andRunWaitsForOne(FxRobot robot, @TempDir Path tmp) {
        Node box = scene.lookup("#directories-box");
        Button run = (Button) scene.lookup("#run-button");
        @SuppressWarnings("unchecked")
        ListView<Path> list = (ListView<Path>) scene.lookup("#directories-list");
        select("create-process", null);
        assertFalse(box.isVisible(), "lesson 1 takes no directories");
        assertFalse(run.isDisabled());

        select("enumerate", null);
        assertTrue(box.isVisible());
        assertEquals(CentreView.ENUMERATION, window.shownView());
        assertTrue(run.isDisabled(), "no directory chosen yet");
        assertEquals("No directory yet. Add at least one, then press Run.", ((Label) list.getPlaceholder()).getText());
        UiSnapshots.save(scene, "main-window-enumerate-no-directories");

        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        UiSnapshots.onFx(() -> {
            vm.lessons().addDirectory(a);
            vm.lessons().addDirectory(b);
            return vm.lessons().addDirectory(a); // once only
        });
        assertEquals(List.of(a, b), List.copyOf(list.getItems()));
        assertFalse(run.isDisabled());
        assertEquals(List.of(a.toString(), b.toString()), vm.lessons().argsFor(vm.lessons().getSelected()));

        select("create-process", null);
        assertFalse(box.isVisible());
        select("enumerate", "one-message-per-file");
        assertEquals(List.of(a, b), List.copyOf(list.getItems()), "a variant shares its lesson's directories");
        assertFalse(run.isDisabled());

        robot.clickOn(cellOf(list, a));
        robot.clickOn("#directories-remove");
        assertEquals(List.of(b), List.copyOf(list.getItems()));
        robot.clickOn(cellOf(list, b));
        robot.clickOn("#directories-remove");
        assertTrue(run.isDisabled(), "the last directory removed: Run waits again");

        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        assertEquals("添加\u2026", ((Button) scene.lookup("#directories-add")).getText());
        assertEquals("文件枚举", window.centreTabs().getSelectionModel().getSelectedItem().getText());
        UiSnapshots.save(scene, "main-window-enumerate-zh");
    }

    /**
     * Without a GPU, JavaFX draws a region of two or more background fills from a cached image stretched over each
     * repaint, which took half the render thread in a flood: the lists and split panes a run repaints have one fill
     * and keep their outline as a border, and a focused one shows a ring of the focus colour.
     */
    @Test
    void theBoxesARunRepaints_haveOneFillAndAnOutline_andTheFocusedOneARing() {
        List<Region> boxes = UiSnapshots.onFx(() -> {
            List<Region> found = new ArrayList<>();
            for (String kind : List.of(".split-pane", ".list-view", ".tree-view")) {
                scene.getRoot().lookupAll(kind).forEach(n -> found.add((Region) n));
            }
            return found;
        });
        assertTrue(boxes.size() >= 6, "split panes, the source, console, event log and lesson lists: " + boxes.size());
        for (Region box : boxes) {
            String what = box.getClass().getSimpleName() + box.getStyleClass();
            assertEquals(1, box.getBackground().getFills().size(), what + ": one fill");
            assertFalse(box.getBorder() == null || box.getBorder().getStrokes().isEmpty(), what + ": an outline");
        }
        TreeView<LessonEntry> tree = lessonTree();
        Color ring = UiSnapshots.onFx(() -> {
            tree.requestFocus();
            scene.getRoot().applyCss();
            return (Color) tree.getBorder().getStrokes().get(tree.getBorder().getStrokes().size() - 1).getTopStroke();
        });
        assertTrue(tree.isFocused());
        assertEquals(Color.web("#039ED3"), ring, "Modena's focus colour");
        assertEquals(1, tree.getBackground().getFills().size(), "focused, still one fill");
    }
}
