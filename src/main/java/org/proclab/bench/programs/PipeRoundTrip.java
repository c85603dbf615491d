package org.proclab.bench.programs;

import java.io.EOFException;
import java.io.IOException;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/** Ping-pong of an int over a duplex pipe. Args: NAME N WARMUP. Prints microseconds per round trip. */
public final class PipeRoundTrip {
    private PipeRoundTrip() {}

    static void echo(Connection mine, Connection theirs) throws IOException {
        theirs.close();
        try {
            while (true) {
                Integer x = mine.recv();
                mine.send(x);
            }
        } catch (EOFException end) {
            mine.close();
        }
    }

    public static void main(String[] args) throws IOException {
        String name = Report.name(args, "pipe_roundtrip");
        int n = Report.arg(args, 1, 5_000);
        int warm = Report.arg(args, 2, n / 5);

        Pipe pipe = Pipe.open();
        Connection mine = pipe.first();
        Connection theirs = pipe.second();
        Process child = new Process("echo", () -> echo(theirs, mine));
        child.start();
        theirs.close();

        for (int i = 0; i < warm; i++) {
            mine.send(i);
            mine.recv();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            mine.send(i);
            Integer back = mine.recv();
            if (back != i) {
                throw new IllegalStateException("sent " + i + ", got back " + back);
            }
        }
        long t1 = System.nanoTime();
        mine.close();
        child.join();
        Report.result(name, (t1 - t0) / 1e3 / n, "us");
    }
}
