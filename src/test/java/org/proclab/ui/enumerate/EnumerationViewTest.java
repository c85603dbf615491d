package org.proclab.ui.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.trace.Event;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.enumerate.EnumerationModel.Snapshot;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the enumeration view draws for a recorded run of lesson 6, at the end and half-way. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EnumerationViewTest {
    private static final List<String> VERSIONS = List.of("one-process", "many-processes", "pool");
    private List<Event> trace;
    private EnumerationViewModel vm;
    private EnumerationView view;

    @Start
    void start(Stage stage) throws Exception {
        trace = EnumerationModelTest.recorded();
        vm = new EnumerationViewModel();
        view = new EnumerationView(vm.enumerationProperty());
        view.setLocale(I18n.ENGLISH);
        stage.setScene(new Scene(view, 980, 860));
        stage.show();
    }

    @BeforeEach
    void whole() {
        show(trace.size());
    }

    private void show(int count) {
        UiSnapshots.onFx(() -> {
            vm.showPrefix(trace, count);
            return null;
        });
    }

    private Node find(String selector) {
        Node n = UiSnapshots.onFx(() -> view.lookup(selector));
        if (n == null) {
            throw new AssertionError("nothing matches " + selector);
        }
        return n;
    }

    private String text(String selector) {
        return UiSnapshots.onFx(() -> ((Label) find(selector)).getText());
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private double barWidth(String version, int lane) {
        return UiSnapshots.onFx(() -> find("#lane-" + version + "-" + lane + " .lane-bar").getLayoutBounds().getWidth());
    }

    @Test
    void finished_showsThreeColumnsSideBySide_withTimesAndTheFastestMarked() {
        Snapshot s = vm.getEnumeration();
        assertEquals(3, UiSnapshots.onFx(() -> view.lookupAll(".version-column").size()));
        double lastX = -1;
        for (String v : VERSIONS) {
            Node column = find("#version-" + v);
            assertTrue(has(column, "finished"), v);
            assertFalse(has(column, "running"), v);
            assertEquals(s.fastest().equals(v), has(column, "fastest"), v);
            assertEquals(String.format("%,d ms", s.version(v).millis()), text("#version-" + v + " .version-time"));
            assertEquals("8,500 files", text("#version-" + v + " .version-total"));
            double x = UiSnapshots.onFx(() -> column.localToScene(0, 0).getX());
            assertTrue(x > lastX, "columns left to right in the order they ran");
            lastX = x;
        }
        assertEquals("A process per directory", text("#version-many-processes .version-title"));
        assertEquals("5 processes \u00b7 finished", text("#version-many-processes .version-meta"));
        assertEquals("1 process \u00b7 finished", text("#version-one-process .version-meta"));
        // the slowest version's time bar is the longest
        String slowest = VERSIONS.stream().max((a, b) -> Long.compare(s.version(a).millis(), s.version(b).millis())).orElseThrow();
        double slowBar = UiSnapshots.onFx(() -> find("#version-" + slowest + " .time-bar").getLayoutBounds().getWidth());
        double fastBar = UiSnapshots.onFx(() -> find("#version-" + s.fastest() + " .time-bar").getLayoutBounds().getWidth());
        assertTrue(slowBar > fastBar, slowBar + " vs " + fastBar);
        UiSnapshots.save(view, "enumerate-view-finished");
    }

    @Test
    void lanes_growWithTheirCounts_onOneScale_inTheirWalkersColours() {
        for (String v : VERSIONS) {
            double full = barWidth(v, 1);
            assertTrue(full > 100, v + ": the biggest lane is a long bar, was " + full);
            assertEquals(full * 2500 / 4000, barWidth(v, 2), 3, v);
            assertEquals(full * 500 / 4000, barWidth(v, 4), 3, v);
            assertEquals(0, barWidth(v, 5), 0.01, v + ": the missing directory has no files");
            assertEquals("4,000", text("#lane-" + v + "-1 .lane-count"));
            assertEquals("/tmp/enum-demo/photos", text("#lane-" + v + "-1 .lane-dir"));
        }
        Node missing = find("#lane-many-processes-5");
        assertTrue(has(missing, "unreadable"));
        assertTrue(has(missing, "done"));
        assertEquals("1 unreadable", text("#lane-many-processes-5 .lane-unreadable"));
        assertFalse(has(find("#lane-many-processes-1"), "unreadable"));

        // walker-k's lane is in walker-k's colour, as in the process tree
        Snapshot s = vm.getEnumeration();
        for (int lane = 1; lane <= 5; lane++) {
            int index = s.version("many-processes").lane(lane).colorIndex();
            assertTrue(index > 0, "a child, not the main process");
            Region bar = (Region) find("#lane-many-processes-" + lane + " .lane-bar");
            Color fill = UiSnapshots.onFx(() -> (Color) bar.getBackground().getFills().get(0).getFill());
            assertEquals(ProcessPalette.color(index), fill, "lane " + lane);
            assertTrue(text("#lane-many-processes-" + lane + " .lane-worker").startsWith("walker-" + lane + " \u00b7 pid "));
        }
    }

    @Test
    void midRun_marksTheRunningVersion_andLeavesThePoolWaiting() {
        show(EnumerationModelTest.midRun(trace));
        Node many = find("#version-many-processes");
        assertTrue(has(many, "running"));
        assertTrue(has(many, "current"));
        Node pool = find("#version-pool");
        assertTrue(has(pool, "waiting"));
        assertEquals(0, UiSnapshots.onFx(() -> pool.lookupAll(".lane").size()));
        assertEquals("\u2014 ms", text("#version-many-processes .version-time"));
        assertEquals("\u2014 ms", text("#version-pool .version-time"));
        Set<Node> lanes = UiSnapshots.onFx(() -> many.lookupAll(".lane"));
        assertTrue(lanes.stream().anyMatch(n -> has(n, "done")));
        assertTrue(lanes.stream().anyMatch(n -> !has(n, "done")));
        assertTrue(has(find("#version-one-process"), "fastest"), "the only finished version is the fastest so far");
        UiSnapshots.save(view, "enumerate-view-running");
    }

    @Test
    void labels_followTheLanguage() {
        UiSnapshots.onFx(() -> {
            view.setLocale(I18n.CHINESE);
            CjkFonts.stylesheet().ifPresent(view.getStylesheets()::add); // as the main window does for Chinese
            return null;
        });
        assertEquals("每个目录一个进程", text("#version-many-processes .version-title"));
        assertEquals("5 个进程 \u00b7 已完成", text("#version-many-processes .version-meta"));
        assertEquals("8,500 个文件", text("#version-pool .version-total"));
        UiSnapshots.save(view, "enumerate-view-zh");
    }

    @Test
    void empty_showsThePlaceholder() {
        UiSnapshots.onFx(() -> {
            vm.reset();
            return null;
        });
        Label placeholder = (Label) find(".placeholder");
        assertTrue(UiSnapshots.onFx(placeholder::isVisible));
        assertTrue(UiSnapshots.onFx(() -> placeholder.getText().startsWith("Run lesson 6")));
        assertEquals(0, UiSnapshots.onFx(() -> view.lookupAll(".version-column").size()));
        UiSnapshots.save(view, "enumerate-view-empty");
    }

    @Test
    void empty_inAFittingPaneNarrowerThanItsOneLineText_isDrawnAtFullSize() {
        UiSnapshots.onFx(() -> {
            vm.reset();
            return null;
        });
        double scale = UiSnapshots.onFx(() -> {
            EnumerationView empty = new EnumerationView(vm.enumerationProperty());
            empty.setLocale(I18n.ENGLISH);
            org.proclab.ui.present.FitPane fit = new org.proclab.ui.present.FitPane(empty);
            new Scene(fit, 640, 430); // the Enumeration tab at 1280 x 800
            fit.applyCss();
            fit.resize(640, 430);
            fit.layout();
            return fit.shownScaleProperty().get();
        });
        assertEquals(1.0, scale, 1e-9, "the placeholder wraps; it is not drawn smaller");
    }
}
