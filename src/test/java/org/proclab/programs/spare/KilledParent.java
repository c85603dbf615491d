package org.proclab.programs.spare;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/**
 * A child starts and joins a grandchild, so it holds a spare JVM for its next start, says so and sleeps
 * until the test kills it with SIGKILL; the main process then reports the child's exit code.
 */
public class KilledParent {
    public static void main(String[] args) {
        Process parent = new Process("parent", () -> {
            Process grandchild = new Process("grandchild", () -> System.out.println("grandchild ran"));
            grandchild.start();
            grandchild.join();
            System.out.println("holding a spare");
            MP.sleep(600); // until the test kills this process
        });
        parent.start();
        parent.join();
        System.out.println("parent exit " + parent.exitCode());
    }
}
