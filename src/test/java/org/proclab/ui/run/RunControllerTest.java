package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.kernel.ProgramSpec;
import org.proclab.testing.Await;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.model.ConsoleLine;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs without a window: what the view model says when a program or the session goes wrong. */
@Tag("ui")
class RunControllerTest {
    private final RunViewModel vm = new RunViewModel();
    private RunController controller;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the controller reports through Platform.runLater
    }

    @AfterEach
    void close() {
        if (controller != null) {
            controller.close();
        }
    }

    private void waitUntilDone() throws Exception {
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(() -> !vm.getState().busy()));
    }

    @Test
    void run_programNotFound_finishesWithExitCode1AndSaysWhy() throws Exception {
        controller = new RunController(vm);
        UiSnapshots.onFx(() -> {
            controller.run(ProgramSpec.of("no.such.Program"));
            return null;
        });
        waitUntilDone();
        assertEquals(RunState.FINISHED, vm.getState());
        assertEquals(1, vm.exitCodeProperty().get());
        assertTrue(vm.allLines().stream().anyMatch(l -> l.stream() == ConsoleLine.Stream.STDERR
                && l.text().contains("no.such.Program")), "the reason is in the console");
    }

    @Test
    void run_sessionCannotOpen_failsWithASentence_notTheExceptionText() throws Exception {
        controller = new RunController(vm, spec -> {
            throw new IOException("no room for the control socket");
        });
        UiSnapshots.onFx(() -> {
            controller.run(ProgramSpec.of("whatever.Main"));
            return null;
        });
        waitUntilDone();
        assertEquals(RunState.FAILED, vm.getState());
        assertEquals("The lesson could not start. What happened is written to the log.", vm.errorProperty().get());
    }

    @Test
    void stop_withoutRun_isIgnored() {
        controller = new RunController(vm);
        UiSnapshots.onFx(() -> {
            controller.stop();
            return null;
        });
        assertEquals(RunState.IDLE, vm.getState());
    }
}
