package org.proclab.programs.payload;

import java.io.IOException;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/** A child that receives a number of messages and prints each one, or why it was refused. */
final class Receiver {
    private Receiver() {}

    /** Starts the child "receiver" on the second end of {@code pipe}. */
    static Process start(Pipe pipe, int messages) {
        Connection in = pipe.second();
        Process child = new Process("receiver", () -> {
            for (int i = 0; i < messages; i++) {
                try {
                    System.out.println("got " + in.recv());
                } catch (IOException e) {
                    System.out.println("refused: " + e.getMessage());
                }
            }
        });
        child.start();
        return child;
    }
}
