package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.ipc.LentQueueItems;
import org.proclab.programs.ipc.LentThenStepped;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * A queue lends its one getter the items after the one it asked for (no round trip for the next gets); they
 * are still the queue's first items until taken, so every other process sees the queue as without lending.
 */
@Tag("process")
class QueueLoansTest {

    @Test
    void lentItems_areTakenInOrder_recalledForASecondGetter_andReturnedAtAnEndOrAClose() throws Exception {
        Runs.Outcome o = Runs.run(LentQueueItems.class);
        long main = o.result().mainPid();
        assertEquals(List.of(
                "alone got 0, holds 255",
                "alone got 1000 in order: true, holds 0",
                "shared qsize 0",
                "after its end qsize 4, got [2, 3, 4, 5]",
                "while lent qsize 4, empty false",
                "after its close got [2, 3, 4, 5]"), o.stdout(main));
        assertEquals(List.of("first got 1, holds 9", "first holds 0"), o.stdout(o.start("first").pid()));
        assertEquals(List.of("second got [2, 3, 4, 5, 6, 7, 8, 9, 10]"), o.stdout(o.start("second").pid()));
        assertEquals(List.of("ends got 1, holds 4"), o.stdout(o.start("ends").pid()));
        assertEquals(List.of("closer got 1, holds 4"), o.stdout(o.start("closer").pid()));
        assertEquals(0, o.result().exitCode());

        // every get is recorded once, by the process that took the item, in the queue's order
        assertEquals(gets(main, 0, 1000), got(o, "queue-1"));
        long first = o.start("first").pid();
        long second = o.start("second").pid();
        List<String> shared = got(o, "queue-2");
        assertEquals(first + " 1", shared.get(0));
        assertEquals(gets(second, 2, 9), shared.subList(1, 10));
        assertEquals(10, shared.size());
        assertEquals(List.of(o.start("ends").pid() + " 1", main + " 2", main + " 3", main + " 4", main + " 5"), got(o, "queue-3"));
        assertEquals(List.of(o.start("closer").pid() + " 1", main + " 2", main + " 3", main + " 4", main + " 5"), got(o, "queue-4"));
        // no get waited in the kernel: a get that waits for lent items to come back is not a BLOCK
        assertEquals(List.of(), o.of(EventKind.BLOCK).stream().filter(e -> "get()".equals(e.text())).toList());
    }

    @Test
    void stepMode_recallsWhatIsLent_andTheNextGetWaitsForItsTurn() throws Exception {
        Path cues = Files.createTempDirectory("proclab-cues");
        try (Session s = Session.open()) {
            s.launch(new ProgramSpec(LentThenStepped.class.getName(), List.of(Runs.TEST_CLASSES), List.of(cues.toString()),
                    StartMethod.FORK));
            Await.event(s.eventLog(), "the first get, with four lent", e -> e.kind() == EventKind.OUTPUT
                    && "got 1, holds 4".equals(e.text()));
            Scheduler sched = s.scheduler();
            sched.setMode(Scheduler.Mode.STEP);
            Files.createFile(cues.resolve("stepping"));
            Await.until("the next get held for its turn", () -> sched.pending().stream()
                    .anyMatch(p -> p.what().equals("get() on queue-1")));
            Scheduler.Pending get = sched.pending().get(0);
            assertEquals(List.of(1), getsOf(s), "nothing taken while it waits for its turn");
            sched.step(get.pid());
            Await.event(s.eventLog(), "the second get", e -> e.kind() == EventKind.OUTPUT && e.text().startsWith("got 2"));
            assertEquals(List.of(1, 2), getsOf(s));
            assertEquals("got 2, holds 0", s.eventLog().snapshot().stream()
                    .filter(e -> e.kind() == EventKind.OUTPUT && e.text().startsWith("got 2")).findFirst().orElseThrow().text(),
                    "in step mode a get lends nothing");
            sched.setMode(Scheduler.Mode.FREE);
            assertEquals(0, s.await(Await.PATIENCE).exitCode());
        } finally {
            Files.deleteIfExists(cues.resolve("stepping"));
            Files.deleteIfExists(cues);
        }
    }

    private static List<Integer> getsOf(Session s) {
        return s.eventLog().snapshot().stream().filter(e -> e.kind() == EventKind.GET).map(e -> Integer.parseInt(e.text())).toList();
    }

    private static List<String> got(Runs.Outcome o, String queue) {
        return o.of(EventKind.GET).stream().filter(e -> queue.equals(e.obj())).map(QueueLoansTest::who).toList();
    }

    private static String who(Event e) {
        return e.pid() + " " + e.text();
    }

    private static List<String> gets(long pid, int from, int n) {
        return java.util.stream.IntStream.range(from, from + n).mapToObj(i -> pid + " " + i).toList();
    }
}
