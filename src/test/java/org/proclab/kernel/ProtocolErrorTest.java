package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.hostile.BadFrames;
import org.proclab.programs.hostile.GoodThenBadFrames;
import org.proclab.trace.EventKind;

/** A frame that breaks the protocol ends its worker with a message, never a silent drop or a shifted parse. */
@Tag("process")
class ProtocolErrorTest {

    @Test
    void shortHugeOrUnknownFrame_endsThatWorkerWithAMessage_theRunGoesOn() throws Exception {
        Runs.Outcome o = Runs.run(BadFrames.class);
        assertEquals(List.of("short exit code -9", "huge exit code -9", "unknown exit code -9", "main goes on"),
                o.stdout(o.result().mainPid()));
        String[] why = {"runs", "a frame of 2147483647 bytes", "unknown frame type 99"};
        String[] kinds = {"short", "huge", "unknown"};
        for (int i = 0; i < kinds.length; i++) {
            long pid = o.start("bad-" + kinds[i]).pid();
            String expected = why[i];
            assertTrue(o.lines(pid, "jvm").stream().anyMatch(l -> l.startsWith("ProcLab ended this process: protocol error: ")
                    && l.contains(expected)), kinds[i] + ": " + o.lines(pid, "jvm"));
            assertTrue(o.of(EventKind.NOTE).stream().anyMatch(e -> e.pid() == pid && e.text().contains("protocol error")));
        }
        assertEquals(List.of(), o.of(EventKind.DEADLOCK));
    }

    @Test
    void goodFramesSentTogetherWithABadOne_areAllRecordedInOrder_beforeTheWorkerIsEnded() throws Exception {
        Runs.Outcome o = Runs.run(GoodThenBadFrames.class);
        assertEquals(List.of("exit code -9"), o.stdout(o.result().mainPid()));
        long pid = o.start("good-then-bad").pid();
        List<String> reports = o.of(EventKind.REPORT).stream().filter(e -> e.pid() == pid)
                .map(e -> e.obj() + "=" + e.text()).toList();
        assertEquals(List.of("sent=1", "sent=2", "sent=3", "sent=4", "sent=5"), reports);
        assertTrue(o.lines(pid, "jvm").stream().anyMatch(l -> l.contains("unknown frame type 99")), o.lines(pid, "jvm").toString());
    }
}
