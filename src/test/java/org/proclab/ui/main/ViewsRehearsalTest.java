package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.LessonCatalog;
import org.proclab.trace.Event;
import org.proclab.trace.PipeRunTrace;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.run.RunState;
import org.testfx.api.FxToolkit;

/**
 * The run the window plays before it shows leaves nothing behind: the window then looks, pixel for pixel, as one
 * that never played it, and draws a run as that one does.
 */
@Tag("ui")
class ViewsRehearsalTest {
    private static final LessonCatalog CATALOG = LessonCatalog.builtIn();
    private final List<MainViewModel> models = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        UiSnapshots.onFx(() -> {
            stages.forEach(Stage::close);
            return null;
        });
        models.forEach(MainViewModel::close);
    }

    /** Longer than any animation of the window's own (a tab growing in takes a fraction of this). */
    private static final long SETTLE_MILLIS = 250;

    private record Shown(MainViewModel vm, MainWindow window, Scene scene) {}

    /** A window of lesson 3 (a pipe), as the app builds it, rehearsed or not, shown. */
    private Shown show(boolean rehearsed) {
        Shown s = UiSnapshots.onFx(() -> {
            MainViewModel vm = new MainViewModel(CATALOG, I18n.ENGLISH);
            models.add(vm);
            MainWindow window = new MainWindow(vm, () -> { });
            window.lessonPane().select("pipe", null);
            Scene scene = new Scene(window, 1280, 800);
            Stage stage = new Stage();
            stages.add(stage);
            stage.setScene(scene);
            if (rehearsed) {
                ViewsRehearsal.play(vm, window);
            }
            stage.show();
            return new Shown(vm, window, scene);
        });
        UiSnapshots.afterPulses(4);
        return s;
    }

    /**
     * The window's picture once it has settled: two taken a few frames and at least a quarter of a second apart are
     * the same. A new console tab grows in over a fraction of a second (time, not frames): on a loaded machine two
     * pictures three quick frames apart caught it half grown, the same twice.
     */
    private static WritableImage picture(Shown s) {
        WritableImage last = null;
        for (int i = 0; i < 40; i++) {
            UiSnapshots.afterPulses(3);
            try {
                Thread.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            UiSnapshots.afterPulses(1);
            WritableImage now = UiSnapshots.onFx(() -> s.scene().snapshot(null));
            if (last != null && differingPixels(last, now) == 0) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the window never settled");
    }

    /** Shows, takes its picture, closes: one window at a time has the focus, as a window drawn focused differs. */
    private WritableImage pictureOfNew(boolean rehearsed, List<Event> run, String name) {
        Shown s = show(rehearsed);
        if (run != null) {
            UiSnapshots.onFx(() -> {
                s.vm().runModel().apply(run);
                return null;
            });
        }
        WritableImage image = picture(s);
        UiSnapshots.save(image, name);
        close(s);
        return image;
    }

    private static void close(Shown s) {
        UiSnapshots.onFx(() -> {
            ((Stage) s.scene().getWindow()).close();
            return null;
        });
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differ = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    differ++;
                }
            }
        }
        return differ;
    }

    /** The rectangle around the differing pixels, and the node of the fresh window's scene at its middle. */
    private static String whereTheyDiffer(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return "x " + minX + ".." + maxX + ", y " + minY + ".." + maxY
                + " (pictures saved as rehearsal-*.png under " + UiSnapshots.DIR + ")";
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterTheRehearsal_theWindowIsAsNew() {
        Shown s = show(true);
        UiSnapshots.onFx(() -> {
            assertEquals(RunState.IDLE, s.vm().runModel().stateProperty().get());
            assertEquals(0, s.vm().runModel().eventCountProperty().get(), "no event of the rehearsal kept");
            assertEquals(List.of(), s.vm().runModel().processes());
            assertEquals(1, s.window().consoles().getTabs().size(), "only All: no console of the rehearsal's processes");
            assertEquals(0, ((ListView<Object>) s.window().consoles().getTabs().get(0).getContent()).getItems().size());
            assertNull(s.vm().selectedPidProperty().get());
            return null;
        });
        close(s);
        WritableImage fresh = pictureOfNew(false, null, "rehearsal-fresh");
        WritableImage rehearsed = pictureOfNew(true, null, "rehearsal-rehearsed");
        assertEquals(0, differingPixels(fresh, rehearsed), () -> "the rehearsed window looks as a new one; they differ in " + whereTheyDiffer(fresh, rehearsed));
    }

    @Test
    void afterTheRehearsal_aRunIsDrawnAsInANewWindow() {
        List<Event> run = PipeRunTrace.events(300);
        WritableImage fresh = pictureOfNew(false, run, "rehearsal-fresh-run");
        WritableImage rehearsed = pictureOfNew(true, run, "rehearsal-rehearsed-run");
        assertEquals(0, differingPixels(fresh, rehearsed), () -> "the same run, drawn the same; they differ in " + whereTheyDiffer(fresh, rehearsed));
    }
}
