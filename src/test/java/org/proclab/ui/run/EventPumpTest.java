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
    void accept_manyEventsFromAnotherThread_postsFewDrainsAndKeepsOrder() throws Exception {
        FakeFxThread fx = new FakeFxThread();
        List<Event> seen = new ArrayList<>();
        AtomicInteger batches = new AtomicInteger();
        EventPump pump = new EventPump(b -> {
            batches.incrementAndGet();
            seen.addAll(b);
        }, fx);
        Thread kernel = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                pump.accept(event(i));
            }
        });
        kernel.start();
        kernel.join();
        assertEquals(1, fx.postCount.get(), "one drain pending, however many events");
        fx.runAll();
        assertEquals(100_000, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i).seq());
        }
        assertEquals(100_000 / EventPump.MAX_BATCH, batches.get());
    }

    @Test
    void drainNow_appliesWhatIsQueued_atOnce() {
        FakeFxThread fx = new FakeFxThread();
        List<Event> seen = new ArrayList<>();
        EventPump pump = new EventPump(seen::addAll, fx);
        pump.accept(event(0));
        pump.accept(event(1));
        pump.drainNow();
        assertEquals(2, seen.size());
        fx.runAll();
        assertEquals(2, seen.size());
    }

    @Test
    void close_dropsQueuedAndLaterEvents() {
        FakeFxThread fx = new FakeFxThread();
        List<Event> seen = new ArrayList<>();
        EventPump pump = new EventPump(seen::addAll, fx);
        pump.accept(event(0));
        pump.close();
        pump.accept(event(1));
        fx.runAll();
        assertTrue(seen.isEmpty());
    }
}
