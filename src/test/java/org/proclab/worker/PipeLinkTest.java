package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.testing.Await;

/**
 * The direct link of a lent pipe, over a real Unix socket: copies arrive whole and in order, only once the kernel's
 * frames before them could have gone (a copy waits for its flush mark), large messages come as holes, a stranger
 * is not read, and a reader that does not keep up stops the writer's copies without ever blocking it.
 */
@Tag("unit")
class PipeLinkTest {
    private static final long TOKEN = 0x5eed_1234_abcdL;

    @Test
    void copies_arriveWholeAndInOrder_onlyUpToTheFlushMark(@TempDir Path dir) throws Exception {
        try (PipeInlet in = PipeInlet.listen(dir.resolve("l.sock"), TOKEN);
             PipeOutlet out = PipeOutlet.connect(dir.resolve("l.sock"), TOKEN)) {
            out.append(new byte[] {1, 2, 3});
            long mark = out.mark();
            out.append(new byte[] {4});
            out.flushUpTo(mark);
            byte[] first = awaitFrame(in);
            assertArrayEquals(new byte[] {1, 2, 3}, first);
            in.take();
            Thread.sleep(50);
            assertNull(in.peek(), "the second copy was appended after the mark: it waits for the next flush");
            out.flushUpTo(out.mark());
            assertArrayEquals(new byte[] {4}, awaitFrame(in));
            assertArrayEquals(new byte[] {4}, in.peek(), "a frame stays the next one until it is taken");
            in.take();
            assertFalse(in.ended());
        }
    }

    @Test
    void aMessageLargerThanACopy_comesAsAHole_andTheStreamGoesOn(@TempDir Path dir) throws Exception {
        try (PipeInlet in = PipeInlet.listen(dir.resolve("l.sock"), TOKEN);
             PipeOutlet out = PipeOutlet.connect(dir.resolve("l.sock"), TOKEN)) {
            out.append(new byte[PipeOutlet.MAX_COPY + 1]);
            out.append(new byte[] {9});
            out.flushUpTo(out.mark());
            assertSame(PipeInlet.HOLE, awaitFrame(in));
            in.take();
            assertArrayEquals(new byte[] {9}, awaitFrame(in));
        }
    }

    @Test
    void aWriterThatStops_leavesItsWholeFramesAndThenTheEnd(@TempDir Path dir) throws Exception {
        try (PipeInlet in = PipeInlet.listen(dir.resolve("l.sock"), TOKEN)) {
            PipeOutlet out = PipeOutlet.connect(dir.resolve("l.sock"), TOKEN);
            out.append(new byte[] {1});
            out.append(new byte[] {2});
            out.close();
            assertArrayEquals(new byte[] {1}, awaitFrame(in));
            in.take();
            assertArrayEquals(new byte[] {2}, awaitFrame(in));
            in.take();
            Await.until("the end of the stream", () -> ended(in));
        }
    }

    @Test
    void aStrangerWithoutTheToken_isNotRead(@TempDir Path dir) throws Exception {
        try (PipeInlet in = PipeInlet.listen(dir.resolve("l.sock"), TOKEN);
             PipeOutlet out = PipeOutlet.connect(dir.resolve("l.sock"), TOKEN + 1)) {
            out.append(new byte[] {1});
            out.flushUpTo(out.mark());
            Await.until("the end of the stream", () -> ended(in));
            assertNull(in.peek());
        }
    }

    @Test
    void aReaderThatDoesNotKeepUp_stopsTheCopies_withoutBlockingTheWriter(@TempDir Path dir) throws Exception {
        try (PipeInlet in = PipeInlet.listen(dir.resolve("l.sock"), TOKEN);
             PipeOutlet out = PipeOutlet.connect(dir.resolve("l.sock"), TOKEN)) {
            assertNull(in.peek()); // accepted, nothing read yet
            byte[] message = new byte[PipeOutlet.MAX_COPY];
            long copies = 0;
            while (out.open() && copies < 10_000) { // far more than a socket and MAX_PENDING hold
                out.append(message);
                out.flushUpTo(out.mark());
                copies++;
            }
            assertFalse(out.open(), "the outlet stopped once its reader fell " + PipeOutlet.MAX_PENDING + " bytes behind");
            long read = 0;
            while (!in.ended()) {
                byte[] f = in.peek();
                if (f != null) {
                    in.take();
                    read++;
                }
            }
            assertTrue(read > 0 && read < copies, "the reader got the whole frames written before the stop: " + read);
        }
    }

    private static boolean ended(PipeInlet in) {
        try {
            return in.ended();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] awaitFrame(PipeInlet in) throws Exception {
        byte[][] got = new byte[1][];
        Await.until("a frame", () -> {
            try {
                return (got[0] = in.peek()) != null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return got[0];
    }
}
