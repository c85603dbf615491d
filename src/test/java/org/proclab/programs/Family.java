package org.proclab.programs;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/** Main starts a child, which starts a grandchild; each prints its pid and ppid. */
public class Family {
    static void report() {
        System.out.println("pid " + MP.getpid());
        System.out.println("ppid " + MP.getppid());
    }

    public static void main(String[] args) {
        report();
        Process child = new Process("child", () -> {
            report();
            Process grandchild = new Process("grandchild", Family::report);
            grandchild.start();
            grandchild.join();
        });
        child.start();
        child.join();
        System.out.println("child exit " + child.exitCode());
    }
}
