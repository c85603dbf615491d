package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.console.ProcessConsoles;
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.model.ConsoleLine;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.tree.skin.SmallProcessBox;
import org.testfx.api.FxRobot;

/**
 * 100 and 200 children for real (programs/ManyChildren, run from the editor as a student would): every one
 * in sight in the tree at 1280 x 800 and 1920 x 1080 and picked with a click, its console chosen from a
 * list; what the FX thread spent per pulse meanwhile, and how long Run took until all of them were alive.
 */
@Tag("ui")
class ManyProcessesEndToEndTest {
    private static final Path PROGRAM = Path.of("src", "test", "java", "org", "proclab", "programs", "ManyChildren.java");
    /** A bound, not a margin: 200 JVMs on two busy cores may take minutes to start. */
    private static final long ALIVE_PATIENCE_SECONDS = 4 * Await.PATIENCE_SECONDS;
    /** The FX thread's CPU time per pulse these views may take with every process on screen. */
    private static final long PULSE_BUDGET_MILLIS = 100;

    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;
    private Stage stage;

    @Test
    void twoHundredChildren_everyOneInSight_atBothSizes_andAClickShowsItsBoxAndConsole(FxRobot robot) throws Exception {
        runAll(robot, 200, List.of(new double[] {1280, 800}, new double[] {1920, 1080}));
    }

    @Test
    void oneHundredChildren_everyOneInSight_atBothSizes_andAClickShowsItsBoxAndConsole(FxRobot robot) throws Exception {
        runAll(robot, 100, List.of(new double[] {1920, 1080}, new double[] {1280, 800}));
    }

