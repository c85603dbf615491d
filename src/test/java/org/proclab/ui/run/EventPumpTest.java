package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

@Tag("unit")
class EventPumpTest {
    /** Stands for the FX thread: runs what was posted when told to. */
    private static final class FakeFxThread implements java.util.concurrent.Executor {
        final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
        final AtomicInteger postCount = new AtomicInteger();

        @Override
        public void execute(Runnable r) {
            postCount.incrementAndGet();
            posted.add(r);
        }

        void runAll() {
            Runnable r;
            while ((r = posted.poll()) != null) {
                r.run();
            }
        }
    }

    /** Stands for JavaFX's pulses: each {@link #pulse()} is one frame, while started. */
    private static final class FakePulses implements EventPump.Pulses {
        Runnable task;
        boolean started;
        int starts;

        @Override
        public void start(Runnable eachPulse) {
            task = eachPulse;
            started = true;
            starts++;
        }

        @Override
        public void stop() {
            started = false;
        }

        void pulse() {
            if (started) {
                task.run();
            }
        }
    }

    /** The views' side: takes in at most {@code perPulse} events per call, as a fold against a deadline would. */
    private static final class SlowViews implements EventPump.Sink {
        final int perPulse;
        final List<Long> sizes = new ArrayList<>();
        final long[] now;
        long shown;

        /** On the clock {@code now} the test moves. */
        SlowViews(int perPulse, long[] now) {
            this.perPulse = perPulse;
            this.now = now;
        }

        @Override
        public long foldTowards(long size, long deadline, boolean publish) {
            assertTrue(deadline - now[0] <= EventPump.MAX_BUDGET_NANOS, "a deadline within the pulse's budget");
            shown = Math.min(size, shown + perPulse);
            sizes.add(shown);
            return shown;
        }
    }

    /** 25 frames a second: a publication every third pulse while events keep coming. */
    private static final long FRAME = 40_000_000L;

    private static Event event(long seq) {
        return new Event(seq, 0, 1, EventKind.OUTPUT, "stdout", "line " + seq, Event.NO_NUM, null, 0);
    }

