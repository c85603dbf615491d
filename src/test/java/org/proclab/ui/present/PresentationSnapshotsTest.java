package org.proclab.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.trace.Event;
import org.proclab.ui.AppWindow;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;

/**
 * A snapshot generator, not a test: each centre view with a replayed trace, in the light theme, in high
 * contrast (English and Chinese) and in presentation mode, saved under target/ui-snapshots/ to be looked
 * at. Outside the test tiers, so {@code ./mvnw verify} leaves it out; make the pictures with
 * {@code ./mvnw -o test -Dgroups=snapshots -DexcludedGroups=}.
 */
@Tag("snapshots")
class PresentationSnapshotsTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english().inPresentationShell();

    /** A centre view, the lesson and trace that give it something to show, and how much of the trace. */
    private record Sample(String name, CentreView view, String lesson, String variant, String trace, double part) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample("processes", CentreView.PROCESSES, "queue", null, "queue-lesson.jsonl", 0.5),
            new Sample("pipes", CentreView.PIPES_AND_QUEUES, "pipe", "forgot-close", TraceFixtures.PIPE_FORGOT_CLOSE, 1),
            new Sample("locks", CentreView.LOCKS_AND_VALUES, "lock-value", "no-lock", "lock-value-no-lock-stepped.jsonl", 1),
            new Sample("pool", CentreView.POOL, "pool", null, TraceFixtures.POOL, 0.45),
            new Sample("enumerate", CentreView.ENUMERATION, "enumerate", null, "enumerate.jsonl", 1));

    private MainViewModel vm;
    private MainWindow window;
    private PresentationModel model;
    private Scene scene;

    private void show(Sample s) {
        List<Event> events = TraceFixtures.load(s.trace());
        UiSnapshots.onFx(() -> {
            window.lessonPane().select(s.lesson(), s.variant());
            vm.runModel().replay(events);
            vm.runModel().showAt((int) Math.round(s.part() * (events.size() - 1)));
            window.show(s.view());
            return null;
        });
        assertEquals(s.view(), UiSnapshots.onFx(window::shownView));
    }

    private void each(String prefix) {
        for (Sample s : SAMPLES) {
            show(s);
            UiSnapshots.save(scene, prefix + s.name());
        }
    }

    @Test
    void light() {
        each("theme-light-");
    }

    @Test
    void highContrast() {
        UiSnapshots.onFx(() -> {
            model.themeProperty().set(Theme.HIGH_CONTRAST);
            return null;
        });
        each("theme-hc-");
    }

    @Test
    void highContrast_inChinese() {
        UiSnapshots.onFx(() -> {
            model.themeProperty().set(Theme.HIGH_CONTRAST);
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        each("theme-hc-zh-");
    }

    /**
     * As on a 1920 x 1080 projector: 150 %, no lessons. The headless screen is smaller, so the window
     * moves into a scene of that size that is drawn without a stage.
     */
    @Test
    void presentation() {
        UiSnapshots.onFx(() -> {
            Parent shell = scene.getRoot();
            scene.setRoot(new Pane());
            scene = new Scene(shell, 1920, 1080);
            model.enterPresentation();
            return null;
        });
        each("presentation-");
        UiSnapshots.onFx(() -> {
            model.themeProperty().set(Theme.HIGH_CONTRAST);
            return null;
        });
        show(SAMPLES.get(1));
        UiSnapshots.save(scene, "presentation-hc-pipes");
    }
}
