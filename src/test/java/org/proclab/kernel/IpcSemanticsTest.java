package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.ipc.EofWaitsForEveryWriter;
import org.proclab.programs.ipc.LockSemantics;
import org.proclab.programs.ipc.Payloads;
import org.proclab.programs.ipc.PipeSemantics;
import org.proclab.programs.ipc.QueueSemantics;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/** Python's multiprocessing semantics, checked with real worker JVMs. */
@Tag("process")
class IpcSemanticsTest {
    private static final List<Cue> MAIN_WAITS = List.of(new Cue("main-waits", Cue.blocked("MainProcess", null)));

    @Test
    void pipe_rulesOfEndsClosingAndPolling() throws Exception {
        Runs.Outcome o = Runs.run(PipeSemantics.class);
        assertEquals(List.of(
                "b got 1, a got x",
                "1000 in order: true",
                "send on receive-only: IOException connection is read-only",
                "recv on send-only: IOException connection is write-only",
                "poll(0.3) on empty: false after >= 0.3 s: true",
                "poll() after send: true",
                "recv: hi, recvBytes length: 3",
                "closed twice: true",
                "send on closed: IOException handle is closed",
                "recv at eof: IOException the other end of the pipe is closed in every process and nothing is left to read"),
                o.stdout(o.result().mainPid()));
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void eof_underFork_onlyAfterTheChildsCopyOfTheWriteEndClosesAtItsExit() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, EofWaitsForEveryWriter.class, MAIN_WAITS);
        long holder = o.start("holder").pid();
        assertTrue(o.of(EventKind.HANDLE).stream().anyMatch(e -> e.pid() == holder && "pipe-1:1".equals(e.obj())
                && "fork".equals(e.text())), "the child got a copy of the write end");
        Event eof = o.of(EventKind.EOF).get(0);
        Event holderCloses = o.of(EventKind.CLOSE).stream()
                .filter(e -> e.pid() == holder && "pipe-1:1".equals(e.obj())).findFirst().orElseThrow();
        assertEquals("exit", holderCloses.text());
        assertTrue(holderCloses.seq() < eof.seq(), "EOF only after the last write handle closed");
        assertEquals(List.of("got last", "EOF"), o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.BLOCK).stream().anyMatch(e -> e.pid() == o.result().mainPid() && "recv()".equals(e.text())));
    }

    @Test
    void eof_underSpawn_atOnceBecauseTheChildCapturedNoHandle() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.SPAWN, EofWaitsForEveryWriter.class, MAIN_WAITS);
        long holder = o.start("holder").pid();
        assertTrue(o.of(EventKind.HANDLE).stream().noneMatch(e -> e.pid() == holder));
        Event eof = o.of(EventKind.EOF).get(0);
        assertTrue(eof.seq() < o.exit(holder).orElseThrow().seq(), "EOF while the child still runs");
        assertEquals(List.of("got last", "EOF"), o.stdout(o.result().mainPid()));
    }

    @Test
    void queue_fifoTimeoutBoundedAndManyToMany() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, QueueSemantics.class, List.of(new Cue("filler-blocked", Cue.blocked("filler", "put()"))));
        assertEquals(List.of(
                "fifo [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
                "get(0.3) raised Empty",
                "bounded qsize while producer waits 2",
                "bounded drained [0, 1, 2, 3, 4]",
                "many to many total " + (3 * 4950 + 100 * 1000 + 100 * 2000)),
                o.stdout(o.result().mainPid()));
        long filler = o.start("filler").pid();
        assertTrue(o.of(EventKind.BLOCK).stream().anyMatch(e -> e.pid() == filler && "put()".equals(e.text())),
                "the producer was blocked on the full queue");
    }

    @Test
    void lock_mutualExclusionUnlockedReleaseAndDeadHolder() throws Exception {
        Runs.Outcome o = Runs.run(LockSemantics.class);
        assertEquals(List.of(
                "locked total 200",
                "release of unlocked: release unlocked lock",
                "acquire(0.5) after holder died: false",
                "acquire(0) after release: true"),
                o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.NOTE).stream().anyMatch(e -> e.text().contains("lock-2 is still held by dies-holding")),
                o.of(EventKind.NOTE).toString());
    }

    @Test
    void payloads_allowListRefusesForeignJdkClasses_programClassesPass() throws Exception {
        Runs.Outcome o = Runs.run(Payloads.class);
        List<String> child = o.stdout(o.start("echo").pid());
        assertEquals("child got Point[x=1, y=2]", child.get(0));
        assertTrue(child.get(1).startsWith("child refused: could not read the message"), child.get(1));
        assertTrue(child.get(1).contains("refused java.net.URI: it is a JDK class"), child.get(1));
        assertEquals("child got [a, b]", child.get(2));
        assertEquals(List.of("main could not send: cannot send a java.util.ArrayList: it is or contains a "
                + "java.lang.Object, which is not Serializable"), o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.SEND).stream().anyMatch(e -> "Point[x=1, y=2]".equals(e.text())),
                "the kernel shows the sender's display string");
    }
}
