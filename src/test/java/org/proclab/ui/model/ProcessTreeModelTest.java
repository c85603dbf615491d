package org.proclab.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;

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
}
