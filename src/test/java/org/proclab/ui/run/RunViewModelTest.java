package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.kernel.RunResult;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.model.ConsoleLine;
import org.proclab.ui.model.Events;
import org.proclab.ui.model.ProcState;
import org.proclab.ui.model.ProcessNode;

@Tag("unit")
class RunViewModelTest {

    @Test
    void apply_bigBatch_publishesConsoleOnce_notPerLineNorPerCheckpoint() {
        Events log = Events.log().main(100).ready(100);
        for (int i = 0; i < 100_000; i++) {
            log.out(100, "line " + i);
        }
        RunViewModel vm = new RunViewModel();
        AtomicInteger changes = new AtomicInteger();
        vm.allLines().addListener((ListChangeListener<ConsoleLine>) c -> changes.incrementAndGet());
        vm.apply(log.list());
        // the latest lines, after one row that stands for the earlier ones (the log has them)
        int kept = org.proclab.ui.model.ConsoleModel.MAX_LINES;
        assertEquals(1 + kept, vm.allLines().size());
        assertEquals(ConsoleLine.Stream.ELIDED, vm.allLines().get(0).stream());
        assertEquals(Integer.toString(100_000 - kept), vm.allLines().get(0).text());
        assertEquals("line 99999", vm.allLines().get(kept).text());
        int keptOfMain = org.proclab.ui.model.ConsoleModel.MAX_LINES_PER_PROCESS;
        assertEquals(1 + keptOfMain, vm.linesOf(100).size());
        assertEquals("line " + (100_000 - keptOfMain), vm.linesOf(100).get(1).text());
        // folded a checkpoint interval at a time, published once
        assertEquals(1, changes.get());
        assertEquals(100_002, vm.eventCountProperty().get());
    }

    @Test
    void showAt_backBeforeTheKeptLines_readsThemBackFromTheLog() {
        Events log = Events.log().main(100).ready(100);
        for (int i = 0; i < 100_000; i++) {
            log.out(100, "line " + i);
        }
        RunViewModel vm = new RunViewModel();
        vm.apply(log.list());
        vm.showAt(501); // events 0 and 1 are START and READY: 500 lines printed
        assertEquals(500, vm.allLines().size(), "every line so far, none elided");
        assertEquals("line 0", vm.allLines().get(0).text());
        assertEquals("line 499", vm.allLines().get(499).text());
        assertEquals(500, vm.linesOf(100).size());
        vm.showAt(60_001); // 60,000 lines printed: a console's worth, read back
        int kept = org.proclab.ui.model.ConsoleModel.MAX_LINES;
        assertEquals(1 + kept, vm.allLines().size());
        assertEquals(Integer.toString(60_000 - kept), vm.allLines().get(0).text());
        assertEquals("line 59999", vm.allLines().get(kept).text());
        vm.followLive();
        assertEquals("line 99999", vm.allLines().get(vm.allLines().size() - 1).text());
        assertEquals("line 99999", vm.linesOf(100).get(vm.linesOf(100).size() - 1).text());
    }

    @Test
    void follow_aLiveLog_readsItsEventsFromIt_andShowsOnlyWhatTheFxThreadHeardOf() throws Exception {
        try (org.proclab.trace.EventLog live = new org.proclab.trace.EventLog()) {
            RunViewModel vm = new RunViewModel();
            vm.follow(live);
            live.append(100, org.proclab.trace.EventKind.START, "main", "MainProcess", Event.NO_NUM);
            for (int i = 0; i < 10; i++) {
                live.append(100, org.proclab.trace.EventKind.OUTPUT, "stdout", "line " + i, Event.NO_NUM);
            }
            assertEquals(0, vm.allLines().size(), "not heard of yet");
            vm.grewTo(live, 6);
            assertSame(live, vm.log(), "no copy of the run's events");
            assertEquals(5, vm.allLines().size());
            assertEquals(6, vm.eventCountProperty().get());
            vm.grewTo(live, 11);
            assertEquals("line 9", vm.allLines().get(9).text());
            vm.grewTo(new org.proclab.trace.EventLog(), 50);
            assertEquals(11, vm.eventCountProperty().get(), "another log's growth is not this one's");
            assertEquals(11, vm.eventsSoFar().size());
        }
    }

