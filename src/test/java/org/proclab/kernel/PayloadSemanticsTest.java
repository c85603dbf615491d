package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.payload.HostileMessages;
import org.proclab.programs.payload.NullMessages;
import org.proclab.programs.payload.NullStreams;
import org.proclab.programs.payload.TooLargeMessage;
import org.proclab.trace.EventKind;

/** What crosses between real processes: None, too-large messages, hostile messages, and nulled streams. */
@Tag("process")
class PayloadSemanticsTest {

    @Test
    void sendAndPutOfNull_areReceivedAsNull_throughPipeQueueAndPool() throws Exception {
        Runs.Outcome o = Runs.run(NullMessages.class);
        assertEquals(List.of("recv None", "recv after", "get None", "get after"), o.stdout(o.start("receiver").pid()));
        assertEquals(List.of("child exit 0", "apply got None", "apply returns None", "map [a, None, c]"),
                o.stdout(o.result().mainPid()));
        assertTrue(o.of(EventKind.SEND).stream().anyMatch(e -> "None".equals(e.text())), "the views show None");
        assertTrue(o.of(EventKind.PUT).stream().anyMatch(e -> "None".equals(e.text())), "the views show None");
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void aMessageOver64MiB_failsInTheSender_andTheRunGoesOn() throws Exception {
        Runs.Outcome o = Runs.run(TooLargeMessage.class);
        assertEquals(List.of(
                "sendBytes: cannot send a byte[] of 68,157,440 bytes: a message may be at most 67,108,864 bytes (64 MiB), "
                        + "its one-byte tag included",
                "put: cannot send a java.util.ArrayList: it takes more than 67,108,864 bytes (64 MiB), the most a message may be",
                "apply: cannot send a pool task (its function and argument): it takes more than 67,108,864 bytes (64 MiB), "
                        + "the most a message may be",
                "receiver exit 0"),
                o.stdout(o.result().mainPid()));
        assertEquals(List.of("recv small", "get small"), o.stdout(o.start("receiver").pid()));
        assertNull(o.result().stoppedBy(), "no false DEADLOCK, no timeout");
        assertTrue(o.of(EventKind.DEADLOCK).isEmpty());
        assertEquals(0, o.result().exitCode());
    }

    @Test
    void aBombOrAForbiddenClass_isRefusedInTheReceiver_whichReadsOn() throws Exception {
        Runs.Outcome o = Runs.run(HostileMessages.class);
        List<String> got = o.stdout(o.start("receiver").pid());
        assertEquals(3, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("refused: could not read the message: refused java.util.HashSet: "
                + "followed through its shared parts"), got.get(0));
        assertTrue(got.get(1).startsWith("refused: could not read the message: refused java.net.URI: "), got.get(1));
        assertEquals("got after", got.get(2));
        assertEquals(List.of("receiver exit 0"), o.stdout(o.result().mainPid()));
    }

    @Test
    void systemSetOutNull_stillExitsZero_withWhatWasPrintedBefore() throws Exception {
        Runs.Outcome o = Runs.run(NullStreams.class);
        long child = o.start("silencer").pid();
        assertEquals(List.of("child printed before"), o.stdout(child));
        assertEquals(0, o.exit(child).orElseThrow().num());
        assertEquals(List.of("child exit 0", "main printed before"), o.stdout(o.result().mainPid()));
        assertEquals(0, o.result().exitCode());
    }
}
