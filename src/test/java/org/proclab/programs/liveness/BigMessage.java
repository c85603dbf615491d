package org.proclab.programs.liveness;

import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * A message larger than the pipe (1 MiB) goes in, but send() returns only once the reader has taken it:
 * the writer's "sent" comes after the reader's recv.
 */
public class BigMessage {
    public static void main(String[] args) throws Exception {
        Pipe pipe = Pipe.open(false);
        Queue<String> ready = new Queue<>();
        Process reader = new Process("reader", () -> {
            ready.get(); // the writer is about to send
            byte[] b = pipe.first().recvBytes();
            System.out.println("reader got " + b.length);
        });
        reader.start();
        ready.put("go");
        pipe.second().sendBytes(new byte[1 << 20]);
        System.out.println("sent");
        reader.join();
    }
}
