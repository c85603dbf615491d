package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.wire.ChannelStreams;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;

/**
 * Answers written inline by the threads that ran operations, and by the connection's writer thread when
 * the socket does not take them at once, reach the worker whole and in the order they were queued.
 */
@Tag("unit")
class OutboxTest {
    private static final byte TYPE = 7;

    @TempDir
    Path dir;
    private ServerSocketChannel server;
    private SocketChannel workerSide;
    private KernelSocket kernelSide;
    private Outbox outbox;
    private final AtomicInteger writeFailures = new AtomicInteger();

    @BeforeEach
    void connect() throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(dir.resolve("s.sock")));
        workerSide = SocketChannel.open(StandardProtocolFamily.UNIX);
        workerSide.connect(server.getLocalAddress());
        kernelSide = new KernelSocket(server.accept());
        outbox = new Outbox(kernelSide, "test", writeFailures::incrementAndGet);
    }

    @AfterEach
    void close() throws IOException {
        outbox.close();
        kernelSide.close();
        workerSide.close();
        server.close();
    }

    @Test
    void flushInline_framesArriveInQueueOrder_whenTheSocketTakesOnlyPartAndTheWriterSendsTheRest() throws Exception {
        // the worker reads nothing yet: inline writes fill the socket, and what it cannot take waits for the writer
        int frames = 3_000;
        for (int i = 0; i < frames; i++) {
            outbox.add(frame(i, 400 + i % 700), i % 3 == 0);
            if (i % 5 == 0) {
                outbox.flushInline();
            }
        }
        outbox.flushInline();
        assertEquals(List.copyOf(range(frames)), readFrames(frames));
        assertEquals(0, writeFailures.get());
        assertEquals(0, outbox.pending(), "every byte written is accounted for");
    }

    @Test
    void flushInline_eachThreadsFramesArriveInItsOrder_withThreadsQueueingAndFlushingAtOnce() throws Exception {
        int threads = 4;
        int each = 2_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * each;
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    // as the kernel does: queue under one lock, so each thread's frames keep its order
                    synchronized (outbox) {
                        outbox.add(frame(base + i, 16 + i % 100), false);
                    }
                    outbox.flushInline();
                }
            });
            th.start();
            started.add(th);
        }
        go.countDown();
        List<Integer> got = readFrames(threads * each);
        for (Thread th : started) {
            th.join();
        }
        int[] next = new int[threads];
        for (int id : got) {
            int t = id / each;
            assertEquals(t * each + next[t], id, "thread " + t + "'s frames out of order");
            next[t]++;
        }
        for (int t = 0; t < threads; t++) {
            assertEquals(each, next[t], "thread " + t + " lost frames");
        }
    }

    @Test
    void add_wakesTheWriter_whenNoThreadFlushesInline() throws Exception {
        outbox.add(frame(1, 10), true);
        outbox.add(frame(2, 10), true);
        assertEquals(List.of(1, 2), readFrames(2));
    }

    private List<Integer> readFrames(int n) throws IOException {
        FrameIn in = new FrameIn(ChannelStreams.in(workerSide));
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            assertEquals(TYPE, in.nextFrame());
            int id = in.readInt();
            byte[] body = in.readBytes();
            for (byte b : body) {
                assertEquals((byte) id, b, "frame " + id + " arrived damaged");
            }
            in.endFrame();
            ids.add(id);
        }
        assertTrue(ids.size() == n);
        return ids;
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static Outbox.Frame frame(int id, int bodyBytes) {
        byte[] body = new byte[bodyBytes];
        java.util.Arrays.fill(body, (byte) id);
        return new Outbox.Frame() {
            @Override
            public long size() {
                return 16 + bodyBytes;
            }

            @Override
            public void write(FrameOut out) throws IOException {
                out.frame(TYPE, o -> {
                    o.writeInt(id);
                    o.writeBytes(body);
                });
            }
        };
    }
}
