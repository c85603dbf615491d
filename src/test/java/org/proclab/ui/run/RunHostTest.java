package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Script;
import org.proclab.lesson.ScriptPlayerTest;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.enumerate.EnumerationModel;
import org.proclab.ui.ipc.LocksModel;
import org.proclab.ui.ipc.PipesModel;
import org.proclab.ui.ipc.QueuesModel;
import org.proclab.ui.ipc.ValuesModel;

/**
 * The run's host: one reset puts every fold back to the empty state; going back on the timeline restores a
 * checkpoint and folds at most one interval on, and every view then shows exactly what a fold from the first
 * event would.
 */
@Tag("unit")
class RunHostTest {

    /** Everything the views of a run show, as values. */
    private record Views(List<?> processes, List<?> lines, Map<Long, List<?>> linesByPid, Object deadlock, String pools,
                         PipesModel.Snapshot pipes, QueuesModel.Snapshot queues, LocksModel.Snapshot locks,
                         ValuesModel.Snapshot values, EnumerationModel.Snapshot enumeration, List<?> markers,
                         List<?> narration, Integer answer, List<?> table, int shown) {
        /** Field by field, so a failure names the view that differs. */
        void assertSameAs(Views expected, String where) {
            var mine = getClass().getRecordComponents();
            for (var c : mine) {
                try {
                    assertEquals(c.getAccessor().invoke(expected), c.getAccessor().invoke(this), where + ": " + c.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }

        static Views of(RunViewModel vm) {
            Map<Long, List<?>> byPid = new TreeMap<>();
            vm.processes().forEach(p -> byPid.put(p.pid(), List.copyOf(vm.linesOf(p.pid()))));
            return new Views(List.copyOf(vm.processes()), List.copyOf(vm.allLines()), byPid, vm.deadlockProperty().get(),
                    poolsWithoutClock(vm.poolsProperty().get()), vm.ipc().pipesProperty().get(), vm.ipc().queuesProperty().get(),
                    vm.ipc().locksProperty().get(), vm.ipc().valuesProperty().get(), vm.enumeration().getEnumeration(),
                    vm.markers().getMarkers(), List.copyOf(vm.narration().lines()), vm.narration().actualProperty().get(),
                    List.copyOf(vm.processTable().all()), vm.shownProperty().get());
        }
    }

    /**
     * A pool's snapshot carries the clock of the moment it was last rebuilt, and one with no running task is
     * rebuilt only when it changes; so its clock depends on when the views looked, not on the events.
     */
    private static String poolsWithoutClock(List<?> pools) {
        return String.valueOf(pools).replaceAll("nowNanos=\\d+", "");
    }

    private static RunViewModel host(int interval, Script script, String file) {
        RunViewModel vm = new RunViewModel(interval);
        vm.narration().setScript(script);
        vm.markers().setFileName(file);
        return vm;
    }

    /** The views after folding events 0..k from the first event, in one go. */
    private static Views foldedFromTheStart(List<Event> events, int k, Script script, String file) {
        RunViewModel fresh = host(1 << 20, script, file);
        fresh.replay(new ArrayList<>(events.subList(0, k + 1)));
        return Views.of(fresh);
    }

    private static void assertTimelineAgrees(String trace, Script script, String file) {
        List<Event> events = TraceFixtures.load(trace);
        RunViewModel vm = host(16, script, file);
        vm.replay(events);
        Random random = new Random(42);
        List<Integer> stops = new ArrayList<>(List.of(events.size() - 1, 0, events.size() / 2, 15, 16, 17, 3));
        for (int i = 0; i < 25; i++) {
            stops.add(random.nextInt(events.size()));
        }
        for (int k : stops) {
            vm.showAt(k);
            Views.of(vm).assertSameAs(foldedFromTheStart(events, k, script, file), trace + " at event " + k);
        }
    }

    @Test
    void showAt_anyEventBackAndForth_equalsTheFoldFromTheFirstEvent() {
        assertTimelineAgrees("pipe-forgot-close.jsonl", ScriptPlayerTest.script("pipe", "forgot-close"), "ForgotToClose.java");
        assertTimelineAgrees(TraceFixtures.POOL, ScriptPlayerTest.script("pool", null), "PoolLesson.java");
        assertTimelineAgrees("lock-value-no-lock-stepped.jsonl", ScriptPlayerTest.script("lock-value", "no-lock"), "WithoutLock.java");
        assertTimelineAgrees("queue-lesson.jsonl", ScriptPlayerTest.script("queue", null), "QueueLesson.java");
        assertTimelineAgrees("enumerate.jsonl", ScriptPlayerTest.script("enumerate", null), "Enumerate.java");
    }

    /** A long synthetic run: a pipe with 50,000 messages sent and received, and output between them. */
    private static List<Event> longRun(int events) {
        List<Event> out = new ArrayList<>(events);
        out.add(new Event(0, 0, 100, EventKind.START, "main", "MainProcess", 0, null, 0));
        out.add(new Event(1, 1, 101, EventKind.START, "child", "consumer", 100, null, 0));
        out.add(new Event(2, 2, 100, EventKind.PIPE_NEW, "pipe-1", "duplex", Event.NO_NUM, null, 0));
        out.add(new Event(3, 3, 100, EventKind.HANDLE, "pipe-1:0", "create", Event.NO_NUM, null, 0));
        out.add(new Event(4, 4, 100, EventKind.HANDLE, "pipe-1:1", "create", Event.NO_NUM, null, 0));
        long msg = 0;
        while (out.size() < events) {
            int seq = out.size();
            switch (seq % 3) {
                case 0 -> out.add(new Event(seq, seq, 100, EventKind.SEND, "pipe-1:1", "m" + msg, msg, "Long.java", 10));
                case 1 -> out.add(new Event(seq, seq, 101, EventKind.RECV, "pipe-1:0", "m" + msg, msg++, "Long.java", 20));
                default -> out.add(new Event(seq, seq, 101, EventKind.OUTPUT, "stdout", "got " + msg, Event.NO_NUM, null, 0));
            }
        }
        return out;
    }

    @Test
    void stepBack_at100kEvents_foldsAtMostOneInterval() {
        List<Event> events = longRun(100_000);
        RunViewModel vm = new RunViewModel();
        vm.replay(events);
        assertEquals(100_000, vm.foldedEventCount(), "opening folds every event once");

        int interval = vm.checkpointInterval();
        for (int k = events.size() - 2; k > events.size() - 40; k--) {
            long before = vm.foldedEventCount();
            vm.showAt(k); // one event back, as ← or [ does
            long folded = vm.foldedEventCount() - before;
            assertTrue(folded <= interval, "one step back to " + k + " folded " + folded + " events");
        }
        long before = vm.foldedEventCount();
        vm.showAt(12);
        assertTrue(vm.foldedEventCount() - before <= interval, "back near the start");
        before = vm.foldedEventCount();
        vm.showAt(events.size() - 1);
        assertTrue(vm.foldedEventCount() - before <= interval, "and to the end again: from the last checkpoint");
        List<Event> outputs = events.subList(0, events.size() - 1).stream().filter(e -> e.kind() == EventKind.OUTPUT).toList();
        // the console's latest lines up to the shown event, after a row that counts the earlier ones
        int kept = org.proclab.ui.model.ConsoleModel.MAX_LINES;
        assertEquals(1 + kept, vm.allLines().size());
        assertEquals(Integer.toString(outputs.size() - kept), vm.allLines().get(0).text());
        for (int i = 1; i <= kept; i++) {
            assertEquals(outputs.get(outputs.size() - kept + i - 1).seq(), vm.allLines().get(i).seq());
        }
    }

    @Test
    void checkpoints_ofAVeryLongRun_areThinned_andAStepBackStillFoldsOneInterval() {
        List<Event> events = longRun(50_000);
        RunViewModel vm = new RunViewModel(64); // 781 boundaries: more than are kept
        vm.replay(events);
        assertTrue(vm.checkpointInterval() > 64, "the interval grew: " + vm.checkpointInterval());
        assertTrue(events.size() / vm.checkpointInterval() <= Checkpoints.MAX);
        long before = vm.foldedEventCount();
        vm.showAt(events.size() - 2);
        assertTrue(vm.foldedEventCount() - before <= vm.checkpointInterval());
        Views.of(vm).assertSameAs(foldedFromTheStart(events, events.size() - 2, Script.EMPTY, ""), "after thinning");
    }

    @Test
    void liveRun_scrubbedBack_recordsWithoutFolding_andLiveFoldsTheRest() {
        List<Event> events = longRun(1_000);
        RunViewModel vm = new RunViewModel(100);
        vm.apply(events.subList(0, 500));
        vm.showAt(200);
        vm.apply(events.subList(500, 1_000)); // the run goes on while the student looks back
        assertEquals(200, vm.shownProperty().get());
        assertFalse(vm.followingProperty().get());
        assertEquals(1_000, vm.eventCountProperty().get());
        vm.followLive();
        assertTrue(vm.followingProperty().get());
        Views.of(vm).assertSameAs(foldedFromTheStart(events, 999, Script.EMPTY, ""), "back to live");
    }

    @Test
    void reset_putsEveryFoldBackToTheEmptyState() {
        List<Event> events = TraceFixtures.load(TraceFixtures.PIPE_FORGOT_CLOSE);
        RunViewModel vm = host(16, ScriptPlayerTest.script("pipe", "forgot-close"), "ForgotToClose.java");
        Views empty = Views.of(vm);
        vm.replay(events);
        assertTrue(vm.deadlockProperty().get() != null && !vm.narration().lines().isEmpty() && !vm.allLines().isEmpty());
        org.proclab.trace.EventSource before = vm.log();

        vm.reset();

        Views.of(vm).assertSameAs(empty, "after reset: tree, consoles, IPC, pools, enumeration, markers, narration, table");
        assertNull(vm.deadlockProperty().get());
        assertEquals(0, vm.eventCountProperty().get());
        assertEquals(-1, vm.shownProperty().get());
        assertEquals(RunState.IDLE, vm.getState());
        assertTrue(vm.events().isEmpty());
        assertEquals(events.size(), before.size(), "the old log is left whole for whoever still reads it");
        assertEquals(0, vm.foldedEventCount());
    }
}
