package org.proclab.ui.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.kernel.Scheduler;

/** The "Next operations" rows keep a stable order per process, however the releases reorder the queue. */
@Tag("unit")
class PendingOrderTest {
    private static final Map<Long, Integer> COLOUR = Map.of(10L, 0, 11L, 1, 12L, 2); // START order

    private static List<String> rows(List<Scheduler.Pending> oldestFirst) {
        List<Scheduler.Pending> sorted = new ArrayList<>(oldestFirst);
        sorted.sort(PendingPanel.byProcess(pid -> COLOUR.getOrDefault(pid, -1)));
        return sorted.stream().map(Scheduler.Pending::process).toList();
    }

    private static Scheduler.Pending op(long order, long pid, String name) {
        return new Scheduler.Pending(order, pid, name, "get() on value-1", "WithoutLock.java", 20);
    }

    @Test
    void rows_standInStartOrder_soTheSameButtonReleasesTheSameProcessTwice() {
        // Process-2 came first, then Process-1: the queue is oldest first
        List<Scheduler.Pending> queue = List.of(op(5, 12, "Process-2"), op(6, 11, "Process-1"));
        assertEquals(List.of("Process-1", "Process-2"), rows(queue));
        // Process-1 is released; its next operation joins the end of the queue: the rows do not move
        queue = List.of(op(5, 12, "Process-2"), op(7, 11, "Process-1"));
        assertEquals(List.of("Process-1", "Process-2"), rows(queue));
    }

    @Test
    void aProcessNotStartedYet_goesLast_andTwoOperationsOfOneProcessKeepTheirOrder() {
        List<Scheduler.Pending> queue = List.of(op(1, 99, "stranger"), op(3, 10, "MainProcess"), op(2, 10, "MainProcess"));
        List<Scheduler.Pending> sorted = new ArrayList<>(queue);
        sorted.sort(PendingPanel.byProcess(pid -> COLOUR.getOrDefault(pid, -1)));
        assertEquals(List.of(2L, 3L, 1L), sorted.stream().map(Scheduler.Pending::order).toList());
    }
}
