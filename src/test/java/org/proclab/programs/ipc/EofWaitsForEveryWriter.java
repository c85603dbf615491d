package org.proclab.programs.ipc;

import java.io.EOFException;
import java.io.IOException;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.programs.Cues;

/**
 * The parent closes its write end, but a child holds a copy (under fork) until it exits, which it does
 * only once the parent waits (cue "main-waits": in recv() under fork, in join() under spawn; the first
 * argument is the cue directory): the parent's recv sees EOF only then. Under spawn the child captured
 * nothing, so EOF comes at once, while the child still runs.
 */
public class EofWaitsForEveryWriter {
    public static void main(String[] args) throws IOException {
        String cues = args[0];
        Pipe p = Pipe.open(false);
        Connection r = p.first();
        Connection w = p.second();
        Process child = new Process("holder", () -> Cues.await(cues, "main-waits"));
        child.start();
        w.send("last");
        w.close();
        System.out.println("got " + r.recv());
        try {
            r.recv();
        } catch (EOFException e) {
            System.out.println("EOF");
        }
        child.join();
    }
}
