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
        long shown;

        SlowViews(int perPulse) {
            this.perPulse = perPulse;
        }

        @Override
        public long foldTowards(long size, long deadline) {
            assertTrue(deadline - System.nanoTime() <= EventPump.BUDGET_NANOS, "a deadline within the pulse's budget");
            shown = Math.min(size, shown + perPulse);
            sizes.add(shown);
            return shown;
        }
    }

    private static Event event(long seq) {
        return new Event(seq, 0, 1, EventKind.OUTPUT, "stdout", "line " + seq, Event.NO_NUM, null, 0);
    }

    @Test
    void accept_manyEventsFromAnotherThread_onePostAndTheViewsTakeThemInASlicePerPulse() throws Exception {
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        SlowViews views = new SlowViews(30_000);
        EventPump pump = new EventPump(views, fx, pulses);
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
        }
        assertEquals(List.of(30_000L, 60_000L, 90_000L, 100_000L), views.sizes, "one slice per pulse, every event");
        assertFalse(pulses.started, "caught up: no more pulses asked for");
    }

    @Test
    void grewTo_afterCatchingUp_startsThePulsesAgain() {
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        SlowViews views = new SlowViews(1_000);
        EventPump pump = new EventPump(views, fx, pulses);
        pump.grewTo(10);
        fx.runAll();
        pulses.pulse();
        assertFalse(pulses.started);
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
        SlowViews views = new SlowViews(4);
        EventPump pump = new EventPump(views, fx, pulses);
        pump.grewTo(10);
        fx.runAll();
        List<Long> shownWhenFinished = new ArrayList<>();
        pump.finish(() -> shownWhenFinished.add(views.shown));
        pulses.pulse();
        pulses.pulse();
        assertTrue(shownWhenFinished.isEmpty(), "8 of 10 events shown: not finished yet");
        pulses.pulse();
        assertEquals(List.of(10L), shownWhenFinished);
        pump.finish(() -> shownWhenFinished.add(-1L)); // caught up already: at once
        assertEquals(List.of(10L, -1L), shownWhenFinished);
    }

    @Test
    void close_tellsNothingMore_andDropsTheFinish() {
        FakeFxThread fx = new FakeFxThread();
        FakePulses pulses = new FakePulses();
        SlowViews views = new SlowViews(1_000);
        EventPump pump = new EventPump(views, fx, pulses);
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
}
