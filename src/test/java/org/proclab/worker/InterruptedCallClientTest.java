package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.testing.Await;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * The worker's side of an interrupted call, against a kernel played by the test: it asks the kernel to
 * cancel the call and waits for the call's end. Cancelled, the interrupt is thrown; already answered (the
 * answer crossed the cancel on the wire), the answer is returned, so a message received is never dropped.
 */
@Tag("unit")
class InterruptedCallClientTest {
    private final PipedOutputStream toKernel = new PipedOutputStream();
    private final PipedInputStream kernelReads = new PipedInputStream(1 << 16);
    private final PipedOutputStream kernelWrites = new PipedOutputStream();
    private final PipedInputStream fromKernel = new PipedInputStream(1 << 16);
    private final FrameIn kernelIn;
    private final FrameOut kernelOut;
    private final ControlClient client;

    InterruptedCallClientTest() throws IOException {
        toKernel.connect(kernelReads);
        kernelWrites.connect(fromKernel);
        kernelIn = new FrameIn(kernelReads);
        kernelOut = new FrameOut(kernelWrites);
        client = new ControlClient(new FrameOut(toKernel), new FrameIn(fromKernel), new PolledIncoming(fromKernel), false);
        Thread reader = new Thread(() -> client.readLoop(() -> { }), "reader");
        reader.setDaemon(true);
        reader.start();
    }

    @Test
    void interrupt_whileWaiting_sendsCancelForThatCall_andThrowsWhenTheKernelCancelledIt() throws Exception {
        Outcome o = interruptedRecv(Wire.CANCELLED, null);
        assertInstanceOf(IllegalStateException.class, o.failure, String.valueOf(o.failure));
        assertTrue(o.stillInterrupted, "the thread stays interrupted");
    }

    @Test
    void interrupt_whoseCallWasAlreadyAnswered_returnsTheAnswer_noMessageLost() throws Exception {
        Outcome o = interruptedRecv(Wire.OK, new byte[] {42});
        assertEquals(null, o.failure);
        assertEquals(42, o.reply.payload()[0], "the message received is returned, not dropped");
        assertTrue(o.stillInterrupted, "the thread stays interrupted");
    }

    private Outcome interruptedRecv(byte answer, byte[] payload) throws Exception {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            Outcome o = new Outcome();
            try {
                o.reply = client.call(Op.RECV, 7);
            } catch (RuntimeException e) {
                o.failure = e;
            }
            o.stillInterrupted = Thread.currentThread().isInterrupted();
            done.complete(o);
        }, "caller");
        caller.start();
        int[] recv = readOp();
        assertEquals(Op.RECV.ordinal(), recv[1]);
        Await.until("the caller waits for its answer", () -> caller.getState() == Thread.State.TIMED_WAITING
                || caller.getState() == Thread.State.WAITING);
        caller.interrupt();
        int[] cancel = readOp();
        assertEquals(Op.CANCEL.ordinal(), cancel[1], "the call's cancel follows the interrupt");
        assertEquals(0, cancel[0], "a cancel wants no answer of its own");
        assertEquals(recv[0], cancel[2], "it names the interrupted call");
        assertTrue(!done.isDone(), "the caller waits for its call's end");
        kernelOut.frame(Wire.REPLY, f -> {
            f.writeInt(recv[0]);
            f.writeByte(answer);
            f.writeLong(0);
            f.writeLong(0);
            f.writeString(null);
            f.writeInt(payload == null ? 0 : 1);
            if (payload != null) {
                f.writeBytes(payload);
            }
        });
        kernelOut.flush();
        return done.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    /** Reads one OP frame as the kernel does: request id, op code, and {@code a}. */
    private int[] readOp() throws IOException {
        assertEquals(Wire.OP, kernelIn.nextFrame());
        int id = kernelIn.readInt();
        int op = kernelIn.readByte();
        kernelIn.readBoolean();
        kernelIn.readLong();
        long a = kernelIn.readLong();
        kernelIn.skipFrame();
        return new int[] {id, op, (int) a};
    }

    private static final class Outcome {
        Reply reply;
        RuntimeException failure;
        boolean stillInterrupted;
    }
}
