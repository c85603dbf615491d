package org.proclab.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;

@Tag("unit")
class ProcessTreeModelTest {

    @Test
    void start_isStartingWithParent_beforeReady() {
        ProcessTreeModel m = Events.log().main(100).child(101, "Process-1", 100).tree();
        ProcessNode child = m.process(101);
        assertEquals(ProcState.STARTING, child.state());
        assertEquals("Process-1", child.name());
        assertEquals(100, child.ppid());
        assertEquals(List.of(101L), m.process(100).children());
        assertEquals(-1, child.cpuMillis());
        assertNull(child.exitCode());
    }

    @Test
    void ready_isRunning_afterStart() {
        ProcessTreeModel m = Events.log().main(100).ready(100).tree();
        assertEquals(ProcState.RUNNING, m.process(100).state());
    }

    @Test
    void exit_isZombieWithExitCode_untilJoined() {
        Events log = Events.log().main(100).ready(100).child(101, "quick", 100).ready(101)
                .exit(101, 0, "returned");
        ProcessNode zombie = log.tree().process(101);
        assertEquals(ProcState.ZOMBIE, zombie.state());
        assertEquals(0, zombie.exitCode());
        assertEquals("returned", zombie.endedHow());

        ProcessNode joined = log.join(100, 101, 0).tree().process(101);
        assertEquals(ProcState.EXITED, joined.state());
        assertEquals(0, joined.exitCode());
    }

    @Test
    void join_byApp_exitsMainProcess() {
        ProcessTreeModel m = Events.log().main(100).ready(100).exit(100, 0, "returned").join(Events.APP, 100, 0).tree();
        assertEquals(ProcState.EXITED, m.process(100).state());
        assertEquals(1, m.processes().size(), "the app that joins main is not a process of the tree");
    }

    @Test
    void join_bySystem_collectsZombieWhoseParentEnded() {
        ProcessTreeModel m = Events.log().main(100).child(101, "c", 100).child(102, "gc", 101)
                .exit(101, -15, "terminated (SIGTERM)").orphan(102, 1).exit(102, 0, "returned").join(1, 102, 0).tree();
        assertEquals(ProcState.EXITED, m.process(102).state());
        assertEquals(ProcState.ZOMBIE, m.process(101).state());
    }

    @Test
    void exitCodes_keptAsReported_forEveryWayToEnd() {
        Events log = Events.log().main(100);
        int[] codes = {0, 1, 3, -15, -9};
        for (int i = 0; i < codes.length; i++) {
            log.child(101 + i, "c" + i, 100).exit(101 + i, codes[i], "how " + i).join(100, 101 + i, codes[i]);
        }
        ProcessTreeModel m = log.tree();
        for (int i = 0; i < codes.length; i++) {
            ProcessNode n = m.process(101 + i);
            assertEquals(codes[i], n.exitCode());
            assertEquals(codes[i] != 0, n.failed());
        }
    }

    @Test
    void exitWithoutCode_isUnknown_untilJoinTellsIt() {
        Events log = Events.log().main(100).child(101, "c", 100).exitUnknown(101);
        assertNull(log.tree().process(101).exitCode());
        assertEquals(7, log.join(100, 101, 7).tree().process(101).exitCode());
    }

    @Test
    void orphan_isFlaggedWithNewPpid_andStaysUnderItsParentInTheTree() {
        ProcessTreeModel m = Events.log().main(100).child(102, "middle", 100).child(103, "grandchild", 102)
                .ready(103).exit(102, -15, "terminated").orphan(103, 1).tree();
        ProcessNode orphan = m.process(103);
        assertTrue(orphan.orphan());
        assertEquals(1, orphan.ppid());
        assertEquals(102, orphan.parentPid());
        assertEquals(ProcState.RUNNING, orphan.state());
        assertEquals(List.of(103L), m.process(102).children());
    }

    @Test
    void cpu_updatesCpuTime() {
        ProcessTreeModel m = Events.log().main(100).ready(100).cpu(100, 330).cpu(100, 410).tree();
        assertEquals(410, m.process(100).cpuMillis());
    }

    @Test
    void colorIndexAndChildren_followStartOrder() {
        ProcessTreeModel m = Events.log().main(100).child(103, "a", 100).child(101, "b", 100).child(102, "c", 103).tree();
        assertEquals(List.of(103L, 101L), m.process(100).children());
        assertEquals(0, m.process(100).colorIndex());
        assertEquals(1, m.process(103).colorIndex());
        assertEquals(2, m.process(101).colorIndex());
        assertEquals(3, m.process(102).colorIndex());
        assertEquals(List.of(m.process(100)), m.roots());
    }

    @Test
    void foldOf_prefix_equalsStateAfterThatEvent() {
        List<Event> all = Events.zombieAndOrphan().list();
        ProcessTreeModel stepwise = new ProcessTreeModel();
        for (int k = 0; k < all.size(); k++) {
            stepwise.apply(all.get(k));
            ProcessTreeModel replay = ProcessTreeModel.foldOf(all, k + 1);
            assertEquals(List.copyOf(stepwise.processes()), List.copyOf(replay.processes()), "after event " + k);
        }
    }

    @Test
    void eventsAboutUnknownProcesses_areIgnored() {
        ProcessTreeModel m = Events.log().cpu(999, 5).exit(999, 0, "x").join(1, 999, 0).orphan(999, 1).tree();
        assertTrue(m.processes().isEmpty());
        assertNull(m.main());
    }

