package org.proclab.programs.liveness;

import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.programs.Cues;

/**
 * A writer floods a pipe with 500 messages of 1 KiB while nobody reads: the pipe holds 64 KiB, so the
 * writer must wait in send(). The test's cue says when the kernel has it waiting (its BLOCK event); the
 * reader then reads everything.
 */
public class PipeFlood {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        Pipe pipe = Pipe.open(false);
        Process writer = new Process("writer", () -> {
            pipe.first().close();
            for (int i = 0; i < 500; i++) {
                pipe.second().sendBytes(new byte[1024]);
            }
            System.out.println("writer done");
        });
        writer.start();
        pipe.second().close();
        Cues.await(cues, "writer-waits");
        System.out.println("the writer waits in send()");
        int n = 0;
        try {
            while (true) {
                pipe.first().recvBytes();
                n++;
            }
        } catch (java.io.EOFException e) {
            // the writer ended
        }
        writer.join();
        System.out.println("read " + n);
    }
}
