package org.proclab.bench.programs;

import java.io.EOFException;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/**
 * Sends messages through a pipe as fast as it can to a child that receives them all until end-of-file:
 * {@code MEGABYTES} in all ({@code $FLOOD_MB}, else 1024), in messages of {@code BYTES} (1 MiB unless
 * given), or for {@code SECONDS} if given, whichever ends first. Small messages make a flood of events (a
 * send and a receive each), big ones a flood of bytes. For measuring what that costs the app
 * ({@code proclab bench --ui}, and the test sources' {@code AppFlood}).
 * Args: [MEGABYTES [BYTES [SECONDS]]].
 */
public final class SendsALot {
    private SendsALot() {}

    public static void main(String[] args) throws Exception {
        long bytes = PrintsALot.megabytes(args) << 20;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1 << 20;
        long until = PrintsALot.deadline(args, 2);
        Pipe pipe = Pipe.open(false);
        Process reader = new Process("reader", () -> {
            pipe.second().close();
            long got = 0;
            try {
                while (true) {
                    got += pipe.first().recvBytes().length;
                }
            } catch (EOFException end) {
                // the sender closed its end: every message is in
            }
            System.out.println("received " + got + " bytes");
        });
        reader.start();
        pipe.first().close();
        byte[] message = new byte[size];
        long sent = 0;
        for (long n = 0; sent < bytes && ((n & 255) != 0 || System.nanoTime() - until < 0); n++) {
            pipe.second().sendBytes(message);
            sent += size;
        }
        pipe.second().close();
        reader.join();
        System.out.println("sent " + sent + " bytes");
    }
}
