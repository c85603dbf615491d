package org.proclab.programs;

import org.proclab.mp.Process;

/** Starts a child and calls System.exit(7) at once: the run's exit code is 7, and the child still speaks. */
public class ExitCodeSeven {
    public static void main(String[] args) {
        new Process("child", () -> System.out.println("child done")).start();
        System.exit(7);
    }
}
