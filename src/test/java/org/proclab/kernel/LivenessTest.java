package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.liveness.BigMessage;
import org.proclab.programs.liveness.FrozenReader;
import org.proclab.programs.liveness.PipeFlood;
import org.proclab.programs.liveness.QueueMemory;
import org.proclab.programs.liveness.SmallHeapReader;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.model.ProcessTreeModel;

/** One process never stops the others: a reader that stops reading, a full pipe, full memory, a dying reader. */
@Tag("process")
class LivenessTest {

    @Test
    void frozenReader_othersGoOn_andItIsEndedWithAMessageNamingIt() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, Runs.limits(256L << 20, 64 << 10, 2), FrozenReader.class);
        long main = o.result().mainPid();
        long frozen = o.start("frozen").pid();
        assertEquals(List.of("frozen is stopped", "sent 50 MB", "ticks 100", "frozen exit code -9"), o.stdout(main),
                "the main process kept using the kernel while frozen's 50 MB answer waited unread");
        assertTrue(o.of(EventKind.NOTE).stream().anyMatch(e -> e.pid() == frozen
                && e.text().contains("ProcLab ended frozen (pid " + frozen + "): did not read its answers")), o.of(EventKind.NOTE).toString());
        assertTrue(o.lines(frozen, "jvm").stream().anyMatch(l -> l.startsWith("ProcLab ended this process")));
        assertNull(o.result().stoppedBy(), "the run ended by itself, not by a time-out");
    }

    @Test
    void stop_endsARunWhoseReaderIsFrozen() throws Exception {
        try (Session s = Session.open(StartMethod.FORK)) {
            s.launch(new ProgramSpec(FrozenReader.class.getName(), List.of(Runs.TEST_CLASSES), List.of(), StartMethod.FORK));
            Events.await(s, e -> e.kind() == EventKind.OUTPUT && "ticks 100".equals(e.text()));
            // frozen's answer waits unread (the stall bound is 30 s): Stop must still end everything now
            s.stop("user");
            RunResult r = s.await(Duration.ofSeconds(20));
            assertTrue(s.isFinished(), "still alive: " + s.kernel().describeLive());
            assertEquals("user", r.stoppedBy());
        }
    }

    @Test
    void pipeHolds64KiB_theWriterWaitsInSend_andNothingIsLost() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, PipeFlood.class, List.of(new Cue("writer-waits", Cue.blocked("writer", "send()"))));
        assertEquals(List.of("the writer waits in send()", "read 500"), o.stdout(o.result().mainPid()));
        long writer = o.start("writer").pid();
        int inFlight = 0;
        int most = 0;
        ProcessTreeModel tree = new ProcessTreeModel();
        boolean drawnBlocked = false;
        for (Event e : o.events()) {
            tree.apply(e);
            if (e.kind() == EventKind.SEND) {
                most = Math.max(most, ++inFlight);
            } else if (e.kind() == EventKind.RECV) {
                inFlight--;
            } else if (e.kind() == EventKind.BLOCK && e.pid() == writer && "send()".equals(e.text())) {
                drawnBlocked |= tree.process(writer).isBlocked();
            }
        }
        assertTrue(most <= 64, "at most 64 KiB in the pipe, so at most 64 messages of 1 KiB; there were " + most);
        assertTrue(drawnBlocked, "the writer is drawn blocked in send() while the pipe is full");
    }

    @Test
    void messageLargerThanThePipe_sendReturnsOnceTheReaderTookIt() throws Exception {
        Runs.Outcome o = Runs.run(BigMessage.class);
        long reader = o.start("reader").pid();
        Event recv = o.of(EventKind.RECV).stream().filter(e -> e.pid() == reader).findFirst().orElseThrow();
        Event sent = o.of(EventKind.OUTPUT).stream().filter(e -> "sent".equals(e.text())).findFirst().orElseThrow();
        assertTrue(recv.seq() < sent.seq(), "send() returned before the reader took the message");
        assertEquals(List.of("reader got 1048576"), o.stdout(reader));
    }

    @Test
    void kernelMemoryFull_putWaitsWithAnEventSayingWhy() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, Runs.limits(1 << 20, 64 << 10, 30), QueueMemory.class);
        long main = o.result().mainPid();
        assertTrue(o.of(EventKind.NOTE).stream().anyMatch(e -> e.pid() == main
                && e.text().contains("memory for queued items (1 MiB) is full")), o.of(EventKind.NOTE).toString());
        assertTrue(o.of(EventKind.BLOCK).stream().anyMatch(e -> e.pid() == main && "put()".equals(e.text())));
        assertFalse(o.stdout(main).contains("all put"));
        // nobody can ever take the items: a deadlock, reported
        assertTrue(o.of(EventKind.DEADLOCK).get(0).text().contains("put() on queue-1"), o.of(EventKind.DEADLOCK).toString());
    }

    @Test
    void readerThreadOutOfMemory_theWorkerEnds() throws Exception {
        Session s = Session.open(StartMethod.FORK, Session.DEFAULT_WORKER_FLAGS.replace("-Xmx256m", "-Xmx64m"));
        Runs.Outcome o = Runs.run(s, x -> { }, SmallHeapReader.class, "16");
        long reader = o.start("reader").pid();
        assertTrue(o.exit(reader).isPresent(), "the reader's JVM ended");
        assertTrue(o.stdout(reader).isEmpty(), "it never went on as if nothing happened: " + o.stdout(reader));
        assertTrue(ProcessHandle.of(reader).map(h -> !h.isAlive()).orElse(true), "no JVM left behind");
        assertEquals(0, o.result().exitCode(), o.stdout(o.result().mainPid()).toString());
    }
}
