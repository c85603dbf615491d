package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.testing.Await;
import org.proclab.programs.pool.FiveSlots;
import org.proclab.programs.pool.JoinAfterCallbacks;
import org.proclab.programs.pool.KilledWorker;
import org.proclab.programs.pool.LongPoolLife;
import org.proclab.programs.pool.PoolMore;
import org.proclab.programs.pool.PoolSemantics;
import org.proclab.programs.pool.TerminateMidRun;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/** Python's Pool semantics with real worker JVMs. */
@Tag("process")
class PoolSemanticsTest {

    @Test
    void pool_applyMapImapCallbacksErrorsCloseJoinAndRecycling() throws Exception {
        Runs.Outcome o = Runs.run(PoolSemantics.class);
        List<Integer> squares = java.util.stream.IntStream.range(0, 20).map(i -> i * i).boxed().toList();
        assertEquals(List.of(
                "apply 49",
                "applyAsync 64 callback [64@parent]",
                "ready true successful true",
                "map chunk1 " + squares,
                "map default " + squares,
                "imap [1, 4, 9]",
                "imapUnordered finishes first 1 all [0, 1, 2, 3]",
                "task error java.lang.IllegalArgumentException | java.lang.IllegalArgumentException: bad argument 5"
                        + " | trace names fails: true | [error callback]",
                "after error the pool serves 9",
                "join before close: join() is only allowed after close() or terminate()",
                "submit after close: Pool not running: it was closed or terminated",
                "joined",
                "maxtasksperchild 2: distinct workers 2, pairs true",
                "captured list per task [1, 1, 1], the parent's []",
                "stateless function, tasks after the first [16, 25, 36]"),
                o.stdout(o.result().mainPid()));
        assertEquals(0, o.result().exitCode());
        // which callbacks wait for each task, as the pool view needs to tell "no callback yet" from "no callback"
        assertEquals(1, submitted(o, "square(8)").num(), "applyAsync with a callback");
        assertEquals(2, submitted(o, "fails(5)").num(), "applyAsync with only an error callback");
        assertEquals(0, submitted(o, "square(7)").num(), "apply has none");
    }

    private static Event submitted(Runs.Outcome o, String call) {
        return o.of(EventKind.TASK_SUBMIT).stream().filter(e -> call.equals(e.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + call + " in " + o.of(EventKind.TASK_SUBMIT)));
    }

    @Test
    void pool_workersAreChildrenOfTheCreator_callbacksRunInTheParent() throws Exception {
        Runs.Outcome o = Runs.run(FiveSlots.class);
        long main = o.result().mainPid();
        List<Event> workers = o.of(EventKind.START).stream().filter(e -> e.text().startsWith("PoolWorker-")).toList();
        assertEquals(5, workers.size());
        workers.forEach(w -> assertEquals(main, w.num(), "a pool worker's parent is the pool's creator"));
        List<Event> callbacks = o.of(EventKind.CALLBACK);
        assertEquals(10, callbacks.size());
        callbacks.forEach(c -> assertEquals(main, c.pid(), "callbacks run in the parent"));
        List<String> lines = o.stdout(main);
        assertEquals(10, lines.stream().filter(l -> l.matches("callback got 1\\d\\d in pid " + main)).count(), lines.toString());
        // Five slots: the sixth task starts only when one of the first five is done.
        List<Event> starts = o.of(EventKind.TASK_START);
        List<Event> dones = o.of(EventKind.TASK_DONE);
        assertEquals(10, starts.size());
        assertTrue(starts.get(5).seq() > dones.get(0).seq(), "at most five tasks run at once");
        assertEquals(5, starts.stream().limit(5).map(Event::pid).distinct().count());
    }

    @Test
    void join_returnsOnlyAfterEveryCallbackRan() throws Exception {
        Runs.Outcome o = Runs.run(JoinAfterCallbacks.class);
        List<String> out = o.stdout(o.result().mainPid());
        assertEquals(List.of("callback 0", "callback 2", "callback 4", "callback 6", "joined"),
                out.stream().sorted().toList(), out.toString());
        assertEquals("joined", out.get(out.size() - 1), "join() waited for the callbacks: " + out);
        assertEquals(4, o.of(EventKind.CALLBACK).size());
    }

    @Test
    void terminate_midRun_finishedTasksKeepResultsTheOthersFail() throws Exception {
        Runs.Outcome o = Runs.run(TerminateMidRun.class);
        List<String> lines = o.stdout(o.result().mainPid());
        assertEquals(10, lines.size(), lines.toString());
        for (int i = 0; i < 5; i++) {
            assertEquals("task " + i + ": " + (100 + i), lines.get(i));
        }
        for (int i = 5; i < 10; i++) {
            // terminate() comes right after the fifth result: a worker may not have taken its next task yet
            assertTrue(lines.get(i).matches("task " + i + ": failed: (PoolWorker-\\d+ \\(pid \\d+\\) ended \\(exit code -15\\) "
                    + "while running this task|the pool was terminated before this task ran)"), lines.get(i));
        }
        assertTrue(o.of(EventKind.POOL_STATE).stream().anyMatch(e -> "terminate".equals(e.text())));
    }

