package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.lesson.LessonCatalog;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonEntry;
import org.proclab.ui.lessons.LessonsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window before any run: lessons, summary, source, lesson-file problems, language switch. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String BROKEN = "lessons/broken.json line 3: the field \"program\" is missing";
    private MainViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        LessonCatalog catalog = LessonCatalog.builtIn();
        List<String> problems = new ArrayList<>(catalog.problems());
        problems.add(BROKEN);
        vm = new MainViewModel(new LessonsViewModel(catalog.lessons(), problems), new I18n(I18n.ENGLISH));
        scene = new Scene(new MainWindow(vm, () -> { }), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        vm.close();
    }

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
        assertTrue(summary.getText().startsWith("A child that has ended but is not joined yet is a zombie."), summary.getText());
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
        assertTrue(((Label) scene.lookup("#lesson-summary")).getText().startsWith("主程序启动一个子进程。"));
        assertEquals("1. 创建进程", lessonTree().getRoot().getChildren().get(0).getValue().title(vm.i18n().getLocale()));
        UiSnapshots.save(scene, "main-window-zh");
    }
}