    @Test
    void stop_recordsWhoStopped_firstOneWins() {
        ProcessTreeModel m = Events.log().main(100).stop("user").stop("app closing").tree();
        assertEquals("user", m.stoppedBy());
    }

    @Test
    void changeCount_staysPut_forOutput() {
        Events log = Events.log().main(100);
        long before = log.tree().changeCount();
        assertEquals(before, log.out(100, "hello").out(100, "again").tree().changeCount());
        assertFalse(log.tree().processes().isEmpty());
    }

    // ---- blocking calls and deadlocks ---------------------------------------------------------------

    @Test
    void block_isBlockedInThatCall_untilRecvReturns() {
        Events log = Events.log().main(100).ready(100).child(101, "consumer", 100).ready(101)
                .block(101, "pipe-1:0", "recv()");
        BlockedCall b = log.tree().process(101).blocked();
        assertEquals("recv()", b.call());
        assertEquals("pipe-1:0", b.object());
        assertEquals("pipe-1:0", b.label());
        assertNull(log.tree().process(100).blocked(), "only the process that waits");
        assertNull(log.recv(101, "pipe-1:0", "1", 1).tree().process(101).blocked());
    }

    @Test
    void block_endsWithEof_timeout_exit_andTaskStart() {
        Events base = Events.log().main(100).ready(100).block(100, "pipe-1:0", "recv()");
        assertNull(base.eof(100, "pipe-1:0").tree().process(100).blocked());
        Events timed = Events.log().main(100).ready(100).block(100, "queue-1", "get()").timeout(100, "queue-1", "get()");
        assertNull(timed.tree().process(100).blocked());
        Events exits = Events.log().main(100).ready(100).block(100, "lock-1", "acquire()").exit(100, -15, "terminated");
        assertNull(exits.tree().process(100).blocked(), "an ended process waits for nothing");
        Events worker = Events.log().main(100).poolNew(100, "pool-1", 1).child(101, "PoolWorker-1", 100).ready(101)
                .block(101, "pool-1", "next task");
        assertTrue(worker.tree().process(101).blocked().waitsForTask());
        assertNull(worker.submit(100, "pool-1/task-1", "work(1)").taskStart(101, "pool-1/task-1").tree().process(101).blocked());
    }

    @Test
    void blockInJoin_namesTheChild_andEndsWithTheJoin() {
        Events log = Events.log().main(100).ready(100).child(101, "consumer", 100).block(100, "101", "join()");
        assertEquals("consumer (101)", log.tree().process(100).blocked().label());
        ProcessTreeModel joined = log.exit(101, 0, "returned").join(100, 101, 0).tree();
        assertNull(joined.process(100).blocked());
        assertEquals(ProcState.EXITED, joined.process(101).state());
    }

    @Test
    void blockForPoolResults_isNotShown_itIsTheResultHandlerThreadNotMain() {
        ProcessTreeModel m = Events.log().main(100).ready(100).poolNew(100, "pool-1", 2).block(100, "pool-1", "results").tree();
        assertNull(m.process(100).blocked());
    }

    @Test
    void deadlock_marksTheStuckProcesses_andKeepsTheExplanation() {
        ProcessTreeModel m = Events.log().main(100).ready(100).child(101, "consumer", 100).child(102, "other", 100)
                .block(101, "pipe-1:0", "recv()").block(100, "101", "join()")
                .deadlock("100,101", "no process can go on. consumer (pid 101) waits in recv() on pipe-1:0").tree();
        assertTrue(m.process(100).deadlocked());
        assertTrue(m.process(101).deadlocked());
        assertFalse(m.process(102).deadlocked());
        assertEquals(List.of(100L, 101L), m.deadlock().pids());
        assertTrue(m.deadlock().explanation().startsWith("no process can go on."));
        assertNotNull(m.process(101).blocked(), "still blocked: the run goes on until Stop");
    }

    @Test
    void recordedForgotClose_consumerBlockedInRecv_mainInJoin_thenBothDeadlocked() {
        List<Event> events = TraceFixtures.load(TraceFixtures.PIPE_FORGOT_CLOSE);
        long main = TraceFixtures.pidOf(events, "MainProcess");
        long consumer = TraceFixtures.pidOf(events, "consumer");
        ProcessTreeModel before = ProcessTreeModel.foldOf(events, TraceFixtures.before(events, TraceFixtures.kind(EventKind.DEADLOCK)));
        assertEquals(new BlockedCall("recv()", "pipe-1:0", "pipe-1:0", before.process(consumer).blocked().sinceSeq()),
                before.process(consumer).blocked());
        assertEquals("join()", before.process(main).blocked().call());
        assertEquals("consumer (" + consumer + ")", before.process(main).blocked().label());
        assertNull(before.deadlock());

        ProcessTreeModel after = ProcessTreeModel.foldOf(events, TraceFixtures.through(events, TraceFixtures.kind(EventKind.DEADLOCK)));
        assertTrue(after.process(consumer).deadlocked());
        assertTrue(after.process(main).deadlocked());
        assertTrue(after.deadlock().explanation().contains("pipe-1:1"), after.deadlock().explanation());

        ProcessTreeModel end = ProcessTreeModel.foldOf(events, events.size());
        assertNull(end.process(consumer).blocked(), "stopped: nobody waits any more");
        assertTrue(end.process(consumer).deadlocked(), "but the finding stays on record");
    }
}
