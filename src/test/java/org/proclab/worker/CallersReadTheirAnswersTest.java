package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.testing.Await;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * A thread that calls the kernel reads its own answer from the connection, and the threads of one worker share
 * that reading: an answer for a thread that is not reading reaches it at once, a thread that stops reading hands
 * the reading on, and what comes while nobody calls (a probe) is still answered. Over a real socket, against a
 * kernel played by the test.
 */
@Tag("unit")
class CallersReadTheirAnswersTest {
    private final PlayedKernel kernel;

    CallersReadTheirAnswersTest(@TempDir Path dir) throws IOException {
        kernel = new PlayedKernel(dir);
    }

    @AfterEach
    void close() throws IOException {
        kernel.close();
    }

    @Test
    void theSecondCallersAnswer_reachesIt_whileTheFirstCallStillWaits() throws Exception {
        twoCallers(false);
    }

    @Test
    void theFirstCallersAnswer_reachesIt_andTheSecondCallerStillGetsItsOwn() throws Exception {
        twoCallers(true);
    }

    private void twoCallers(boolean firstAnsweredFirst) throws Exception {
        CompletableFuture<Reply> first = callOn("first", Op.RECV, null);
        int firstId = readOp()[0];
        CompletableFuture<Reply> second = callOn("second", Op.QSIZE, null);
        int secondId = readOp()[0];

        int answeredId = firstAnsweredFirst ? firstId : secondId;
        reply(answeredId, 11);
        CompletableFuture<Reply> answered = firstAnsweredFirst ? first : second;
        CompletableFuture<Reply> waiting = firstAnsweredFirst ? second : first;
        assertEquals(11, answered.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS).value(), "its answer, not the other's");
        Thread.sleep(50);
        assertFalse(waiting.isDone(), "the other call has no answer yet and goes on waiting");

        reply(firstAnsweredFirst ? secondId : firstId, 22);
        assertEquals(22, waiting.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS).value(),
                "the thread left waiting reads (or is handed) its own answer");
    }

    @Test
    void aProbe_whileTheProgramsThreadReadsForItsAnswer_isAnswered_andCountsThatThreadAsWaiting() throws Exception {
        ThreadGroup program = new ThreadGroup("program");
        CompletableFuture<Reply> call = callOn("main", Op.RECV, program);
        int id = readOp()[0];

        kernel.out.frame(Wire.PROBE, f -> f.writeLong(5));
        kernel.out.flush();
        assertEquals(Wire.PROBE_ANSWER, kernel.in.nextFrame());
        assertEquals(5, kernel.in.readLong());
        assertTrue(kernel.in.readBoolean(), "the only thread of the program waits for the kernel (reading its own"
                + " answer in a selector, so RUNNABLE): quiet");
        int n = kernel.in.readInt();
        int[] waiting = new int[n];
        for (int i = 0; i < n; i++) {
            waiting[i] = kernel.in.readInt();
        }
        kernel.in.endFrame();
        assertArrayEquals(new int[] {id}, waiting, "the call it waits in");

        reply(id, 3);
        assertEquals(3, call.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS).value());
    }

    @Test
    void aProbe_whileNoCallWaits_isAnsweredByTheReaderThread() throws Exception {
        kernel.out.frame(Wire.PROBE, f -> f.writeLong(9));
        kernel.out.flush();
        assertEquals(Wire.PROBE_ANSWER, kernel.in.nextFrame());
        assertEquals(9, kernel.in.readLong());
        kernel.in.skipFrame();
    }

    @Test
    void aProbeThatCameWithACallsAnswer_inOneRead_isAnsweredThoughNothingComesAfter() throws Exception {
        CompletableFuture<Reply> call = callOn("main", Op.RECV, null);
        int id = readOp()[0];
        replyFrame(id, 4);
        kernel.out.frame(Wire.PROBE, f -> f.writeLong(8)); // one write: the caller reads both, then stops reading
        kernel.out.flush();
        assertEquals(4, call.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS).value());
        CompletableFuture<Long> answer = CompletableFuture.supplyAsync(() -> {
            try {
                assertEquals(Wire.PROBE_ANSWER, kernel.in.nextFrame());
                long probe = kernel.in.readLong();
                kernel.in.skipFrame();
                return probe;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(8, answer.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS),
                "the probe left behind in the worker's buffer is answered, though no byte comes after it");
    }

    /**
     * A call that waits long (a join, a barrier): the reader thread sleeps through it instead of looking every
     * 10 ms (200 children waiting at a barrier cost more than a core that way); the call's end wakes it, and what
     * comes afterwards, while no call waits, is answered at once.
     */
    @Test
    void aLongWait_theReaderThreadSleepsThroughIt_andReadsAgainOnceItEnds() throws Exception {
        CompletableFuture<Reply> call = callOn("main", Op.RECV, null);
        int id = readOp()[0];
        Thread.sleep(2 * AnswerReading.LONG_WAIT_NANOS / 1_000_000);
        long before = kernel.client.answers.readerLooks();
        Thread.sleep(1000);
        long looks = kernel.client.answers.readerLooks() - before;
        assertTrue(looks <= 3, "the reader thread looked " + looks + " times in a second of a long wait (every 10 ms: 100)");

        reply(id, 6);
        assertEquals(6, call.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS).value());
        long sent = System.nanoTime();
        kernel.out.frame(Wire.PROBE, f -> f.writeLong(3));
        kernel.out.flush();
        assertEquals(Wire.PROBE_ANSWER, kernel.in.nextFrame());
        assertEquals(3, kernel.in.readLong());
        kernel.in.skipFrame();
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertTrue(millis < 500, "a probe after the wait is answered by the reader thread, woken by the call's end: "
                + millis + " ms (a reader left asleep answers after up to a second)");
    }

    private CompletableFuture<Reply> callOn(String name, Op op, ThreadGroup group) {
        CompletableFuture<Reply> done = new CompletableFuture<>();
        Thread t = new Thread(group, () -> {
            try {
                done.complete(kernel.client.call(op, 7));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, name);
        if (group != null) {
            kernel.client.setMainThread(t);
        }
        t.setDaemon(true);
        t.start();
        return done;
    }

    private void reply(int id, long value) throws IOException {
        replyFrame(id, value);
        kernel.out.flush();
    }

    private void replyFrame(int id, long value) throws IOException {
        kernel.out.frame(Wire.REPLY, f -> {
            f.writeInt(id);
            f.writeByte(Wire.OK);
            f.writeLong(value);
            f.writeLong(0);
            f.writeString(null);
            f.writeInt(0);
        });
    }

    /** Reads one OP frame as the kernel does: request id and op code. */
    private int[] readOp() throws IOException {
        assertEquals(Wire.OP, kernel.in.nextFrame());
        int id = kernel.in.readInt();
        int op = kernel.in.readByte();
        kernel.in.skipFrame();
        return new int[] {id, op};
    }
}
