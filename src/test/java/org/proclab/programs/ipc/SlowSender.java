package org.proclab.programs.ipc;

import java.io.IOException;
import org.proclab.mp.MP;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/** A long wait that is not a deadlock: the sender is busy for 2 s before it sends. */
public class SlowSender {
    public static void main(String[] args) throws IOException {
        Pipe p = Pipe.open();
        Process sender = new Process("slow-sender", () -> {
            MP.sleep(2);
            p.second().send("finally");
        });
        sender.start();
        System.out.println("got " + p.first().recv());
        sender.join();
    }
}
