package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.spare.KilledParent;
import org.proclab.programs.spare.PoolThenChild;
import org.proclab.programs.spare.PrintsOnly;
import org.proclab.programs.spare.SpareBeforeFirstStart;
import org.proclab.programs.spare.TwoChildren;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.model.ProcessTreeModel;

/**
 * The spare JVM a parent starts ahead for its next child: the child that takes it has the real pid and
 * parent, the spare itself is never a process of the run (no event, no node, not an active child), and
 * it never outlives its parent, whether the run ends or the parent is killed.
 */
@Tag("process")
class SpareJvmTest {

    @Test
    void start_childTakesTheSpare_realPidAndParent_spareNeverShownAsAProcess() throws Exception {
        Runs.Outcome o = Runs.run(TwoChildren.class);
        long main = o.result().mainPid();
        Set<Long> processes = startedPids(o.events());
        long first = o.start("first").pid();
        long second = o.start("second").pid();
        assertTrue(o.start("first").seq() < o.start("second").seq(), "started in program order");

        List<String> said = o.stdout(main);
        assertEquals("first " + first, said.get(0), "Process.pid() is the pid of the OS child");
        assertEquals("active 0", said.get(1));
        int afterSecond = said.indexOf("second " + second);
        // the finished first child may still be listed until the OS has reaped it
        List<Long> sparesAfterFirst = osChildren(said.subList(2, afterSecond), Set.of(first));
        assertEquals("active 0", said.get(afterSecond + 1), "a spare is never an active child");
        List<Long> sparesAfterSecond = osChildren(said.subList(afterSecond + 2, said.size()), processes);

        assertEquals(List.of(second), sparesAfterFirst, "the second child is the spare that waited after the first start");
        for (long child : List.of(first, second)) {
            assertEquals(child, o.printed(child, "pid"));
            assertEquals(main, o.printed(child, "ppid"), "the child's OS parent is the main process");
            assertEquals(main, o.start(child == first ? "first" : "second").num());
        }
        Event secondStart = o.start("second");
        assertTrue(o.events().stream().noneMatch(e -> e.seq() < secondStart.seq() && mentions(e, second)),
                "nothing of the spare shows before it becomes the second child");

        assertEquals(1, sparesAfterSecond.size(), "a spare waits for a third start: " + said);
        long unused = sparesAfterSecond.get(0);
        assertTrue(o.events().stream().noneMatch(e -> mentions(e, unused)), "the unused spare is in no event");
        ProcessTreeModel tree = ProcessTreeModel.foldOf(o.events(), o.events().size());
        assertNull(tree.process(unused), "nor in the process tree");
        assertEquals(Set.of(main, first, second), tree.processes().stream().map(n -> n.pid()).collect(Collectors.toSet()));
        Await.exit(unused); // the run has ended: the spare must not outlive it
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void aPool_bootsNoSpareBesideItsTasks_theNextStartPreparesOne() throws Exception {
        Runs.Outcome o = Runs.run(PoolThenChild.class);
        long main = o.result().mainPid();
        List<String> said = o.stdout(main);
        assertEquals("map [2, 4, 6]", said.get(0));
        Set<Long> workers = java.util.Arrays.stream(said.get(1).replaceAll("[^0-9,]", "").split(","))
                .map(Long::valueOf).collect(Collectors.toSet());
        assertEquals(2, workers.size(), said.get(1));
        Set<Long> processes = startedPids(o.events());
        int afterChild = said.indexOf(said.stream().filter(l -> l.startsWith("child ")).findFirst().orElseThrow());
        // a spare would be a JVM beside the workers here (and would become the child: so not all processes count)
        assertEquals(List.of(), osChildren(said.subList(2, afterChild), workers),
                "after the pool's work, only its workers: " + said);
        assertEquals(1, osChildren(said.subList(afterChild + 1, said.size()), processes).size(),
                "after a Process.start(), a spare waits for the next: " + said);
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void aMainThatNamesProcess_bootsItsSpareBeforeItsFirstStart_andTheChildTakesIt() throws Exception {
        Runs.Outcome o = Runs.run(SpareBeforeFirstStart.class);
        List<String> said = o.stdout(o.result().mainPid());
        long child = o.start("child").pid();
        assertEquals(List.of("os child " + child, "child " + child), said, "the child is the spare booted before the start");
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void aMainThatStartsNoProcess_bootsNoSpare() throws Exception {
        Runs.Outcome o = Runs.run(PrintsOnly.class);
        assertEquals(List.of("hello", "done"), o.stdout(o.result().mainPid()), "no OS child: no spare booted for nothing");
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void parentKilled_itsSpareEndsOnItsOwn() throws Exception {
        try (Session s = Session.open(StartMethod.FORK)) {
            s.launch(new ProgramSpec(KilledParent.class.getName(), List.of(Runs.TEST_CLASSES), List.of(), StartMethod.FORK));
            long parent = Events.await(s, e -> e.kind() == EventKind.OUTPUT && "holding a spare".equals(e.text())).pid();
            Set<Long> processes = startedPids(s.eventLog().snapshot());
            List<Long> spares = spares(ProcessHandle.of(parent).orElseThrow().children(), processes);
            assertEquals(1, spares.size(), "the parent holds one spare for its next start: " + spares);

            ProcessHandle.of(parent).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL: no clean-up in the parent
            Await.exit(spares.get(0)); // its standard input reached end of file: nobody else ends it

            RunResult r = s.await(Await.PATIENCE);
            assertNull(r.stoppedBy());
            long main = r.mainPid();
            assertEquals(List.of("parent exit -9"), s.eventLog().snapshot().stream()
                    .filter(e -> e.kind() == EventKind.OUTPUT && e.pid() == main).map(Event::text).toList());
            assertFalse(s.eventLog().snapshot().stream().anyMatch(e -> mentions(e, spares.get(0))));
        }
    }

    static Set<Long> startedPids(List<Event> events) {
        return events.stream().filter(e -> e.kind() == EventKind.START).map(Event::pid).collect(Collectors.toSet());
    }

    /**
     * The JVMs among these processes that were started as spares and are no process of the run (a spare
     * that became a child keeps its command line).
     */
    static List<Long> spares(java.util.stream.Stream<ProcessHandle> processes, java.util.Collection<Long> ofTheRun) {
        return processes.filter(h -> h.info().arguments().map(a -> a.length > 0 && a[a.length - 1].equals("spare")).orElse(false))
                .map(ProcessHandle::pid).filter(pid -> !ofTheRun.contains(pid)).toList();
    }

    /** The pids of lines "os child N", but for those of {@code processes}. */
    private static List<Long> osChildren(List<String> lines, Set<Long> processes) {
        List<Long> out = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("os child ")) {
                long pid = Long.parseLong(l.substring("os child ".length()));
                if (!processes.contains(pid)) {
                    out.add(pid);
                }
            }
        }
        return out;
    }

    private static boolean mentions(Event e, long pid) {
        return e.pid() == pid || Long.toString(pid).equals(e.obj()) || e.num() == pid;
    }
}
