package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
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

    /** The most a colour channel of a pixel may differ between two windows drawn alike (of 255): a shade, unseen. */
    private static final int SHADE = 16;

    /** Longer than any animation of the window's own (a tab growing in takes a fraction of this). */
    private static final long SETTLE_MILLIS = 250;

    private record Shown(MainViewModel vm, MainWindow window, Scene scene) {}

    /** A settled window's picture, and what it showed in words (for a failure's message). */
    private record Picture(WritableImage image, List<String> described) {}

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
    private static Picture picture(Shown s) {
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
                return new Picture(now, UiSnapshots.onFx(() -> described(s.scene())));
            }
            last = now;
        }
        throw new AssertionError("the window never settled");
    }

    /** Shows, takes its picture, closes: one window at a time has the focus, as a window drawn focused differs. */
    private Picture pictureOfNew(boolean rehearsed, List<Event> run, String name) {
        Shown s = show(rehearsed);
        if (run != null) {
            UiSnapshots.onFx(() -> {
                s.vm().runModel().apply(run);
                return null;
            });
        }
        Picture image = picture(s);
        UiSnapshots.save(image.image(), name);
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
        return differingPixels(a, b, 0);
    }

    /**
     * The pixels where one of the colour channels differs by more than {@code tolerance} (of 255). A text or an
     * edge moved by a pixel, a ghost or a missing part differs by far more than {@link #SHADE} somewhere.
     */
    private static int differingPixels(WritableImage a, WritableImage b, int tolerance) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differ = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (channelDifference(ra.getArgb(x, y), rb.getArgb(x, y)) > tolerance) {
                    differ++;
                }
            }
        }
        return differ;
    }

    private static int channelDifference(int p, int q) {
        int most = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            most = Math.max(most, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
        }
        return most;
    }

    /**
     * What a window shows, in words: whether it has the focus, which node has it, which are under the pointer, and
     * every text drawn with its place. Two windows drawn alike are described alike.
     */
    private static List<String> described(Scene scene) {
        List<String> out = new ArrayList<>();
        out.add("window focused: " + scene.getWindow().isFocused() + ", focus owner: " + name(scene.getFocusOwner()));
        describe(scene.getRoot(), out);
        return out;
    }

    private static void describe(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n.isHover() && n instanceof Parent p && p.getChildrenUnmodifiable().stream().noneMatch(Node::isHover)) {
            out.add("under the pointer: " + name(n));
        }
        if (n instanceof Text t && !t.getText().isEmpty()) {
            Bounds b = t.localToScene(t.getBoundsInLocal());
            out.add(String.format(java.util.Locale.ROOT, "'%s' at %.0f,%.0f %.0fx%.0f", t.getText(), b.getMinX(), b.getMinY(),
                    b.getWidth(), b.getHeight()));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> describe(c, out));
        }
    }

    private static String name(Node n) {
        return n == null ? "none" : n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass();
    }

    /** Where two pictures differ: the rectangle around the differing pixels, and what was described differently. */
    private static String whereTheyDiffer(Picture a, Picture b) {
        PixelReader ra = a.image().getPixelReader();
        PixelReader rb = b.image().getPixelReader();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < (int) a.image().getHeight(); y++) {
            for (int x = 0; x < (int) a.image().getWidth(); x++) {
                if (channelDifference(ra.getArgb(x, y), rb.getArgb(x, y)) > SHADE) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        List<String> onlyA = new ArrayList<>(a.described());
        onlyA.removeAll(b.described());
        List<String> onlyB = new ArrayList<>(b.described());
        onlyB.removeAll(a.described());
        return "x " + minX + ".." + maxX + ", y " + minY + ".." + maxY + "; only in the first: "
                + onlyA.subList(0, Math.min(10, onlyA.size())) + "; only in the second: " + onlyB.subList(0, Math.min(10, onlyB.size()))
                + "; first's " + a.described().get(0) + " (pictures saved as rehearsal-*.png under " + UiSnapshots.DIR + ")";
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
        assertLooksNew(null, "rehearsal", "the rehearsed window looks as a new one");
    }

    /**
     * The rehearsal's console tabs are gone when the window shows, headers too: a tab pane animates a closing tab's
     * header away over a fraction of a second, and a window that never rehearsed has none closing. Found while CI saw
     * the top three rows of a new tab's header a shade different (369 pixels), which it still sees now and then.
     */
    @Test
    void afterTheRehearsal_noTabHeaderIsLeftClosing_andTabsAnimateAsInANewWindow() {
        UiSnapshots.onFx(() -> {
            MainWindow rehearsed = unshown(true);
            assertEquals(1, rehearsed.consoles().lookupAll(".tab").size(),
                    "only All's header: none of the rehearsal's processes' tabs still closing");
            assertEquals(tabAnimations(unshown(false).consoles()), tabAnimations(rehearsed.consoles()),
                    "a new process's tab grows in, and an ended one's closes, as in a window that did not rehearse");
            return null;
        });
    }

    /** A window of lesson 3 with its scene and CSS, not shown; on the FX thread. */
    private MainWindow unshown(boolean rehearsed) {
        MainViewModel vm = new MainViewModel(CATALOG, I18n.ENGLISH);
        models.add(vm);
        MainWindow window = new MainWindow(vm, () -> { });
        window.lessonPane().select("pipe", null);
        Stage stage = new Stage();
        stages.add(stage);
        stage.setScene(new Scene(window, 1280, 800));
        if (rehearsed) {
            ViewsRehearsal.play(vm, window);
        }
        window.applyCss();
        return window;
    }

    /** A tab pane's opening and closing animations, as its CSS properties say (GROW unless changed). */
    @SuppressWarnings("unchecked")
    private static List<String> tabAnimations(javafx.scene.control.TabPane pane) {
        List<String> out = new ArrayList<>();
        for (var md : pane.getCssMetaData()) {
            if (md.getProperty().endsWith("-tab-animation")) {
                var p = ((javafx.css.CssMetaData<javafx.scene.control.TabPane, ?>) md).getStyleableProperty(pane);
                out.add(md.getProperty() + ": " + p.getValue() + " from " + p.getStyleOrigin());
            }
        }
        assertEquals(2, out.size(), "the opening and the closing animation: " + out);
        return out;
    }

    @Test
    void afterTheRehearsal_aRunIsDrawnAsInANewWindow() {
        List<Event> run = PipeRunTrace.events(300);
        assertLooksNew(run, "rehearsal-run", "the same run, drawn the same");
    }

    /**
     * The rehearsed window (with {@code run} applied, if any) looks as a new window: no pixel differs by more than a
     * {@link #SHADE}. In CI only, now and then, the top three rows of the new console tabs' headers came out a shade
     * different (369 and 789 pixels, 2 to 9 of 255: B7, F4, F1 against B5, FD, EF), before and after the rehearsal's
     * closing tabs were mended ({@link #afterTheRehearsal_noTabHeaderIsLeftClosing_andTabsAnimateAsInANewWindow});
     * cause not found; nothing moved, nothing else differed.
     */
    private void assertLooksNew(List<Event> run, String name, String what) {
        Picture fresh = pictureOfNew(false, run, name + "-fresh");
        Picture rehearsed = pictureOfNew(true, run, name + "-rehearsed");
        assertEquals(0, differingPixels(fresh.image(), rehearsed.image(), SHADE),
                () -> what + "; they differ in " + whereTheyDiffer(fresh, rehearsed) + " (" + differingPixels(fresh.image(),
                        rehearsed.image()) + " pixels differ at all)");
    }
}
