package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.pool.LentTasks;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * A pool worker whose tasks are quick is lent a few more with each one it asks for; a free worker still gets
 * every task that waits, lent or not, and slow tasks (a lesson's) are never lent and start in order.
 */
@Tag("process")
class PoolLoansTest {

    @Test
    void quickTasksAreLent_recalledForAFreeWorker_slowOnesStartInOrder() throws Exception {
        Runs.Outcome o = Runs.run(LentTasks.class);
        assertEquals(List.of(
                "quick tasks ran with tasks lent: true",
                "a worker got stuck holding lent tasks: true",
                "the other worker ran the rest: true",
                "results: 399 their own, 1 stuck",
                "done"), o.stdout(o.result().mainPid()));
        assertEquals(0, o.result().exitCode());

        // every task started once and ended once, its start first
        Map<String, List<Event>> starts = byTask(o.of(EventKind.TASK_START));
        Map<String, List<Event>> ends = byTask(o.of(EventKind.TASK_DONE));
        assertEquals(starts.keySet(), ends.keySet());
        for (String task : starts.keySet()) {
            assertEquals(1, starts.get(task).size(), task);
            assertEquals(1, ends.get(task).size(), task);
            assertTrue(starts.get(task).get(0).seq() < ends.get(task).get(0).seq(), task);
            assertEquals(starts.get(task).get(0).pid(), ends.get(task).get(0).pid(), task + " ends in the worker that started it");
        }
        // the last six tasks sleep: never lent, so they start in the order they were given
        List<Long> lastStarts = o.of(EventKind.TASK_START).stream().map(PoolLoansTest::taskNumber)
                .filter(n -> n > starts.size() - 6).toList();
        assertEquals(lastStarts.stream().sorted().toList(), lastStarts);
        assertEquals(6, lastStarts.size());
    }

    private static Map<String, List<Event>> byTask(List<Event> events) {
        return events.stream().collect(Collectors.groupingBy(Event::obj, Collectors.mapping(Function.identity(), Collectors.toList())));
    }

    private static long taskNumber(Event e) {
        return Long.parseLong(e.obj().substring(e.obj().lastIndexOf('-') + 1));
    }
}
