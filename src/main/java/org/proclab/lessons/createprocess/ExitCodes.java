package org.proclab.lessons.createprocess;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/**
 * Lesson 1, variant: every way a process can end, and the exit code each gives, as in Python.
 */
public class ExitCodes {

    static void failing() {
        throw new IllegalStateException("something went wrong in the child");
    }

    static void sleepForever() {
        MP.sleep(60);
    }

    public static void main(String[] args) {
        Process returns = new Process("returns", () -> System.out.println("I return normally"));
        Process throwsUp = new Process("throws", ExitCodes::failing);
        Process exits = new Process("exits", () -> System.exit(3));
        Process terminated = new Process("terminated", ExitCodes::sleepForever);
        Process killed = new Process("killed", ExitCodes::sleepForever);

        for (Process p : new Process[] {returns, throwsUp, exits, terminated, killed}) {
            p.start();
        }
        MP.sleep(1);
        terminated.terminate();   // SIGTERM: exit code -15
        killed.kill();            // SIGKILL: exit code -9

        for (Process p : new Process[] {returns, throwsUp, exits, terminated, killed}) {
            p.join();
            System.out.println(p.name() + ": exit code " + p.exitCode());
        }
    }
}
