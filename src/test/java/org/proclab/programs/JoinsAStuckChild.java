package org.proclab.programs;

import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/** The main process joins a child that waits for ever on an empty queue; "main done" must never appear after a stop. */
public class JoinsAStuckChild {
    public static void main(String[] args) {
        Queue<String> never = new Queue<>();
        Process stuck = new Process("stuck", () -> System.out.println("stuck got " + never.get()));
        stuck.start();
        stuck.join();
        System.out.println("main done");
    }
}
