package org.proclab.programs.ipc;

import java.io.IOException;
import org.proclab.mp.MP;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.programs.Cues;

/**
 * A long wait that is not a deadlock: once the receiver waits in recv() (cue "main-waits"; the first
 * argument is the cue directory), the sender is busy for 2 s before it sends.
 */
public class SlowSender {
    public static void main(String[] args) throws IOException {
        String cues = args[0];
        Pipe p = Pipe.open();
        Process sender = new Process("slow-sender", () -> {
            Cues.await(cues, "main-waits");
            MP.sleep(2);
            p.second().send("finally");
        });
        sender.start();
        System.out.println("got " + p.first().recv());
        sender.join();
    }
}
