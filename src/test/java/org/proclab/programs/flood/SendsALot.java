package org.proclab.programs.flood;

import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/**
 * Sends {@code $FLOOD_MB} megabytes (1024 unless set) through a pipe, in messages of 1 MiB, to a child that receives them all;
 * for measuring what a flood of messages costs the app (see {@code org.proclab.ui.AppFlood}).
 */
public class SendsALot {
    public static void main(String[] args) throws Exception {
        int messages = Integer.parseInt(System.getenv().getOrDefault("FLOOD_MB", "1024"));
        Pipe pipe = Pipe.open(false);
        Process reader = new Process("reader", () -> {
            pipe.second().close();
            long got = 0;
            for (int i = 0; i < messages; i++) {
                got += pipe.first().recvBytes().length;
            }
            System.out.println("received " + (got >> 20) + " MiB");
        });
        reader.start();
        pipe.first().close();
        byte[] message = new byte[1 << 20];
        for (int i = 0; i < messages; i++) {
            pipe.second().sendBytes(message);
        }
        reader.join();
        System.out.println("sent " + messages + " MiB");
    }
}
