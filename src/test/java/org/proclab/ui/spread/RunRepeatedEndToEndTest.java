package org.proclab.ui.spread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.testing.Await;
import org.proclab.ui.AppWindow;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Run ×N" in the window, with real processes: the Outcomes tab, its spread, and closing mid-series. */
@Tag("ui")
class RunRepeatedEndToEndTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    private void runs(int n) {
        UiSnapshots.onFx(() -> {
            vm.outcomes().countProperty().set(n);
            return null;
        });
    }

    @Test
    void runTwice_outcomesTabInFront_spreadOfTwoRuns(FxRobot robot) throws Exception {
        robot.clickOn("Without the lock");
        runs(2);
        robot.clickOn("#repeat-button");
        assertEquals(CentreView.OUTCOMES, UiSnapshots.onFx(window::shownView), "the Outcomes tab comes to the front");
        assertFalse(UiSnapshots.onFx(() -> window.timeline().isVisible()), "no timeline under the repeated runs");
        assertTrue(UiSnapshots.onFx(() -> vm.runModel() != null && !vm.canRunProperty().get()), "no single run meanwhile");

        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> !UiSnapshots.onFx(vm.outcomes()::isRunning));
        assertEquals(2, UiSnapshots.onFx(() -> vm.outcomes().spreadProperty().get().total()));
        int drawn = UiSnapshots.onFx(() -> window.outcomesPane().spreadView().lookupAll(".outcome").size());
        assertEquals(UiSnapshots.onFx(() -> vm.outcomes().spreadProperty().get().groups().size()), drawn);
        assertEquals(2, UiSnapshots.onFx(() -> window.outcomesPane().spreadView().lookupAll(".choice-row").size()));
        UiSnapshots.save(scene, "outcomes-window");

        assertEquals("Without the lock", UiSnapshots.onFx(() -> vm.outcomes().titleProperty().get()));
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(org.proclab.ui.i18n.I18n.CHINESE);
            return null;
        });
        assertEquals("不加锁", UiSnapshots.onFx(() -> vm.outcomes().titleProperty().get()), "the tab follows the language");
        UiSnapshots.save(scene, "outcomes-window-zh");
    }

    @Test
    void closeMidSeries_cancels_andLeavesNoJvm(FxRobot robot) throws Exception {
        robot.clickOn("Without the lock");
        runs(5);
        robot.clickOn("#repeat-button");
        // wait until the first run's main process has its two children
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> ProcessHandle.current().descendants().count() >= 3);
        List<ProcessHandle> workers = ProcessHandle.current().descendants().toList();

        vm.close();

        assertTrue(UiSnapshots.onFx(() -> vm.outcomes().spreadProperty().get().total()) < 5);
        for (ProcessHandle w : workers) {
            Await.exit(w.pid()); // no worker JVM outlives the window
        }
    }
}