    /** A flood taken in against a deadline that has passed: a slice per call, published once, every event folded once. */
    @Test
    void grewTo_pastDeadline_foldsASlicePerCall_publishesOnce_untilEveryEventIsShown() throws Exception {
        try (org.proclab.trace.EventLog live = new org.proclab.trace.EventLog()) {
            RunViewModel vm = new RunViewModel();
            vm.follow(live);
            live.append(100, org.proclab.trace.EventKind.START, "main", "MainProcess", Event.NO_NUM);
            for (int i = 0; i < 1999; i++) {
                live.append(100, org.proclab.trace.EventKind.OUTPUT, "stdout", "line " + i, Event.NO_NUM);
            }
            AtomicInteger changes = new AtomicInteger();
            vm.allLines().addListener((ListChangeListener<ConsoleLine>) c -> changes.incrementAndGet());
            long taken = vm.grewTo(live, 2000, System.nanoTime() - 1);
            assertEquals(RunViewModel.SLICE, taken, "one slice when the time is up");
            assertEquals(RunViewModel.SLICE, vm.eventCountProperty().get(), "the views count what they took in");
            assertEquals(RunViewModel.SLICE - 1, vm.allLines().size());
            assertEquals(1, changes.get(), "the console published once");
            int calls = 1;
            while (taken < 2000) {
                taken = vm.grewTo(live, 2000, System.nanoTime() - 1);
                calls++;
            }
            assertEquals((2000 + RunViewModel.SLICE - 1) / RunViewModel.SLICE, calls);
            assertEquals(calls, changes.get(), "once per call, however many slices a checkpoint interval holds");
            assertEquals("line 1998", vm.allLines().get(1998).text());
            assertEquals(1999, vm.shownProperty().get());
            assertEquals(2000, vm.foldedEventCount(), "every event folded once");
            vm.showAt(1500); // back through the checkpoints saved on the way: the same lines
            assertEquals("line 1499", vm.allLines().get(vm.allLines().size() - 1).text());
        }
    }

    @Test
    void grewTo_quietly_showsTheLastPublishedState_untilACallPublishesEverythingFolded() {
        Events log = Events.log().main(100).ready(100);
        for (int i = 0; i < 3_000; i++) {
            log.out(100, "line " + i);
        }
        List<Event> trace = log.list();
        org.proclab.trace.EventSource source = MemoryRunLog.of(trace);
        RunViewModel vm = new RunViewModel();
        vm.replayInSlices(source);
        vm.grewTo(source, 1_000, Long.MAX_VALUE, true);
        AtomicInteger changes = new AtomicInteger();
        vm.allLines().addListener((ListChangeListener<ConsoleLine>) c -> changes.incrementAndGet());
        vm.shownProperty().addListener(o -> changes.incrementAndGet());
        assertEquals(2_000, vm.grewTo(source, 2_000, Long.MAX_VALUE, false));
        assertEquals(3_002, vm.grewTo(source, 3_002, Long.MAX_VALUE, false));
        assertEquals(0, changes.get(), "nothing published");
        assertEquals(999, vm.shownProperty().get());
        assertEquals(998, vm.allLines().size(), "the console as published");
        assertEquals(3_002, vm.grewTo(source, 3_002, Long.MAX_VALUE, true), "nothing more to fold");
        assertEquals(3_001, vm.shownProperty().get(), "published: the end");
        assertEquals("line 2999", vm.allLines().get(vm.allLines().size() - 1).text());
        assertEquals(3_002, vm.eventCountProperty().get());
        assertEquals(3_002, vm.foldedEventCount(), "every event folded once");
    }

