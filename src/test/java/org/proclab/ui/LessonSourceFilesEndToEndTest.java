package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.source.CodeMarker;
import org.proclab.ui.source.SourceView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lesson 6's program is several files: a walker child puts its batches from ManyProcesses.java, a helper class.
 * The source pane shows each file on a button, with the processes in it, and marks the child there, in Java and in
 * the Python twin.
 */
@Tag("ui")
class LessonSourceFilesEndToEndTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    private SourceView source() {
        return (SourceView) scene.lookup("#source-view");
    }

    @Test
    void walkerChild_inManyProcesses_markedOnItsPutLine_inThatFile_andInThePythonTwin(FxRobot robot, @TempDir Path tmp)
            throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("walk-me"));
        for (int i = 0; i < 12; i++) {
            Files.createFile(dir.resolve("f" + i + ".txt"));
        }
        UiSnapshots.onFx(() -> {
            window.lessonPane().select("enumerate", null);
            window.pythonTwin().setShown(true);
            return vm.lessons().addDirectory(dir);
        });
        assertEquals(List.of("Enumerate.java", "DirectoryWalker.java", "ManyProcesses.java", "OneProcess.java", "Report.java", "TypedListing.java",
                "WithPool.java"), UiSnapshots.onFx(() -> window.sourceFiles().buttons().stream().map(ToggleButton::getText).toList()));
        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#question-yes").tryQuery().isPresent());
        robot.clickOn("#question-yes"); // run without predicting
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> "Finished".equals(UiSnapshots.onFx(() -> ((Label) scene.lookup("#status-state")).getText())));

        // back on the timeline to the moment walker-1 put its batch of 12 paths, from DirectoryWalker's flush()
        List<Event> events = UiSnapshots.onFx(() -> List.copyOf(vm.runModel().events()));
        long walker = events.stream().filter(e -> e.kind() == EventKind.START && "walker-1".equals(e.text()))
                .mapToLong(Event::pid).findFirst().orElseThrow();
        int put = IntStream.range(0, events.size()).filter(i -> events.get(i).pid() == walker
                && events.get(i).kind() == EventKind.PUT).findFirst().orElseThrow();
        assertEquals("ManyProcesses.java", events.get(put).file(), "the frame of the put: the sink lambda in ManyProcesses");
        UiSnapshots.onFx(() -> {
            vm.runModel().showAt(put);
            return null;
        });
        ToggleButton many = UiSnapshots.onFx(() -> window.sourceFiles().buttons().get(2));
        assertTrue(UiSnapshots.onFx(() -> many.getGraphic() != null && !many.getTooltip().getText().isEmpty()
                && many.getTooltip().getText().contains("walker-1")), "the file's button says walker-1 is in it");

        robot.clickOn(many);
        assertEquals("ManyProcesses.java", UiSnapshots.onFx(() -> vm.shownFileNameProperty().get()));
        int line = events.get(put).line();
        assertTrue(UiSnapshots.onFx(() -> source().getItems().get(line - 1)).contains("queue.put("), "line " + line);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(
                () -> source().markersAt(line).stream().map(CodeMarker::name).toList()).contains("walker-1"));
        // the twin maps ManyProcesses.java's line 37 to walk_and_report's queue.put lambda
        int py = UiSnapshots.onFx(() -> window.pythonTwin().getMarkers().stream().filter(m -> m.pid() == walker)
                .mapToInt(CodeMarker::line).findFirst().orElse(0));
        assertEquals(136, py);
        assertTrue(UiSnapshots.onFx(() -> window.pythonTwin().sourceProperty().get().lines().get(py - 1)).contains("queue.put("));
        UiSnapshots.save(scene, "lesson6-helper-file-markers");

        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        UiSnapshots.save(scene, "lesson6-helper-file-markers-zh");
    }
}
