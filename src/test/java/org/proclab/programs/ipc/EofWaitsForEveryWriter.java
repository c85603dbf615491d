package org.proclab.programs.ipc;

import java.io.EOFException;
import java.io.IOException;
import org.proclab.mp.Connection;
import org.proclab.mp.MP;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/**
 * The parent closes its write end, but a child holds a copy (under fork) until it exits a second later:
 * the parent's recv sees EOF only then. Under spawn the child captured nothing, so EOF comes at once.
 */
public class EofWaitsForEveryWriter {
    public static void main(String[] args) throws IOException {
        Pipe p = Pipe.open(false);
        Connection r = p.first();
        Connection w = p.second();
        Process child = new Process("holder", () -> MP.sleep(1));
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
