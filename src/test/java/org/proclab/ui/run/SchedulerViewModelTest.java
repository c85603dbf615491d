package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.kernel.Scheduler;
import org.proclab.kernel.Session;
import org.proclab.testing.Await;

/** The user's mode and rate reach the run's scheduler: before it launches, and whenever they change. */
@Tag("unit")
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

    /** Returns once every call the view model queued for the kernel so far has been made. */
    private void drain() throws InterruptedException {
        CountDownLatch marker = new CountDownLatch(1);
        vm.afterQueuedCalls(marker::countDown);
        assertTrue(marker.await(Await.PATIENCE_SECONDS, TimeUnit.SECONDS), "the view model's kernel thread is stuck");
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
        drain();
        assertEquals(Scheduler.Mode.SLOW, session.scheduler().mode());
        assertEquals(SchedulerViewModel.MAX_RATE, session.scheduler().rate(), 1e-9);
    }

    @Test
    void modeChangedAfterTheRun_leavesItsSchedulerAlone() throws Exception {
        session = Session.open();
        vm.attach(session.scheduler());
        vm.setMode(Scheduler.Mode.SLOW);
        drain();
        vm.detach();
        vm.setMode(Scheduler.Mode.FREE);
        drain(); // a call queued by setMode would have been made by now
        assertEquals(Scheduler.Mode.SLOW, session.scheduler().mode(), "a finished run's scheduler is left alone");
        assertEquals(Scheduler.Mode.FREE, vm.getMode(), "the choice holds for the next run");
    }
}