    private void runAll(FxRobot robot, int n, List<double[]> sizes) throws Exception {
        UiSnapshots.onFx(() -> {
            assertTrue(vm.openProgram(PROGRAM.toAbsolutePath()));
            vm.playground().argumentsProperty().set(n + " 600"); // they stay until the test ends the run
            window.show(CentreView.PROCESSES);
            return null;
        });
        CountDownLatch allAlive = whenPrinted("all " + n + " children alive");
        PulseMeter starting = new PulseMeter(PULSE_BUDGET_MILLIS);
        starting.start();
        long t0 = System.nanoTime();
        robot.clickOn("#run-button");
        assertTrue(allAlive.await(ALIVE_PATIENCE_SECONDS, TimeUnit.SECONDS), "all " + n + " children alive");
        double seconds = (System.nanoTime() - t0) / 1e9;
        starting.stop();
        System.out.printf(Locale.ROOT, "[many] %d children: Run to all alive %.1f s (%s); while starting: %s%n",
                n, seconds, phases(), starting);

        for (double[] size : sizes) {
            PulseMeter resizing = new PulseMeter(PULSE_BUDGET_MILLIS);
            resizing.start();
            UiSnapshots.onFx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                return null;
            });
            UiSnapshots.afterPulses(4);
            resizing.stop();
            String at = (int) size[0] + "x" + (int) size[1];
            System.out.printf(Locale.ROOT, "[many] %d children at %s, laid out anew: %s%n", n, at, resizing);
            assertEquals(0, resizing.overBudget(), "no pulse over " + PULSE_BUDGET_MILLIS + " ms of FX CPU at " + at + ": " + resizing);
            everyChildInSight(n, at);
            UiSnapshots.save(scene, "many-" + n + "-" + at + "-window");
            UiSnapshots.save(UiSnapshots.onFx(() -> scene.lookup("#tree-pane")), "many-" + n + "-" + at + "-tree");
        }

        // a click on one small box: its whole box beside the grid, its console chosen in the list
        List<SmallProcessBox> small = smallBoxes();
        SmallProcessBox pick = small.get(small.size() * 3 / 4);
        long pid = pick.node().pid();
        PulseMeter clicking = new PulseMeter(PULSE_BUDGET_MILLIS);
        clicking.start();
        robot.clickOn("#process-" + pid);
        UiSnapshots.afterPulses(3);
        clicking.stop();
        System.out.printf(Locale.ROOT, "[many] %d children, a click on a small box: %s%n", n, clicking);
        assertEquals(0, clicking.overBudget(), clicking.toString());
        ProcessNode main = UiSnapshots.onFx(() -> vm.runModel().tree().main());
        Node details = UiSnapshots.onFx(() -> window.processTree().lookup("#process-details-" + main.pid()));
        assertTrue(UiSnapshots.onFx(details::isVisible));
        assertEquals("pid " + pid, UiSnapshots.onFx(() -> ((Label) details.lookup(".pid")).getText()));
        assertEquals("console-each", UiSnapshots.onFx(() -> window.consoles().getSelectionModel().getSelectedItem().getId()));
        ProcessConsoles each = window.consoles().eachProcess();
        assertEquals(pid, UiSnapshots.onFx(() -> each.chosenProperty().get()));
        List<String> printed = UiSnapshots.onFx(() -> each.console().getItems().stream().map(ConsoleLine::text).toList());
        assertTrue(printed.size() == 1 && printed.get(0).matches("child \\d+ of " + n + ", pid " + pid), printed.toString());
        assertEquals(2, UiSnapshots.onFx(() -> window.consoles().getTabs().size()), "All and Each process");
        String last = (int) sizes.get(sizes.size() - 1)[0] + "x" + (int) sizes.get(sizes.size() - 1)[1];
        UiSnapshots.save(scene, "many-" + n + "-" + last + "-clicked");
        UiSnapshots.save(window.consoles(), "many-" + n + "-" + last + "-consoles");
    }

    /** Every child drawn as a small box inside the tree's pane: no scrolling needed to see or pick one. */
    private void everyChildInSight(int n, String at) {
        List<SmallProcessBox> small = smallBoxes();
        assertEquals(n, small.size(), "a small box per child at " + at);
        Node pane = UiSnapshots.onFx(() -> scene.lookup("#tree-pane"));
        Bounds viewport = UiSnapshots.onFx(() -> pane.localToScene(pane.getLayoutBounds()));
        for (SmallProcessBox b : small) {
            Bounds box = UiSnapshots.onFx(() -> b.localToScene(b.getLayoutBounds()));
            assertTrue(viewport.contains(box), b.getText() + " at " + box + " is outside the tree's pane " + viewport + " at " + at);
        }
        Label summary = UiSnapshots.onFx(() -> (Label) window.processTree().lookup(".family-summary"));
        assertEquals(n + " children: " + n + " running", UiSnapshots.onFx(summary::getText));
    }

    private List<SmallProcessBox> smallBoxes() {
        return UiSnapshots.onFx(() -> window.processTree().lookupAll(".process-mini").stream()
                .map(b -> (SmallProcessBox) b).toList());
    }

    /** Counts down when the All console shows {@code text}: the program's own word that the children are alive. */
    private CountDownLatch whenPrinted(String text) {
        CountDownLatch seen = new CountDownLatch(1);
        UiSnapshots.onFx(() -> {
            vm.runModel().allLines().addListener((ListChangeListener<ConsoleLine>) c -> {
                while (c.next()) {
                    if (c.wasAdded() && c.getAddedSubList().stream().anyMatch(l -> text.equals(l.text()))) {
                        seen.countDown();
                    }
                }
            });
            return null;
        });
        return seen;
    }

    /** Where the time went, from the log: main's START, the last child's START (launched) and READY (connected). */
    private String phases() {
        List<Event> events = UiSnapshots.onFx(() -> List.copyOf(vm.runModel().events()));
        long first = -1;
        long lastStart = -1;
        long lastReady = -1;
        for (Event e : events) {
            if (e.kind() == EventKind.START) {
                first = first < 0 ? e.nanos() : first;
                lastStart = e.nanos();
            } else if (e.kind() == EventKind.READY) {
                lastReady = e.nanos();
            }
        }
        return String.format(Locale.ROOT, "main START to last child START %.1f s, to last READY %.1f s, %d events",
                (lastStart - first) / 1e9, (lastReady - first) / 1e9, events.size());
    }
}