    /** A trace's first publication in parts: the processes, then the consoles, then the rest and how far the views show. */
    @Test
    void publishPart_publishesTheFoldedStateAViewGroupAtATime_andShowsHowFarOnlyWithTheLast() {
        Events log = Events.log().main(100).child(101, "P", 100).ready(101);
        for (int i = 0; i < 300; i++) {
            log.out(i % 2 == 0 ? 100 : 101, "line " + i);
        }
        List<Event> trace = log.list();
        org.proclab.trace.EventSource source = MemoryRunLog.of(trace);
        RunViewModel vm = new RunViewModel();
        vm.replayInSlices(source);
        assertEquals(trace.size(), vm.grewTo(source, trace.size(), Long.MAX_VALUE, false));
        assertTrue(vm.processes().isEmpty() && vm.allLines().isEmpty(), "folded quietly: nothing shown yet");

        vm.publishPart(source, 0);
        assertEquals(2, vm.processes().size(), "the processes first");
        assertTrue(vm.allLines().isEmpty(), "the consoles not yet");
        assertEquals(-1, vm.shownProperty().get());

        vm.publishPart(source, 1);
        assertEquals(300, vm.allLines().size(), "then the consoles");
        assertEquals(-1, vm.shownProperty().get(), "the event list waits for the last part");

        vm.publishPart(source, RunViewModel.PUBLISH_PARTS - 1);
        assertEquals(trace.size() - 1, vm.shownProperty().get());
        assertEquals(trace.size(), vm.eventCountProperty().get());
        RunViewModel whole = new RunViewModel();
        whole.replay(trace);
        assertEquals(whole.processes(), vm.processes());
        assertEquals(whole.allLines(), vm.allLines());

        AtomicInteger changes = new AtomicInteger();
        vm.allLines().addListener((ListChangeListener<ConsoleLine>) c -> changes.incrementAndGet());
        vm.publishPart(source, 1);
        assertEquals(0, changes.get(), "all published: a part more publishes nothing");
    }

    /** A trace opened a slice per pulse, against deadlines already past, ends where the same trace opened whole does. */
    @Test
    void grewTo_traceOpenedInSlices_endsAsTheTraceOpenedWhole() {
        Events log = Events.log().main(100).child(101, "P", 100).ready(101);
        for (int i = 0; i < 5_000; i++) {
            log.out(i % 3 == 0 ? 101 : 100, "line " + i);
            if (i % 100 == 0) {
                log.cpu(100, i);
            }
        }
        List<Event> trace = log.list();
        RunViewModel whole = new RunViewModel();
        whole.replay(trace);
        RunViewModel sliced = new RunViewModel();
        org.proclab.trace.EventSource source = MemoryRunLog.of(trace);
        sliced.replayInSlices(source);
        long taken = 0;
        int calls = 0;
        while (taken < trace.size()) {
            taken = sliced.grewTo(source, trace.size(), System.nanoTime() - 1);
            calls++;
        }
        assertTrue(calls > 1, "folded in slices: " + calls);
        assertEquals(whole.shownProperty().get(), sliced.shownProperty().get());
        assertEquals(whole.allLines(), sliced.allLines());
        assertEquals(whole.linesOf(101), sliced.linesOf(101));
        assertEquals(whole.processes(), sliced.processes());
        assertEquals(whole.cpuReportCount(), sliced.cpuReportCount(), "the CPU reports noted either way");
        assertEquals(50, sliced.cpuReportCount());
        for (int k = 0; k < sliced.cpuReportCount(); k++) {
            assertEquals(EventKind.CPU, trace.get(sliced.cpuReportAt(k)).kind());
        }
        sliced.showAt(2_000);
        whole.showAt(2_000);
        assertEquals(whole.allLines(), sliced.allLines(), "and back in time");
        assertEquals(trace.size(), sliced.cpuReportsScanned(), "going back forgets no report noted");
    }

