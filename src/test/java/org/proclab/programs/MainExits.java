package org.proclab.programs;

import org.proclab.mp.Process;

/**
 * A main program that calls System.exit(7) while a child still runs: Python joins the child first. The
 * child finishes only once main waits for it in join() (cue "main-joins"; the first argument is the cue
 * directory), so main surely exits after it.
 */
public class MainExits {
    public static void main(String[] args) {
        String cues = args[0];
        Process p = new Process("slow", () -> {
            Cues.await(cues, "main-joins");
            System.out.println("slow child done");
        });
        p.start();
        System.exit(7);
    }
}
