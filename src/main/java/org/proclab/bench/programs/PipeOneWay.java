package org.proclab.bench.programs;

import java.io.EOFException;
import java.io.IOException;
import org.proclab.mp.Connection;
import org.proclab.mp.Lock;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/**
 * Small ints one way through a pipe: a child sends, the parent receives until end-of-file.
 * Args: NAME DUPLEX(true|false) N WARMUP. Prints messages per second.
 *
 * <p>Timing starts when the child is running and waiting at a gate (a lock the parent holds), so JVM
 * start-up is not counted, and ends at end-of-file, so every message is counted as received.
 */
public final class PipeOneWay {
    private static final int READY = -1;

    private PipeOneWay() {}

    static void sender(Connection reader, Connection writer, Lock gate, int n, int warm) throws IOException {
        reader.close();                 // the child only writes: close its copy of the read end
        for (int i = 0; i < warm; i++) {
            writer.send(i);
        }
        writer.send(READY);
        gate.acquire();                 // wait for the parent's start signal
        gate.release();
        for (int i = 0; i < n; i++) {
            writer.send(i);
        }
        writer.close();
    }

    public static void main(String[] args) throws IOException {
        String name = Report.name(args, "pipe_oneway_simplex");
        boolean duplex = Boolean.parseBoolean(args.length > 1 ? args[1] : "false");
        int n = Report.arg(args, 2, 200_000);
        int warm = Report.arg(args, 3, n / 10);

        Pipe pipe = Pipe.open(duplex);
        Connection reader = pipe.first();
        Connection writer = pipe.second();
        Lock gate = new Lock();
        gate.acquire();
        Process child = new Process("sender", () -> sender(reader, writer, gate, n, warm));
        child.start();
        writer.close();                 // the parent only reads: now the reader may see end-of-file

        while ((Integer) reader.recv() != READY) {
            // warm-up messages
        }
        long t0 = System.nanoTime();
        gate.release();
        int count = 0;
        try {
            while (true) {
                reader.recv();
                count++;
            }
        } catch (EOFException end) {
            // every write handle is closed
        }
        long t1 = System.nanoTime();
        child.join();
        if (count != n) {
            throw new IllegalStateException("received " + count + " messages, expected " + n);
        }
        Report.result(name, Report.perSecond(n, t1 - t0), "msgs/s");
    }
}
