package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.ipc.LentPipe;
import org.proclab.programs.ipc.PipeLentThenStepped;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * A pipe lent to its two holders: the reader takes the writer's copies, and the log is the one the kernel alone
 * would have written (every message sent once and received once, after its send, by the one process that reads;
 * each process's operations in its own order), through large messages, a message carrying a pipe end, a stream,
 * a third holder that makes the kernel ask the pipe back, and a writer killed mid-stream.
 */
@Tag("process")
class PipeLoansTest {

    @Test
    void lentPipes_deliverEveryMessageOnce_inOrder_andTheLogIsTheKernelsOwn() throws Exception {
        Runs.Outcome o = Runs.run(LentPipe.class);
        long main = o.result().mainPid();
        List<String> out = o.stdout(main);
        assertEquals("ping-pong right true, took copies true", out.get(0));
        assertEquals("mixed in order [], then EOF true, took copies true", out.get(1));
        assertEquals("the end it sent reads: through the end it sent", out.get(2));
        assertEquals("stream of 2000 in order true, copies taken at most one true", out.get(3));
        assertEquals("with a helper right true, then from the helper, after the helper", out.get(4));
        assertTrue(out.get(5).startsWith("after the kill in order true, then EOF; received "), out.get(5));
        assertEquals(6, out.size(), out.toString());
        assertEquals(List.of("echo answered 2000, took copies true"), o.stdout(o.start("echo").pid()));
        assertEquals(0, o.result().exitCode());

        // the ping-pong: 4,000 messages, each sent once and then received once, alternating in each process
        assertSentOnceThenReceivedOnce(o, "pipe-1", 4000);
        long echo = o.start("echo").pid();
        assertEquals(alternating(EventKind.SEND, EventKind.RECV, 2000), kinds(o, "pipe-1", main));
        assertEquals(alternating(EventKind.RECV, EventKind.SEND, 2000), kinds(o, "pipe-1", echo));

        // the mixed ping-pong: 600 messages, the large ones and the pipe end among them; the stream's 2,000
        assertSentOnceThenReceivedOnce(o, "pipe-2", 600);
        assertSentOnceThenReceivedOnce(o, "pipe-4", 2000);
        // the helper's message came through the kernel, in its place
        assertSentOnceThenReceivedOnce(o, "pipe-5", 402);
        // the flood: every message main took is one RECV in the log
        int received = Integer.parseInt(out.get(5).substring(out.get(5).lastIndexOf(' ') + 1));
        long recvs = o.events().stream().filter(e -> e.kind() == EventKind.RECV && e.obj().startsWith("pipe-6:")).count();
        assertEquals(received, recvs, "each message main took is one RECV in the log");
    }

    @Test
    void stepMode_asksThePipeBack_andEachOperationOfAnExchangeWaitsForItsTurn() throws Exception {
        Path cues = Files.createTempDirectory("proclab-cues");
        try (Session s = Session.open()) {
            s.launch(new ProgramSpec(PipeLentThenStepped.class.getName(), List.of(Runs.TEST_CLASSES),
                    List.of(cues.toString()), StartMethod.FORK));
            Await.event(s.eventLog(), "the ping-pong at full speed", e -> e.kind() == EventKind.OUTPUT
                    && "took copies at full speed true".equals(e.text()));
            Scheduler sched = s.scheduler();
            sched.setMode(Scheduler.Mode.STEP);
            Files.createFile(cues.resolve("stepping"));
            // each operation of the exchange waits for its turn: main's send and recv, the echo's send (its recv
            // was already waiting in the kernel), then the echo's next recv and main's close, perhaps, before main's
            // print is logged; stepped in whatever order they come
            List<String> stepped = new ArrayList<>();
            while (s.eventLog().snapshot().stream().noneMatch(e -> e.kind() == EventKind.OUTPUT
                    && e.text().startsWith("in step mode"))) {
                Await.until("an operation held for its turn, or the exchange done", () -> !sched.pending().isEmpty()
                        || s.eventLog().snapshot().stream().anyMatch(e -> e.kind() == EventKind.OUTPUT
                        && e.text().startsWith("in step mode")));
                if (!sched.pending().isEmpty()) {
                    Scheduler.Pending next = sched.pending().get(0);
                    stepped.add(next.what());
                    sched.step(next.pid());
                }
            }
            assertTrue(stepped.containsAll(List.of("send(1000) on pipe-1:0", "send(1001) on pipe-1:1", "recv() on pipe-1:0")),
                    "each message's send and main's recv waited for their turn: " + stepped);
            assertTrue(stepped.stream().allMatch(w -> w.equals("send(1000) on pipe-1:0") || w.equals("send(1001) on pipe-1:1")
                    || w.startsWith("recv() on pipe-1:") || w.equals("close() on pipe-1:0")), stepped.toString());
            sched.setMode(Scheduler.Mode.FREE);
            assertEquals(0, s.await(Await.PATIENCE).exitCode());
            assertTrue(s.eventLog().snapshot().stream().anyMatch(e -> e.kind() == EventKind.OUTPUT
                    && "in step mode got 1001, copies taken since 0".equals(e.text())));
        } finally {
            Files.deleteIfExists(cues.resolve("stepping"));
            Files.deleteIfExists(cues);
        }
    }

    /** Every RECV on the pipe comes after the SEND of the same message, and each message is sent and received once. */
    private static void assertSentOnceThenReceivedOnce(Runs.Outcome o, String pipe, int messages) {
        Set<Long> sent = new HashSet<>();
        Set<Long> received = new HashSet<>();
        for (Event e : o.events()) {
            if (e.obj() == null || !e.obj().startsWith(pipe + ":")) {
                continue;
            }
            if (e.kind() == EventKind.SEND) {
                assertTrue(sent.add(e.num()), "sent twice: " + e);
            } else if (e.kind() == EventKind.RECV) {
                assertTrue(sent.contains(e.num()), "received before it was sent: " + e);
                assertTrue(received.add(e.num()), "received twice: " + e);
            }
        }
        assertEquals(messages, sent.size(), pipe + " messages sent");
        assertEquals(messages, received.size(), pipe + " messages received");
    }

    private static List<EventKind> kinds(Runs.Outcome o, String pipe, long pid) {
        List<EventKind> k = new ArrayList<>();
        for (Event e : o.events()) {
            if (e.pid() == pid && e.obj() != null && e.obj().startsWith(pipe + ":")
                    && (e.kind() == EventKind.SEND || e.kind() == EventKind.RECV)) {
                k.add(e.kind());
            }
        }
        return k;
    }

    private static List<EventKind> alternating(EventKind first, EventKind second, int pairs) {
        List<EventKind> k = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            k.add(first);
            k.add(second);
        }
        return k;
    }
}
