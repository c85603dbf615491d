package org.proclab.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.TraceFiles;
import org.proclab.ui.AppWindow;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.enumerate.EnumerationModel;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.LocksModel;
import org.proclab.ui.ipc.PipesModel;
import org.proclab.ui.ipc.QueuesModel;
import org.proclab.ui.ipc.ValuesModel;
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.model.DeadlockReport;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.pool.PoolSnapshot;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;
import org.testfx.api.FxRobot;

/** The timeline scrubber and trace replay: the same fold for the live run, the scrubber and a saved trace. */
@Tag("ui")
class TimelineTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    /**
     * What every view shows, as the view models publish it. A pool's clock ({@code nowNanos}) is left out:
     * a live batch publishes a pool only when it changed, so an event that only moves the clock of an idle
     * pool leaves the old clock in the published snapshot, while a fold from the start carries the latest.
     * Nothing is drawn from that clock while no task runs (and while one runs, every event publishes).
     */
    record Views(List<ProcessNode> processes, PipesModel.Snapshot pipes, QueuesModel.Snapshot queues,
                 LocksModel.Snapshot locks, ValuesModel.Snapshot values, String pools,
                 EnumerationModel.Snapshot enumeration, DeadlockReport deadlock, int consoleLines,
                 Map<Long, Integer> linesPerProcess) {
        void assertSameAs(Views o, String where) {
            assertEquals(processes, o.processes, where + ": process tree");
            assertEquals(pipes, o.pipes, where + ": pipes");
            assertEquals(queues, o.queues, where + ": queues");
            assertEquals(locks, o.locks, where + ": locks");
            assertEquals(values, o.values, where + ": values");
            assertEquals(pools, o.pools, where + ": pools");
            assertEquals(enumeration, o.enumeration, where + ": enumeration");
            assertEquals(deadlock, o.deadlock, where + ": deadlock");
            assertEquals(consoleLines, o.consoleLines, where + ": console lines");
            assertEquals(linesPerProcess, o.linesPerProcess, where + ": console lines per process");
            assertEquals(this, o, where);
        }
    }

    private static String withoutClock(List<PoolSnapshot> pools) {
        return pools.toString().replaceAll("nowNanos=\\d+", "nowNanos=?");
    }

    private Views views() {
        RunViewModel run = vm.runModel();
        Map<Long, Integer> perProcess = new LinkedHashMap<>();
        for (ProcessNode n : run.processes()) {
            perProcess.put(n.pid(), run.linesOf(n.pid()).size());
        }
        return new Views(List.copyOf(run.processes()), vm.ipc().pipesProperty().get(), vm.ipc().queuesProperty().get(),
                vm.ipc().locksProperty().get(), vm.ipc().valuesProperty().get(), withoutClock(run.poolsProperty().get()),
                vm.enumeration().enumerationProperty().get(), run.deadlockProperty().get(), run.allLines().size(),
                perProcess);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(TimelineTest.class.getResource("/traces/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds the events through the run's view model as a live run would, in uneven batches. */
    private Map<Integer, Views> feedLive(List<Event> events, List<Integer> at) {
        return UiSnapshots.onFx(() -> {
            Map<Integer, Views> seen = new LinkedHashMap<>();
            vm.runModel().reset();
            int i = 0;
            int size = 1;
            while (i < events.size()) {
                int end = Math.min(events.size(), i + size);
                for (int k : at) {
                    if (k >= i && k < end) {
                        end = k + 1; // a batch ends at each index we look at, as some live batch might
                        break;
                    }
                }
                vm.runModel().apply(List.copyOf(events.subList(i, end)));
                if (at.contains(end - 1)) {
                    seen.put(end - 1, views());
                }
                i = end;
                size = size % 7 + 2;
            }
            return seen;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe-lesson.jsonl", "pool-lesson.jsonl", "queue-lesson.jsonl", "lock-value.jsonl",
            "enumerate.jsonl", "pipe-forgot-close.jsonl"})
    void scrubbingASavedTrace_reproducesTheLiveViews_atTheSameEvents(String trace) {
        List<Event> events = TraceFixtures.load(trace);
        int n = events.size();
        List<Integer> at = List.of(0, 1, n / 5, n / 3, n / 2, 2 * n / 3, n - 2, n - 1);
        Map<Integer, Views> live = feedLive(events, at);
        assertEquals(new java.util.TreeSet<>(at), live.keySet().stream().collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));

        assertTrue(UiSnapshots.onFx(() -> window.traces().openTrace(fixture(trace))));
        assertEquals(RunState.REPLAY, vm.runModel().getState());
        // forward and back, so both the incremental fold and the fold from the start are checked
        List<Integer> order = List.of(n / 2, 1, 2 * n / 3, n - 1, 0, n / 3, n - 2, n / 5, n / 2, 0, n - 1);
        for (int k : order) {
            Views replayed = UiSnapshots.onFx(() -> {
                vm.runModel().showAt(k);
                return views();
            });
            live.get(k).assertSameAs(replayed, trace + " at event " + k);
            assertEquals(k, vm.runModel().shownProperty().get());
        }
    }

    @Test
    void replayedTrace_theVerdictShowsWhereTheTimelineReachesTheAnswer_andGoesWhenScrubbedBack() {
        List<Event> events = TraceFixtures.load(TraceFixtures.PIPE_FORGOT_CLOSE);
        int deadlock = TraceFixtures.before(events, TraceFixtures.kind(EventKind.DEADLOCK));
        // a run an earlier test left stopping would hold the lesson switch back (the window asks first)
        org.proclab.testing.Await.until("the window's run has ended", () -> !UiSnapshots.onFx(() -> vm.runModel().getState().busy()));
        UiSnapshots.onFx(() -> {
            window.lessonPane().select("pipe", "forgot-close");
            assertEquals("forgot-close", vm.lessons().getSelected().variant().id(), "the variant whose trace this is");
            vm.narration().choose(1); // "It hangs for ever", predicted in class before the instructor plays the trace
            vm.narration().confirm();
            vm.runModel().replay(events);
            return null;
        });
        // a replay starts at its end: the answer is known there
        assertEquals(1, (int) UiSnapshots.onFx(() -> vm.narration().actualProperty().get()));
        UiSnapshots.onFx(() -> {
            vm.runModel().showAt(deadlock - 1);
            return null;
        });
        assertEquals(null, UiSnapshots.onFx(() -> vm.narration().actualProperty().get()), "before the hang is found, no verdict");
        UiSnapshots.onFx(() -> {
            vm.runModel().showAt(events.size() - 1);
            return null;
        });
        assertEquals(1, (int) UiSnapshots.onFx(() -> vm.narration().actualProperty().get()));
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().predictionCard().isRight()));
    }

    @Test
    void openTrace_notATrace_saysWhyInOneLineAndKeepsThePreviousState(@TempDir Path dir, FxRobot robot) throws IOException {
        Path notATrace = dir.resolve("notes.txt");
        Files.writeString(notATrace, "these are my notes\nnot events\n");
        List<TraceActions.FileProblem> problems = new java.util.ArrayList<>();
        UiSnapshots.onFx(() -> {
            window.traces().setProblemHandler(problems::add);
            return null;
        });
        assertTrue(UiSnapshots.onFx(() -> window.traces().openTrace(fixture(TraceFixtures.POOL))));
        Views before = UiSnapshots.onFx(() -> {
            vm.runModel().showAt(40);
            return views();
        });
        int count = vm.runModel().events().size();

        assertFalse(UiSnapshots.onFx(() -> window.traces().openTrace(notATrace)));

        assertEquals(List.of(new TraceActions.FileProblem("Not a ProcLab trace",
                "notes.txt, line 1: this line is not JSON, so this is not a ProcLab trace.")), problems);
        Label error = (Label) scene.lookup("#status-error");
        assertFalse(UiSnapshots.onFx(error::isVisible), "no parser message squeezed into the status bar");
        before.assertSameAs(UiSnapshots.onFx(this::views), "after the failed open");
        assertEquals(40, vm.runModel().shownProperty().get());
        assertEquals(count, vm.runModel().events().size());
        assertEquals(RunState.REPLAY, vm.runModel().getState());
    }

    @Test
    void arrowKeys_moveOneEvent_whenTheTimelineHasFocus(FxRobot robot) {
        assertTrue(UiSnapshots.onFx(() -> window.traces().openTrace(fixture("pipe-lesson.jsonl"))));
        int last = vm.runModel().events().size() - 1;
        UiSnapshots.onFx(() -> {
            vm.runModel().showAt(10);
            window.timeline().slider().requestFocus();
            return null;
        });
        robot.type(KeyCode.LEFT);
        assertEquals(9, vm.runModel().shownProperty().get());
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(12, vm.runModel().shownProperty().get());
        assertEquals(12.0, UiSnapshots.onFx(() -> window.timeline().slider().getValue()));
        assertTrue(UiSnapshots.onFx(() -> window.timeline().infoText()).startsWith("#12 "),
                window.timeline().infoText());
        robot.type(KeyCode.HOME);
        assertEquals(0, vm.runModel().shownProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(0, vm.runModel().shownProperty().get()); // nothing before the first event
        robot.type(KeyCode.END);
        assertEquals(last, vm.runModel().shownProperty().get());
        robot.type(KeyCode.RIGHT);
        assertEquals(last, vm.runModel().shownProperty().get());
    }

    @Test
    void draggingTheSlider_showsThatEvent_andPausesFollowing(FxRobot robot) {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL);
        feedLive(events, List.of());
        UiSnapshots.onFx(() -> {
            window.timeline().slider().setValue(30); // as a drag does
            return null;
        });
        assertEquals(30, UiSnapshots.onFx(() -> vm.runModel().shownProperty().get()));
        assertFalse(vm.runModel().followingProperty().get());
    }

    @Test
    void liveRun_followsTheEnd_untilMovedBack_andLiveReturnsToIt(FxRobot robot) {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL);
        int half = events.size() / 2;
        Views at20 = feedLive(events.subList(0, half), List.of(20)).get(20);
        RunViewModel run = vm.runModel();
        assertEquals(half - 1, run.shownProperty().get());
        assertTrue(run.followingProperty().get());

        UiSnapshots.onFx(() -> {
            run.showAt(20);
            return null;
        });
        assertFalse(run.followingProperty().get());
        assertTrue(UiSnapshots.onFx(() -> !window.timeline().lookup("#timeline-live").isDisabled()));
        // the run goes on: its events are kept, the views stay in the past
        UiSnapshots.onFx(() -> {
            run.apply(List.copyOf(events.subList(half, events.size())));
            return null;
        });
        assertEquals(events.size(), run.eventCountProperty().get());
        assertEquals(20, run.shownProperty().get());
        at20.assertSameAs(UiSnapshots.onFx(this::views), "while the run goes on");
        assertEquals("21 / " + events.size(), UiSnapshots.onFx(() -> window.timeline().positionText()));
        UiSnapshots.onFx(() -> {
            window.show(CentreView.POOL);
            return null;
        });
        UiSnapshots.save(scene, "timeline-live-run-moved-back");

        robot.clickOn("#timeline-live");
        assertEquals(events.size() - 1, run.shownProperty().get());
        assertTrue(run.followingProperty().get());
    }

    @Test
    void scrubbing_tenThousandEvents_isQuickEnoughToDrag() {
        List<Event> events = new ArrayList<>(TraceFixtures.load("pipe-lesson.jsonl"));
        Event first = events.get(0);
        int exitAt = events.size() - 1;
        List<Event> big = new ArrayList<>(events.subList(0, exitAt));
        while (big.size() < 10_000) {
            big.add(new Event(big.size(), big.size() * 1000L, first.pid(), EventKind.OUTPUT, "stdout",
                    "line " + big.size(), Event.NO_NUM, null, 0));
        }
        UiSnapshots.onFx(() -> {
            vm.runModel().replay(big);
            return null;
        });
        long median = UiSnapshots.onFx(() -> {
            List<Long> times = new ArrayList<>();
            java.util.Random r = new java.util.Random(1);
            // the FX thread's own CPU time: what the fold costs, whatever else the machine is doing
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < 60; i++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                vm.runModel().showAt(r.nextInt(big.size()));
                long took = cpu.getCurrentThreadCpuTime() - t0;
                if (i >= 10) {
                    times.add(took / 1_000_000); // after the JIT has warmed up
                }
            }
            java.util.Collections.sort(times);
            System.out.println("scrubs over 10,000 events, ms of CPU: " + times);
            return times.get(times.size() / 2);
        });
        // a drag folds at most once a pulse; the median must leave it smooth even on a loaded machine
        assertTrue(median < 100, "the median scrub took " + median + " ms of CPU");
    }

    @Test
    void saveAndExport_writeTheEventsAndThePicture(@TempDir Path dir) throws IOException {
        assertTrue(UiSnapshots.onFx(() -> window.traces().openTrace(fixture(TraceFixtures.POOL))));
        Path saved = dir.resolve("again.jsonl");
        Path chrome = dir.resolve("chrome.json");
        Path png = dir.resolve("view.png");
        assertTrue(UiSnapshots.onFx(() -> window.traces().saveTrace(saved)));
        assertEquals(TraceFixtures.load(TraceFixtures.POOL), TraceFiles.read(saved));
        assertTrue(UiSnapshots.onFx(() -> window.traces().exportChrome(chrome)));
        assertTrue(Files.readString(chrome).contains("traceEvents"));
        assertTrue(UiSnapshots.onFx(() -> window.traces().exportPng(png)));
        assertTrue(javax.imageio.ImageIO.read(png.toFile()).getWidth() > 100);
    }

    /** New console tabs lay their headers out over a few pulses; a picture taken at once catches them half done. */
    private static void settle() {
        UiSnapshots.afterPulses(5);
    }

    @Test
    void replayingATrace_midway_looksRight() {
        assertTrue(UiSnapshots.onFx(() -> window.traces().openTrace(fixture(TraceFixtures.POOL))));
        int n = vm.runModel().events().size();
        UiSnapshots.onFx(() -> {
            window.show(CentreView.POOL);
            vm.runModel().showAt(n / 2);
            return null;
        });
        settle();
        UiSnapshots.save(scene, "timeline-pool-replay-midway");
        assertTrue(UiSnapshots.onFx(() -> window.traces().openTrace(fixture("pipe-lesson.jsonl"))));
        UiSnapshots.onFx(() -> {
            window.show(CentreView.PIPES_AND_QUEUES);
            vm.runModel().showAt(14);
            return null;
        });
        settle();
        UiSnapshots.save(scene, "timeline-pipe-replay-midway");
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            window.show(CentreView.PROCESSES);
            return null;
        });
        UiSnapshots.save(scene, "timeline-pipe-replay-midway-zh");
    }
}
