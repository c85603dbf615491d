package org.proclab.programs;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/** Starts two children (one with a grandchild) that sleep a long time and print their pids. */
public class SleepyChildren {
    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) {
            boolean withGrandchild = i == 0;
            Process p = new Process(() -> {
                if (withGrandchild) {
                    new Process(() -> {
                        System.out.println("sleeper " + MP.getpid());
                        MP.sleep(120);
                    }).start();
                }
                System.out.println("sleeper " + MP.getpid());
                MP.sleep(120);
            });
            p.start();
        }
        System.out.println("sleeper " + MP.getpid());
        MP.sleep(120);
    }
}