    @Test
    void pool_workerKilledFromOutside_taskFailsClearlyAndWorkerIsReplaced() throws Exception {
        Runs.Outcome o = Runs.run(KilledWorker.class);
        assertEquals(List.of(
                "failed: PoolWorker-1 (pid VICTIM) ended (exit code -9) while running this task",
                "replacement serves: true"), o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.START).stream().anyMatch(e -> "PoolWorker-2".equals(e.text())));
    }

    @Test
    void pool_starmapMapAsyncCallbacksImapUnorderedChunksInvalidArgumentsAndWithTerminates() throws Exception {
        Runs.Outcome o = Runs.run(PoolMore.class);
        List<String> out = o.stdout(o.result().mainPid());
        assertEquals(List.of(
                "starmap [3, 7, 11]",
                "starmapAsync [30]",
                "mapAsync [10, 20, 30], [callback [10, 20, 30] in parent true]",
                "mapAsync failed, [error_callback TaskError naming three: true]",
                "mapAsync with only an error callback [7], []",
                "map chunksize 0: Chunksize must be 1+, not 0",
                "imapUnordered chunksize 2: [2, 3, 0, 1]",
                "imapUnordered 1000 by 100: 1000 squares, sorted match: true",
                "imapUnordered chunksize 0: IllegalArgumentException Chunksize must be 1+, not 0",
                "imap chunksize -1: IllegalArgumentException Chunksize must be 1+, not -1",
                "Pool(0): IllegalArgumentException Number of processes must be at least 1",
                "Pool(3, -1): IllegalArgumentException maxtasksperchild must be a positive number or 0 (no limit)",
                "imapUnordered after close: IllegalStateException Pool not running: it was closed or terminated",
                "inside with: [2, 3]",
                "apply after with: refused"),
                out);
        assertTrue(o.of(EventKind.TASK_SUBMIT).stream().anyMatch(e -> e.text() != null && e.text().startsWith("add")),
                "a starmap task is named after its function: " + o.of(EventKind.TASK_SUBMIT));
        assertTrue(o.of(EventKind.CALLBACK).stream().anyMatch(e -> "error_callback".equals(e.text())));
        // starmap's three tasks and starmapAsync's one have no callback; each mapAsync's callback and error
        // callback wait for its last task, where they are recorded, and for no other; a map that returns with
        // only an error callback has none to wait for
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 3L, 0L, 0L, 3L, 2L),
                o.of(EventKind.TASK_SUBMIT).stream().limit(11).map(Event::num).toList());
        List<Event> callbacks = o.of(EventKind.CALLBACK);
        List<Event> submits = o.of(EventKind.TASK_SUBMIT);
        assertEquals(List.of(submits.get(6).obj(), submits.get(9).obj()), callbacks.stream().map(Event::obj).toList(),
                "the map's callbacks ran on its last task");
    }

    @Test
    void pool_manyTasksDone_theKernelKeepsNothingPerTask_andAResultDeliveredLongAgoIsStillKnown(@TempDir Path cues)
            throws Exception {
        try (Session s = Session.open()) {
            s.stopWhenDeadlocked();
            s.launch(new ProgramSpec(LongPoolLife.class.getName(), List.of(Runs.TEST_CLASSES), List.of(cues.toString()),
                    StartMethod.FORK));
            Await.event(s.eventLog(), "the early result printed",
                    e -> e.kind() == EventKind.OUTPUT && e.text() != null && e.text().startsWith("early"));
            // 2,001 tasks done, the pool still open: once the owner has reported their results delivered (its
            // result handler does so just after handing them over), the kernel holds no id of any of them
            Await.until("no task id kept by the kernel", () -> keptTaskIds(s.kernel()) == 0);
            Files.createFile(cues.resolve("inspected"));
            s.await(Await.PATIENCE);
            List<String> out = s.eventLog().snapshot().stream()
                    .filter(e -> e.kind() == EventKind.OUTPUT && e.pid() == s.mainPid() && "stdout".equals(e.obj()))
                    .map(Event::text).toList();
            assertEquals(List.of("mapped 2001000", "early 42"), out);
        }
    }

    /** The task ids the run's one pool keeps; -1 if there is no pool (so a pool gone cannot pass for one empty). */
    private static int keptTaskIds(Kernel k) {
        synchronized (k) {
            List<IpcObject.PoolObj> pools = k.ipc.handles.objects().stream().filter(o -> o instanceof IpcObject.PoolObj)
                    .map(o -> (IpcObject.PoolObj) o).toList();
            return pools.size() == 1 ? pools.get(0).outstanding.size() : -1;
        }
    }
}
