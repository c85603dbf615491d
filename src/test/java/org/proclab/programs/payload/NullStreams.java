package org.proclab.programs.payload;

import org.proclab.mp.Process;

/** A program may set System.out and System.err to null; what it printed before still arrives, and it exits 0. */
public class NullStreams {
    public static void main(String[] args) {
        Process child = new Process("silencer", () -> {
            System.out.print("child printed before");
            System.setOut(null);
            System.setErr(null);
        });
        child.start();
        child.join();
        System.out.println("child exit " + child.exitCode());
        System.out.print("main printed before");
        System.setOut(null);
        System.setErr(null);
    }
}
