package org.proclab.programs;

import org.proclab.mp.Process;

/** A main process and a child that print numbered lines until they are killed. */
public class Chatter {
    public static void main(String[] args) throws InterruptedException {
        Process p = new Process("chatter", () -> count("child"));
        p.start();
        count("main");
    }

    private static void count(String who) throws InterruptedException {
        for (long i = 0; ; i++) {
            System.out.println(who + " line " + i);
            Thread.sleep(1); // steady, not a flood: this is about what a kill leaves, not about back-pressure
        }
    }
}
