package org.proclab.programs;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/** Starts two children (one with a grandchild) that print their pids and sleep until the test ends the run. */
public class SleepyChildren {
    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) {
            boolean withGrandchild = i == 0;
            Process p = new Process(() -> {
                if (withGrandchild) {
                    new Process(() -> {
                        System.out.println("sleeper " + MP.getpid());
                        MP.sleep(600); // until the test ends the run
                    }).start();
                }
                System.out.println("sleeper " + MP.getpid());
                MP.sleep(600); // until the test ends the run
            });
            p.start();
        }
        System.out.println("sleeper " + MP.getpid());
        MP.sleep(600); // until the test ends the run
    }
}
