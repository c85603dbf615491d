package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.kernel.Scheduler;
import org.proclab.kernel.Session;
import org.testfx.util.WaitForAsyncUtils;

/** The user's mode and rate reach the run's scheduler: before it launches, and whenever they change. */
class SchedulerViewModelTest {
    private final SchedulerViewModel vm = new SchedulerViewModel(Runnable::run);
    private Session session;

    @AfterEach
    void close() {
        vm.close();
        if (session != null) {
            session.close();
        }
    }

    @Test
    void attach_setsTheChosenModeAndRate_soARunCanStartInStepMode() throws Exception {
        vm.setMode(Scheduler.Mode.STEP);
        vm.rateProperty().set(5);
        session = Session.open();
        vm.attach(session.scheduler());
        assertEquals(Scheduler.Mode.STEP, session.scheduler().mode());
        assertEquals(5, session.scheduler().rate(), 1e-9);
        assertTrue(vm.attachedProperty().get());
        assertTrue(vm.pending().isEmpty());
    }

    @Test
    void modeAndRate_changedDuringARun_reachTheScheduler() throws Exception {
        session = Session.open();
        vm.attach(session.scheduler());
        assertEquals(Scheduler.Mode.FREE, session.scheduler().mode());
        vm.setMode(Scheduler.Mode.SLOW);
        vm.rateProperty().set(100); // beyond the slider's end: kept within it
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.scheduler().mode() == Scheduler.Mode.SLOW
                && session.scheduler().rate() == SchedulerViewModel.MAX_RATE);
        vm.detach();
        vm.setMode(Scheduler.Mode.FREE);
        Thread.sleep(100);
        assertEquals(Scheduler.Mode.SLOW, session.scheduler().mode(), "a finished run's scheduler is left alone");
    }
}
