package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    /** Stands for the FX thread: runs what was posted when told to, like a pulse. */
    private static final class FakeFxThread implements java.util.concurrent.Executor {
        final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
        final AtomicInteger postCount = new AtomicInteger();

        @Override
        public void execute(Runnable r) {
            postCount.incrementAndGet();
            posted.add(r);
        }

        /** Runs one pulse: what was posted before it began. */
        void pulse() {
            int n = posted.size();
            for (int i = 0; i < n; i++) {
                posted.poll().run();
            }
        }

        void runAll() {
            Runnable r;
            while ((r = posted.poll()) != null) {
                r.run();
            }
        }
    }

    private static Event event(long seq) {
        return new Event(seq, 0, 1, EventKind.OUTPUT, "stdout", "line " + seq, Event.NO_NUM, null, 0);
    }

    @Test
    void accept_manyEventsFromAnotherThread_postsOneDrainAndTellsSizesInSteps() throws Exception {
        FakeFxThread fx = new FakeFxThread();
        List<Long> sizes = new ArrayList<>();
        EventPump pump = new EventPump(sizes::add, fx);
        Thread kernel = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                pump.accept(event(i));
            }
        });
        kernel.start();
        kernel.join();
        assertEquals(1, fx.postCount.get(), "one drain pending, however many events");
        fx.pulse();
        assertEquals(List.of((long) EventPump.MAX_BATCH), sizes, "one pulse moves the views one batch on");
        fx.runAll();
        assertEquals(100_000 / EventPump.MAX_BATCH, sizes.size());
        for (int i = 0; i < sizes.size(); i++) {
            assertEquals((i + 1L) * EventPump.MAX_BATCH, sizes.get(i));
        }
    }

    @Test
    void drainNow_tellsEverythingAppended_atOnce() {
        FakeFxThread fx = new FakeFxThread();
        List<Long> sizes = new ArrayList<>();
        EventPump pump = new EventPump(sizes::add, fx);
        pump.grewTo(3); // appended before the pump listened
        pump.accept(event(3));
        pump.drainNow();
        assertEquals(List.of(4L), sizes);
        fx.runAll();
        assertEquals(List.of(4L), sizes, "nothing told twice");
    }

    @Test
    void close_tellsNothingMore() {
        FakeFxThread fx = new FakeFxThread();
        List<Long> sizes = new ArrayList<>();
        EventPump pump = new EventPump(sizes::add, fx);
        pump.accept(event(0));
        pump.close();
        pump.accept(event(1));
        fx.runAll();
        assertTrue(sizes.isEmpty());
    }
}
