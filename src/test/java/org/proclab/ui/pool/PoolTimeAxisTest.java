package org.proclab.ui.pool;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.ui.model.Events;

@Tag("unit")
class PoolTimeAxisTest {
    private static final long S = 1_000_000_000L;

    /** Events are 1 ms apart; the pool is created at 2 ms, its first task starts at 9 ms. */
    private static PoolSnapshot pool(boolean started) {
        Events log = Events.log().main(100).poolNew(100, "pool-1", 2).child(101, "PoolWorker-1", 100)
                .child(102, "PoolWorker-2", 100).submit(100, "pool-1/task-1", "work(0)")
                .submit(100, "pool-1/task-2", "work(1)").ready(101).ready(102).cpu(101, 5);
        if (started) {
            log.taskStart(101, "pool-1/task-1");
        }
        return log.pools().pool("pool-1");
    }

    @Test
    void of_startsWhenTheFirstTaskStarts_notWhenThePoolWasCreated() {
        PoolTimeAxis axis = PoolTimeAxis.of(pool(true), 100, 500);
        assertEquals(9_000_000L, axis.startNanos(), "the workers' start-up is not shown as empty chart");
        assertEquals(axis.startNanos() + S, axis.endNanos(), "at least a second");
        assertEquals(100, axis.xOf(axis.startNanos()), 1e-9);
        assertEquals(600, axis.xOf(axis.endNanos()), 1e-9);
        assertEquals(350, axis.xOf(axis.startNanos() + S / 2), 1e-9);
        assertEquals(100, axis.xOf(2_000_000L), 1e-9, "a worker that started earlier is drawn from the axis' start");
    }

    @Test
    void of_beforeAnyTaskRan_startsAtThePoolsCreation() {
        assertEquals(1_000_000L, PoolTimeAxis.of(pool(false), 0, 400).startNanos());
    }

    @Test
    void step_isTheSmallestUsualStep_thatKeepsTicksApart() {
        assertEquals(0.2, new PoolTimeAxis(0, S, 0, 400).step(), 1e-9, "64 px for 0.1 s needs 640 px");
        assertEquals(0.1, new PoolTimeAxis(0, S, 0, 640).step(), 1e-9);
        assertEquals(2, new PoolTimeAxis(0, 10 * S, 0, 400).step(), 1e-9);
        assertEquals(600, new PoolTimeAxis(0, 100_000 * S, 0, 400).step(), 1e-9, "the largest step at most");
    }

    @Test
    void ticks_fallOnWholeSteps_inSessionSeconds() {
        PoolTimeAxis axis = new PoolTimeAxis(3_300_000_000L, 8_300_000_000L, 50, 500);
        List<PoolTimeAxis.Tick> ticks = axis.ticks();
        assertEquals(1, axis.step(), 1e-9);
        assertEquals(List.of("4", "5", "6", "7", "8"), ticks.stream().map(PoolTimeAxis.Tick::label).toList());
        assertEquals(50 + 0.7 / 5 * 500, ticks.get(0).x(), 1e-6);
        assertTrue(ticks.stream().allMatch(t -> t.x() >= 50 && t.x() <= 550));
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"),
                new PoolTimeAxis(0, S, 0, 400).ticks().stream().map(PoolTimeAxis.Tick::label).toList());
    }
}
