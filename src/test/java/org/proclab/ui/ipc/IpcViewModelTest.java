package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

@Tag("unit")
class IpcViewModelTest {

    @ParameterizedTest
    @ValueSource(strings = {Traces.PIPE, Traces.PIPE_STEPPED, Traces.PIPE_FORGOT_CLOSE, Traces.QUEUE, Traces.LOCK_VALUE,
            Traces.NO_LOCK_STEPPED})
    void liveFold_equalsAFreshFoldOfThePrefix_atEveryEvent(String trace) {
        List<Event> events = Traces.load(trace);
        PipesModel pipes = new PipesModel();
        QueuesModel queues = new QueuesModel();
        LocksModel locks = new LocksModel();
        ValuesModel values = new ValuesModel();
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            pipes.apply(e);
            queues.apply(e);
            locks.apply(e);
            values.apply(e);
            // snapshots reuse the records of unchanged objects: they must still equal a fold from scratch
            assertEquals(PipesModel.foldOf(events, k + 1).snapshot(), pipes.snapshot(), "pipes after event " + k);
            assertEquals(QueuesModel.foldOf(events, k + 1).snapshot(), queues.snapshot(), "queues after event " + k);
            assertEquals(LocksModel.foldOf(events, k + 1).snapshot(), locks.snapshot(), "locks after event " + k);
            assertEquals(ValuesModel.foldOf(events, k + 1).snapshot(), values.snapshot(), "values after event " + k);
        }
    }

    @Test
    void apply_publishesOnlyWhatChanged() {
        List<Event> events = Traces.load(Traces.PIPE);
        IpcViewModel vm = new IpcViewModel();
        List<Object> pipeStates = new ArrayList<>();
        List<Object> queueStates = new ArrayList<>();
        vm.pipesProperty().addListener((o, a, b) -> pipeStates.add(b));
        vm.queuesProperty().addListener((o, a, b) -> queueStates.add(b));
        int half = Traces.through(events, e -> e.kind() == EventKind.SEND && e.num() == 2);
        vm.apply(events.subList(0, half));
        vm.apply(events.subList(half, half));
        assertEquals(1, pipeStates.size(), "one batch, one new state; an empty batch publishes nothing");
        PipesModel.Snapshot mid = vm.pipesProperty().get();
        assertEquals(2, mid.pipe("pipe-1").first().inFlight().size());

        // a batch of output lines changes no pipe: nothing published
        int outputs = Traces.through(events, Traces.kind(EventKind.OUTPUT));
        vm.reset();
        pipeStates.clear();
        vm.apply(events.subList(0, outputs - 1));
        int before = pipeStates.size();
        vm.apply(events.subList(outputs - 1, outputs));
        assertEquals(before, pipeStates.size());
        assertTrue(vm.queuesProperty().get().queues().isEmpty());
    }

    @Test
    void showPrefix_isTheStateAtThatEvent_forwardAndBack() {
        List<Event> events = Traces.load(Traces.PIPE_FORGOT_CLOSE);
        IpcViewModel vm = new IpcViewModel();
        vm.showPrefix(events, events.size());
        PipesModel.Snapshot end = vm.pipesProperty().get();
        int deadlock = Traces.through(events, Traces.kind(EventKind.DEADLOCK));
        vm.showPrefix(events, deadlock);
        PipesModel.Snapshot atDeadlock = vm.pipesProperty().get();
        assertNotSame(end, atDeadlock);
        long consumer = Traces.pidOf(events, "consumer");
        assertTrue(atDeadlock.pipe("pipe-1").second().handleOf(consumer).open());
        assertEquals(PipesModel.foldOf(events, deadlock).snapshot(), atDeadlock);
        vm.showPrefix(events, 0);
        assertTrue(vm.pipesProperty().get().pipes().isEmpty());
    }
}
