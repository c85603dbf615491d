package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.lessons.createprocess.ExitCodes;
import org.proclab.programs.Family;
import org.proclab.programs.JvmHandlesSigterm;
import org.proclab.programs.MainExits;
import org.proclab.programs.MainThrows;
import org.proclab.programs.Outputs;
import org.proclab.programs.ZombieThenOrphan;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

@Tag("process")
class ProcessSemanticsTest {

    @Test
    void pids_childAndGrandchildReportOsParents_threeGenerations() throws Exception {
        Runs.Outcome o = Runs.shared(Family.class);
        long main = o.result().mainPid();
        long child = o.start("child").pid();
        long grandchild = o.start("grandchild").pid();

        assertEquals(main, o.printed(main, "pid"));
        assertEquals(main, o.printed(child, "ppid"), "the child's ppid is the main process");
        assertEquals(child, o.printed(grandchild, "ppid"), "the grandchild's ppid is the child");
        assertEquals(child, o.printed(child, "pid"));
        assertEquals(main, o.start("child").num(), "START event carries the OS parent");
        assertEquals(child, o.start("grandchild").num());
        assertEquals(List.of("child exit 0"), o.stdout(main).subList(2, 3));
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void exitCodes_followPython_returnExceptionExitTerminateKill() throws Exception {
        Runs.Outcome o = Runs.shared(ExitCodes.class);
        assertEquals(0, o.exitCode("returns"));
        assertEquals(1, o.exitCode("throws"));
        assertEquals(3, o.exitCode("exits"));
        assertEquals(-15, o.exitCode("terminated"));
        assertEquals(-9, o.exitCode("killed"));
        assertEquals(List.of("returns: exit code 0", "throws: exit code 1", "exits: exit code 3",
                "terminated: exit code -15", "killed: exit code -9"), o.stdout(o.result().mainPid()));
    }

    @Test
    void terminate_whileTheJvmsOwnHandlerHasSigterm_isStillMinus15_notSystemExit143() throws Exception {
        Runs.Outcome o = Runs.run(JvmHandlesSigterm.class);
        assertEquals(-15, o.exitCode("terminated"));
        assertEquals(List.of("terminated: exit code -15"), o.stdout(o.result().mainPid()));
        assertEquals(List.of("printed before the signal"), o.stdout(o.start("terminated").pid()));
    }

    @Test
    void exception_stackTraceInThatProcessesStderr_exitCode1() throws Exception {
        Runs.Outcome o = Runs.shared(ExitCodes.class);
        List<String> err = o.lines(o.start("throws").pid(), "stderr");
        assertEquals("Process throws:", err.get(0));
        assertTrue(err.get(1).contains("IllegalStateException: something went wrong in the child"), err.toString());
        assertTrue(err.stream().anyMatch(l -> l.contains("ExitCodes.failing(ExitCodes.java")), err.toString());
    }

    @Test
    void mainThrows_exitCode1WithTraceback() throws Exception {
        Runs.Outcome o = Runs.run(MainThrows.class);
        assertEquals(1, o.result().exitCode());
        List<String> err = o.lines(o.result().mainPid(), "stderr");
        assertTrue(err.get(0).contains("IllegalArgumentException: bad input in main"), err.toString());
    }

    @Test
    void systemExitInMain_joinsChildrenFirst_exitCodeIsTheArgument() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, MainExits.class, List.of(new Cue("main-joins", Cue.blocked("MainProcess", "join()"))));
        assertEquals(7, o.result().exitCode());
        assertEquals(List.of("slow child done"), o.stdout(o.start("slow").pid()));
        Event childExit = o.exit(o.start("slow").pid()).orElseThrow();
        Event mainExit = o.exit(o.result().mainPid()).orElseThrow();
        assertTrue(childExit.seq() < mainExit.seq(), "the child ends before the main process");
    }

    private static Runs.Outcome zombieThenOrphan;

    /** One run for the zombie test and the orphan test: each reads its own part of it. */
    private static synchronized Runs.Outcome zombieThenOrphan() throws Exception {
        if (zombieThenOrphan == null) {
            zombieThenOrphan = Runs.run(StartMethod.FORK, ZombieThenOrphan.class, List.of(
                    new Cue("quick-exited", Cue.exitOf("quick")),
                    new Cue("grandchild-orphaned", Cue.orphaned("grandchild"))));
        }
        return zombieThenOrphan;
    }

    @Test
    void zombie_exitedChildStaysUncollectedUntilJoined() throws Exception {
        Runs.Outcome o = zombieThenOrphan();
        long quick = o.start("quick").pid();
        Event exit = o.exit(quick).orElseThrow();
        Event join = o.of(EventKind.JOIN).stream().filter(e -> e.obj().equals(Long.toString(quick))).findFirst().orElseThrow();
        Event zombieLine = o.events().stream().filter(e -> e.kind() == EventKind.OUTPUT
                && e.text().contains("it is a zombie")).findFirst().orElseThrow();
        assertTrue(exit.seq() < zombieLine.seq() && zombieLine.seq() < join.seq(),
                "exit, then the main program speaks while the child is a zombie, then join");
        assertEquals(o.result().mainPid(), join.pid(), "the parent collects it");
        assertEquals(0, join.num());
    }

    @Test
    void orphan_grandchildOutlivesItsTerminatedParent_andIsAdopted() throws Exception {
        Runs.Outcome o = zombieThenOrphan();
        long middle = o.start("middle").pid();
        long grandchild = o.start("grandchild").pid();
        assertEquals(-15, o.exitCode("middle"));
        Event orphan = o.of(EventKind.ORPHAN).stream().filter(e -> e.pid() == grandchild).findFirst().orElseThrow();
        assertTrue(orphan.num() != middle, "adopted by another process");
        List<String> said = o.stdout(grandchild);
        assertEquals("grandchild: my parent is " + middle, said.get(0));
        assertTrue(!said.get(1).endsWith(" " + middle), said.toString());
        assertEquals(0, o.exitCode("grandchild"), "the orphan finishes its work");
    }

    @Test
    void output_everyLineAttributed_crlfAndRawJvmOutputIncluded() throws Exception {
        Runs.Outcome o = Runs.run(Outputs.class);
        long printer = o.start("printer").pid();
        assertEquals(List.of("to stdout", "windows line", "old mac line", "unfinished"), o.stdout(printer));
        assertEquals(List.of("to stderr"), o.lines(printer, "stderr"));
        assertEquals(List.of("written by the JVM, not System.out"), o.lines(printer, "jvm"));
        assertTrue(o.stdout(o.result().mainPid()).isEmpty());
    }

    @Test
    void exitEvents_bothProcesses_noneLeftRunning() throws Exception {
        Runs.Outcome o = Runs.shared(Family.class);
        for (Event start : o.of(EventKind.START)) {
            assertTrue(o.exit(start.pid()).isPresent(), "exit of " + start.text());
            Await.exit(start.pid());
        }
        assertNull(o.result().stoppedBy());
    }

    @Test
    void cpuSampler_reportsARunningProcesssCpuTime_beforeItEnds() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, org.proclab.programs.BurnsUntilSampled.class, List.of(new Cue("sampled",
                (e, names) -> e.kind() == EventKind.CPU && "MainProcess".equals(names.get(e.pid())) && e.num() >= 50)));
        long main = o.result().mainPid();
        assertEquals(List.of("sampled true"), o.stdout(main));
        long exitSeq = o.of(EventKind.EXIT).stream().filter(e -> e.pid() == main).findFirst().orElseThrow().seq();
        assertTrue(o.of(EventKind.CPU).stream().anyMatch(e -> e.pid() == main && e.num() >= 50 && e.seq() < exitSeq),
                "a CPU sample of at least 50 ms while it ran: " + o.of(EventKind.CPU));
    }
}
