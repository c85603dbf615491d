package org.proclab.ui.spread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.Runs;
import org.proclab.kernel.StartMethod;
import org.proclab.programs.spread.EveryThirdDiffers;
import org.proclab.testing.Await;

/** The view model without a window: the count's range, and a short series of real runs. */
@Tag("process")
class OutcomesViewModelTest {

    @Test
    void count_defaultTen_keptBetween2And50() {
        OutcomesViewModel vm = new OutcomesViewModel(Runnable::run);
        assertEquals(10, vm.countProperty().get());
        vm.countProperty().set(1);
        assertEquals(2, vm.countProperty().get());
        vm.countProperty().set(500);
        assertEquals(50, vm.countProperty().get());
    }

    @Test
    void start_twoRuns_progressThenSpread_notRunningAtTheEnd(@TempDir Path dir) throws Exception {
        List<Integer> progress = new CopyOnWriteArrayList<>();
        OutcomesViewModel vm = new OutcomesViewModel(Runnable::run);
        vm.doneProperty().addListener((o, a, n) -> progress.add(n.intValue()));
        vm.countProperty().set(2);
        vm.start(new ProgramSpec(EveryThirdDiffers.class.getName(), List.of(Runs.TEST_CLASSES),
                List.of(dir.resolve("n").toString()), StartMethod.FORK), null, "test");
        assertTrue(vm.isRunning());
        Await.until("the end of the series", () -> !vm.isRunning());
        assertEquals(List.of(1, 2), progress);
        assertEquals(2, vm.spreadProperty().get().total());
        assertEquals(1, vm.spreadProperty().get().groups().size(), "runs 1 and 2 both print 20");
        assertNull(vm.predictionProperty().get());
        assertFalse(vm.cancelledProperty().get());
        assertNull(vm.failureProperty().get());
        vm.close();
    }
}
