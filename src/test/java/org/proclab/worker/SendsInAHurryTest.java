package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.testing.Await;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * Hand-overs paid from credit: a burst goes out a few messages per write, whole and in order; one that comes
 * after a pause is written before {@code handOver} returns, as is everything before a call.
 */
@Tag("unit")
class SendsInAHurryTest {
    private static final long TARGET = 42;

    /** The socket as the worker writes to it: every write counted. */
    private static final class CountingWire extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;

        @Override
        public synchronized void write(int b) {
            writes++;
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
        }

        synchronized byte[] all() {
            return bytes.toByteArray();
        }

        synchronized int writes() {
            return writes;
        }
    }

    private final CountingWire wire = new CountingWire();
    private final ControlClient client = new ControlClient(new FrameOut(wire), new FrameIn(new ByteArrayInputStream(new byte[0])),
            new PolledIncoming(new ByteArrayInputStream(new byte[0])), false);

    @Test
    void aBurstOfSends_goesOutAFewPerWrite_wholeAndInOrder() throws Exception {
        client.addCredit(TARGET, 1 << 20);
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            assertEquals(null, client.handOver(Op.SEND, TARGET, TARGET, 0, -1, "m" + i, new byte[] {(byte) i}, null));
        }
        Await.until("every message written by the flusher", () -> sent().size() == n);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected.add("m" + i);
        }
        assertEquals(expected, sent(), "whole and in order");
        assertTrue(wire.writes() <= n / 2, "a few messages per write: " + wire.writes() + " writes for " + n);
    }

    @Test
    void aSendAfterAPause_isWrittenBeforeHandOverReturns() throws Exception {
        client.addCredit(TARGET, 1 << 20);
        Thread.sleep(5); // far more than the 200 us after which a hand-over writes at once
        client.handOver(Op.SEND, TARGET, TARGET, 0, -1, "alone", new byte[] {1}, null);
        assertEquals(List.of("alone"), sent(), "written by the sending thread itself");
    }

    @Test
    void aSendRightAfterACallReturns_isWrittenBeforeHandOverReturns() throws Exception {
        // the kernel's answer to the call (request 1), ready to be read
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        FrameOut reply = new FrameOut(answer);
        reply.frame(Wire.REPLY, f -> {
            f.writeInt(1);
            f.writeByte(Wire.OK);
            f.writeLong(0);
            f.writeLong(1 << 20); // credit for the send
            f.writeString(null);
            f.writeInt(0);
        });
        reply.flush();
        ByteArrayInputStream kernel = new ByteArrayInputStream(answer.toByteArray());
        ControlClient pingPong = new ControlClient(new FrameOut(wire), new FrameIn(kernel), new PolledIncoming(kernel), false);
        pingPong.handOver(Op.SEND, TARGET, TARGET, 0, -1, "ping", new byte[] {1}, null); // no credit yet: a call
        pingPong.handOver(Op.SEND, TARGET, TARGET, 0, -1, "pong", new byte[] {1}, null); // paid from the credit
        assertEquals(List.of("ping", "pong"), sent(), "an answer to what the call waited for goes at once");
    }

    @Test
    void theFlusher_sleepsWhenABurstEnds_andWakesForTheNextOne() throws Exception {
        client.addCredit(TARGET, 1 << 20);
        for (int i = 0; i < 100; i++) {
            client.handOver(Op.SEND, TARGET, TARGET, 0, -1, "first" + i, new byte[] {1}, null);
        }
        Await.until("the first burst written", () -> sent().size() == 100);
        Await.until("the flusher asleep", () -> asleep());
        for (int round = 0; round < 3; round++) {
            int before = sent().size();
            client.handOver(Op.SEND, TARGET, TARGET, 0, -1, "again", new byte[] {1}, null); // written at once: a pause
            client.handOver(Op.SEND, TARGET, TARGET, 0, -1, "left", new byte[] {1}, null); // left to the flusher
            Await.until("the flusher woken for the message left to it", () -> sent().size() == before + 2);
            Await.until("the flusher asleep again", () -> asleep());
        }
    }

    private boolean asleep() {
        try {
            return flusherState() == Thread.State.WAITING;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This client's flusher thread: WAITING when asleep, TIMED_WAITING while it writes a burst. */
    private Thread.State flusherState() throws ReflectiveOperationException {
        java.lang.reflect.Field f = ControlClient.class.getDeclaredField("flusher");
        f.setAccessible(true);
        return ((Thread) f.get(client)).getState();
    }

    /** The texts of the SEND operations on the wire so far (a frame being written is left out). */
    private List<String> sent() {
        FrameIn in = new FrameIn(new ByteArrayInputStream(wire.all()));
        List<String> texts = new ArrayList<>();
        try {
            readSends(in, texts);
        } catch (IOException cutShort) {
            // the flusher is writing the next frame
        }
        return texts;
    }

    private static void readSends(FrameIn in, List<String> texts) throws IOException {
        int type;
        while ((type = in.nextFrame()) >= 0) {
            assertEquals(Wire.OP, type);
            in.readInt();
            assertEquals(Op.SEND.ordinal(), in.readByte());
            in.readBoolean();
            in.readLong();
            in.readLong();
            in.readDouble();
            texts.add(in.readString());
            in.skipFrame(); // its payload, handles and call site
        }
    }
}