    @Test
    void accept_manyEventsFromAnotherThread_onePostAndTheViewsTakeThemInASlicePerPulse() throws Exception {
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        long[] now = {0};
        SlowViews views = new SlowViews(30_000, now);
        EventPump pump = new EventPump(views, fx, pulses, () -> now[0]);
        Thread kernel = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                pump.accept(event(i));
            }
        });
        kernel.start();
        kernel.join();
        assertEquals(1, fx.postCount.get(), "one wake pending, however many events");
        fx.runAll();
        assertTrue(pulses.started, "pulses asked for while events wait");
        for (int i = 0; i < 10; i++) {
            pulses.pulse();
            now[0] += FRAME;
        }
        assertEquals(List.of(30_000L, 60_000L, 90_000L, 100_000L), views.sizes, "one slice per pulse, every event");
        assertFalse(pulses.started, "caught up: no more pulses asked for");
    }

    @Test
    void grewTo_afterCatchingUp_startsThePulsesAgain() {
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        long[] now = {0};
        SlowViews views = new SlowViews(1_000, now);
        EventPump pump = new EventPump(views, fx, pulses, () -> now[0]);
        pump.grewTo(10);
        fx.runAll();
        pulses.pulse();
        assertFalse(pulses.started);
        now[0] += 1_000_000_000L;
        pump.grewTo(20);
        fx.runAll();
        pulses.pulse();
        assertEquals(List.of(10L, 20L), views.sizes);
        assertEquals(2, pulses.starts);
    }

    @Test
    void finish_runsOnceTheViewsShowEveryEvent_notBefore() {
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        long[] now = {0};
        TimedViews views = new TimedViews(now, 4);
        EventPump pump = new EventPump(views, fx, pulses, () -> now[0]);
        pump.grewTo(10);
        fx.runAll();
        List<Long> shownWhenFinished = new ArrayList<>();
        pump.finish(() -> shownWhenFinished.add(views.published.get(views.published.size() - 1)));
        pulses.pulse();
        now[0] += FRAME;
        pulses.pulse();
        assertTrue(shownWhenFinished.isEmpty(), "8 of 10 events folded: not finished yet");
        now[0] += FRAME;
        pulses.pulse();
        assertEquals(10L, views.shown);
        assertTrue(shownWhenFinished.isEmpty(), "every event folded but not shown yet: not finished");
        now[0] += FRAME;
        pulses.pulse();
        assertEquals(List.of(10L), shownWhenFinished, "finished once the views show the last event");
        pump.finish(() -> shownWhenFinished.add(-1L)); // caught up already: at once
        assertEquals(List.of(10L, -1L), shownWhenFinished);
    }

    @Test
    void close_tellsNothingMore_andDropsTheFinish() {
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        SlowViews views = new SlowViews(1_000, new long[1]);
        EventPump pump = new EventPump(views, fx, pulses, () -> 0);
        pump.accept(event(0));
        fx.runAll();
        List<String> finished = new ArrayList<>();
        pump.finish(() -> finished.add("finished"));
        pump.close();
        pump.accept(event(1));
        fx.runAll();
        pulses.pulse();
        assertTrue(views.sizes.isEmpty());
        assertTrue(finished.isEmpty());
        assertFalse(pulses.started);
    }

    /** The views' side that records the time each pulse gave it, on a clock the test moves. */
    private static final class TimedViews implements EventPump.Sink {
        final long[] now;
        final int perPulse;
        final List<Long> budgets = new ArrayList<>();
        final List<Long> sizes = new ArrayList<>();
        final List<Long> published = new ArrayList<>(); // the sizes the views published at
        long shown;

        TimedViews(long[] now, int perPulse) {
            this.now = now;
            this.perPulse = perPulse;
        }

        @Override
        public long foldTowards(long size, long deadline, boolean publish) {
            budgets.add(deadline - now[0]);
            shown = Math.min(size, shown + perPulse);
            sizes.add(shown);
            if (publish) {
                published.add(shown);
            }
            return shown;
        }
    }

    @Test
    void pulse_slowFrames_foldForAShareOfTheFrameUpToTheCap() {
        long[] now = {1_000_000_000L};
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        TimedViews views = new TimedViews(now, 10);
        EventPump pump = new EventPump(views, fx, pulses, () -> now[0]);
        pump.grewTo(1_000);
        fx.runAll();
        pulses.pulse(); // the first: no frame before it to measure
        now[0] += 5_000_000L; // a quick frame: the base budget
        pulses.pulse();
        now[0] += 15_000_000L; // a frame of 15 ms
        pulses.pulse();
        now[0] += 500_000_000L; // a frame of half a second
        pulses.pulse();
        assertEquals(List.of(EventPump.BUDGET_NANOS, EventPump.BUDGET_NANOS, 10_500_000L, EventPump.MAX_BUDGET_NANOS),
                views.budgets, "the base budget, then 70 % of the last frame, never more than the cap");
        assertEquals(List.of(10L, 20L, 30L, 40L), views.sizes, "one slice per pulse, in order");
    }

    @Test
    void pulse_afterCatchingUpAndAPause_startsAgainFromTheBaseBudget() {
        long[] now = {0};
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        TimedViews views = new TimedViews(now, 1_000);
        EventPump pump = new EventPump(views, fx, pulses, () -> now[0]);
        pump.grewTo(10);
        fx.runAll();
        pulses.pulse();
        assertFalse(pulses.started, "caught up");
        now[0] += 5_000_000_000L; // five idle seconds: not a slow frame
        pump.grewTo(20);
        fx.runAll();
        pulses.pulse();
        assertEquals(List.of(EventPump.BUDGET_NANOS, EventPump.BUDGET_NANOS), views.budgets);
        assertEquals(List.of(10L, 20L), views.sizes);
        assertEquals(List.of(10L, 20L), views.published, "after a quiet spell (a step) the new event is shown at once");
    }

    @Test
    void pulse_floodIntoTheViews_publishesAtMostOncePerPulse_andEndsWithEveryLineInOrder() throws Exception {
        try (org.proclab.trace.EventLog live = new org.proclab.trace.EventLog()) {
            RunViewModel vm = new RunViewModel();
            vm.follow(live);
            FakeFxThread fx = new FakeFxThread();
            FakePulses pulses = new FakePulses();
            EventPump pump = new EventPump((size, deadline, publish) -> vm.grewTo(live, size, deadline, publish), fx, pulses);
            AtomicInteger publications = new AtomicInteger();
            vm.shownProperty().addListener(o -> publications.incrementAndGet());
            int lines = 60_000; // more than the log keeps in memory: the oldest are read back from its file
            Thread program = new Thread(() -> {
                live.append(100, EventKind.START, "main", "MainProcess", Event.NO_NUM);
                for (int i = 0; i < lines; i++) {
                    pump.accept(live.append(100, EventKind.OUTPUT, "stdout", "line " + i, Event.NO_NUM));
                }
            });
            program.start();
            int pulseCount = 0;
            while (program.isAlive() || pulses.started || !fx.posted.isEmpty()) {
                fx.runAll();
                int before = publications.get();
                pulses.pulse();
                pulseCount++;
                assertTrue(publications.get() - before <= 1, "one publication in a pulse at most");
                Thread.sleep(1); // the program goes on meanwhile, as between two frames
            }
            program.join();
            fx.runAll();
            while (pulses.started) {
                pulses.pulse();
                pulseCount++;
            }
            assertTrue(publications.get() <= pulseCount, publications.get() + " publications in " + pulseCount + " pulses");
            assertEquals(lines, vm.shownProperty().get(), "every event shown in the end");
            assertEquals(lines + 1, vm.foldedEventCount(), "every event folded once");
            List<org.proclab.ui.model.ConsoleLine> shown = vm.allLines();
            int kept = shown.size() - 1; // the first row stands for the lines memory no longer holds
            for (int i = 0; i < kept; i++) {
                assertEquals("line " + (lines - kept + i), shown.get(1 + i).text(), "line " + i + " of those kept");
            }
        }
    }

    /** The app's pump: a flood's publication is spread over three pulses, a step's is shown whole at once. */
    @Test
    void pulse_aFloodsPublicationInPartsOverThreePulses_aFewEventsAtOnce() throws Exception {
        try (org.proclab.trace.EventLog live = new org.proclab.trace.EventLog()) {
            RunViewModel vm = new RunViewModel();
            vm.follow(live);
            FakeFxThread fx = new FakeFxThread();
            FakePulses pulses = new FakePulses();
            EventPump.Sink views = new EventPump.Sink() {
                @Override
                public long foldTowards(long size, long deadline, boolean publish) {
                    return vm.grewToInParts(live, size, Long.MAX_VALUE, publish); // no deadline: all in one pulse
                }

                @Override
                public boolean publishNextPart() {
                    return vm.publishNextPart(live);
                }

                @Override
                public boolean partsLeft() {
                    return vm.partsLeft(live);
                }
            };
            long[] now = {0};
            EventPump pump = new EventPump(views, fx, pulses, () -> now[0]);
            pump.accept(live.append(100, EventKind.START, "main", "MainProcess", Event.NO_NUM));
            for (int i = 0; i < 2 * RunViewModel.PARTS_FROM_EVENTS; i++) {
                pump.accept(live.append(100, EventKind.OUTPUT, "stdout", "line " + i, Event.NO_NUM));
            }
            fx.runAll();
            pulses.pulse();
            assertEquals(1, vm.processes().size(), "first the processes");
            assertEquals(0, vm.allLines().size(), "the consoles at the next pulse");
            assertEquals(-1, vm.shownProperty().get(), "how far the views show: with the last part");
            pulses.pulse();
            assertEquals(2 * RunViewModel.PARTS_FROM_EVENTS, vm.allLines().size(), "then the consoles");
            assertEquals(-1, vm.shownProperty().get());
            pulses.pulse();
            long last = 2L * RunViewModel.PARTS_FROM_EVENTS;
            assertEquals(last, vm.shownProperty().get(), "then the rest, with every event shown");
            assertEquals(last + 1, vm.eventCountProperty().get());
            pulses.pulse(); // caught up and shown: the pulses stop
            assertFalse(pulses.started);

            now[0] += 2 * EventPump.PUBLISH_INTERVAL_NANOS; // a quiet spell, then a step
            pump.accept(live.append(100, EventKind.OUTPUT, "stdout", "a step", Event.NO_NUM));
            fx.runAll();
            pulses.pulse();
            assertEquals(last + 1, vm.shownProperty().get(), "a few events: every view at once");
            assertEquals("a step", vm.allLines().get(vm.allLines().size() - 1).text());
        }
    }

    @Test
    void pulse_eventsKeepComing_publishesEveryTenthOfASecondAndTheEnd() {
        long[] now = {0};
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        TimedViews views = new TimedViews(now, 10_000);
        EventPump pump = new EventPump(views, fx, pulses, () -> now[0]);
        pump.grewTo(100_000);
        fx.runAll();
        for (int i = 0; i < 12; i++) {
            pulses.pulse();
            now[0] += FRAME;
        }
        assertEquals(100_000L, views.shown, "every event taken in, a slice per pulse");
        assertEquals(10, views.sizes.size(), "one fold per pulse until caught up and shown");
        // published at the first pulse, then at the first pulse 100 ms after the last publication (every
        // third), the last one with every event
        assertEquals(List.of(10_000L, 40_000L, 70_000L, 100_000L), views.published);
        assertFalse(pulses.started, "caught up");
    }

    @Test
    void pulse_caughtUpSoonAfterAPublication_showsTheEndOnceTheIntervalIsOver() {
        long[] now = {0};
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        TimedViews views = new TimedViews(now, 100_000);
        EventPump pump = new EventPump(views, fx, pulses, () -> now[0]);
        pump.grewTo(50_000);
        fx.runAll();
        pulses.pulse(); // published: the first
        pump.grewTo(150_000);
        fx.runAll();
        now[0] += 10_000_000L;
        pulses.pulse(); // 10 ms after the last publication: folds quietly, all of it
        assertEquals(List.of(50_000L, 150_000L), views.sizes, "taken in quietly, all of it");
        assertEquals(List.of(50_000L), views.published);
        assertTrue(pulses.started, "pulses go on until the end is shown");
        now[0] += 50_000_000L;
        pulses.pulse();
        assertEquals(List.of(50_000L), views.published, "60 ms after the last publication: not yet");
        now[0] += 40_000_000L;
        pulses.pulse();
        assertEquals(List.of(50_000L, 150_000L), views.published, "100 ms after it: the end");
        assertFalse(pulses.started);
    }
}
