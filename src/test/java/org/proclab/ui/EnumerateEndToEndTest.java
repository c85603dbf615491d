package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.testing.Await;
import org.proclab.ui.enumerate.EnumerationModel.Phase;
import org.proclab.ui.enumerate.EnumerationModel.Snapshot;
import org.proclab.ui.enumerate.EnumerationModel.Version;
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson 6 for real, from the main window: two directories, three versions, the same total in each. */
@Tag("ui")
class EnumerateEndToEndTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private static final List<String> VERSIONS = List.of("one-process", "many-processes", "pool");
    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    /** {@code files} regular files under {@code top}, a few levels deep. */
    private static Path tree(Path top, int files) throws IOException {
        for (int i = 0; i < files; i++) {
            Path dir = Files.createDirectories(top.resolve("d" + i % 3).resolve("e" + i % 2));
            Files.createFile(dir.resolve("f" + i + ".txt"));
        }
        return top;
    }

    private String text(String selector) {
        return UiSnapshots.onFx(() -> {
            Label l = (Label) window.enumerationView().lookup(selector);
            return l == null ? "" : l.getText();
        });
    }

    /** All three versions have ended, as the view draws them. */
    private boolean allFinished() {
        return VERSIONS.stream().allMatch(v -> text("#version-" + v + " .version-meta").endsWith("finished"));
    }

    @Test
    void runLesson6_onTwoDirectories_showsThreeFinishedVersionsWithTheSameTotal(FxRobot robot, @TempDir Path tmp)
            throws Exception {
        Path big = tree(tmp.resolve("big"), 30);
        Path small = tree(tmp.resolve("small"), 20);
        UiSnapshots.onFx(() -> {
            window.lessonPane().select("enumerate", null);
            vm.lessons().addDirectory(big); // what Add… does once the chooser returns
            return vm.lessons().addDirectory(small);
        });
        assertEquals(CentreView.ENUMERATION, window.shownView());
        robot.clickOn("#run-button");
        // the card asks its question before the run: Run asks first, and the test runs without predicting
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#question-yes").tryQuery().isPresent());
        robot.clickOn("#question-yes");

        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, this::allFinished);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> "Finished".equals(((Label) scene.lookup("#status-state")).getText()));

        Snapshot s = UiSnapshots.onFx(() -> vm.enumeration().getEnumeration());
        assertEquals(VERSIONS, s.versions().stream().map(Version::name).toList());
        for (String v : VERSIONS) {
            Version version = s.version(v);
            assertEquals(Phase.FINISHED, version.phase(), v);
            assertEquals(50L, version.files(), v);
            assertEquals(List.of(big.toString(), small.toString()),
                    version.lanes().stream().map(l -> l.dir()).toList(), v + ": a lane per chosen directory, in order");
            assertEquals(List.of(30L, 20L), version.lanes().stream().map(l -> l.files()).toList(), v);
            assertEquals("50 files", text("#version-" + v + " .version-total"), v);
        }
        assertEquals("Exit code: 0", ((Label) scene.lookup("#status-exit-code")).getText());

        // under the columns, why the times differ: every sentence whole, wrapped to the pane's width, none cut short
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> sentences = UiSnapshots.onFx(() -> scene.getRoot().lookupAll(".comparison .label").stream()
                .map(Label.class::cast).filter(l -> !l.getText().isEmpty()).toList());
        assertTrue(sentences.size() >= 8, "baseline, two versions' headline and reasons, the lesson: " + sentences.size());
        for (Label l : sentences) {
            double[] size = UiSnapshots.onFx(() -> new double[] {l.getHeight(), l.prefHeight(l.getWidth())});
            assertTrue(size[0] >= size[1] - 0.5, "cut short (" + size[0] + " < " + size[1] + "): " + l.getText());
        }
        UiSnapshots.save(scene, "main-window-enumerate");
    }
}