    @Test
    void apply_replacesOnlyChangedProcessNodes() {
        RunViewModel vm = new RunViewModel();
        vm.apply(Events.log().main(100).child(101, "P", 100).list());
        ProcessNode main = vm.processes().get(0);
        ProcessNode child = vm.processes().get(1);
        vm.apply(List.of(new Event(2, 0, 101, org.proclab.trace.EventKind.READY, null, null, 10, null, 0)));
        assertSame(main, vm.processes().get(0));
        assertNotSame(child, vm.processes().get(1));
        assertEquals(ProcState.RUNNING, vm.processes().get(1).state());
    }

    @Test
    void apply_mainExit_setsExitCode_andStopSetsStoppedBy() {
        RunViewModel vm = new RunViewModel();
        vm.apply(Events.log().main(100).stop("user").exit(100, -15, "terminated").list());
        assertEquals(-15, vm.exitCodeProperty().get());
        assertEquals("user", vm.stoppedByProperty().get());
    }

    @Test
    void finished_takesExitCodeFromResult_whenLogCouldNotTell() {
        RunViewModel vm = new RunViewModel();
        vm.starting();
        vm.apply(Events.log().main(100).exitUnknown(100).list());
        vm.finished(new RunResult(100, 4, null, Duration.ZERO));
        assertEquals(4, vm.exitCodeProperty().get());
        assertEquals(RunState.FINISHED, vm.getState());
    }

    @Test
    void reset_forgetsThePreviousRun() {
        RunViewModel vm = new RunViewModel();
        vm.apply(Events.zombieAndOrphan().list());
        vm.failed("boom");
        vm.reset();
        assertTrue(vm.processes().isEmpty());
        assertTrue(vm.allLines().isEmpty());
        assertNull(vm.errorProperty().get());
        assertEquals(RunState.IDLE, vm.getState());
        assertEquals(0, vm.eventCountProperty().get());
        vm.apply(Events.log().main(7).list());
        assertEquals(0, vm.processes().get(0).colorIndex(), "a new run starts its colours afresh");
    }

    @Test
    void states_runFromStartingToFinished() {
        RunViewModel vm = new RunViewModel();
        vm.starting();
        assertTrue(vm.getState().busy());
        vm.running();
        assertEquals(RunState.RUNNING, vm.getState());
        vm.stopping();
        assertEquals(RunState.STOPPING, vm.getState());
        vm.running();
        assertEquals(RunState.STOPPING, vm.getState(), "a late 'running' must not undo Stop");
    }

    @Test
    void apply_deadlock_isPublished_andResetForgetsIt() {
        RunViewModel vm = new RunViewModel();
        vm.apply(Events.log().main(100).ready(100).block(100, "pipe-1:0", "recv()").list());
        assertNull(vm.deadlockProperty().get());
        vm.apply(Events.log().deadlock("100", "no process can go on. MainProcess waits").list());
        assertEquals(List.of(100L), vm.deadlockProperty().get().pids());
        assertTrue(vm.processes().get(0).deadlocked());
        vm.reset();
        assertNull(vm.deadlockProperty().get());
    }

    @Test
    void apply_pools_publishedOnlyWhenAPoolChanged() {
        RunViewModel vm = new RunViewModel();
        vm.apply(Events.log().main(100).poolNew(100, "pool-1", 2).submit(100, "pool-1/task-1", "f(1)").list());
        List<org.proclab.ui.pool.PoolSnapshot> first = vm.poolsProperty().get();
        assertEquals(1, first.size());
        assertEquals(1, first.get(0).waiting().size());
        AtomicInteger changes = new AtomicInteger();
        vm.poolsProperty().addListener((o, a, b) -> changes.incrementAndGet());
        vm.apply(List.of(new Event(10, 1_000L, 100, org.proclab.trace.EventKind.OUTPUT, "stdout", "hi", Event.NO_NUM, null, 0)));
        assertEquals(0, changes.get(), "output says nothing about the pool");
        assertSame(first, vm.poolsProperty().get());
        vm.reset();
        assertTrue(vm.poolsProperty().get().isEmpty());
    }
}
