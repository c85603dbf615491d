package org.proclab.programs.spare;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/**
 * Starts two children one after the other; after each join the main process prints what it sees: the
 * child's pid, its active children, and every OS child it has (the spare JVM ready for the next start).
 */
public class TwoChildren {
    public static void main(String[] args) {
        for (String name : new String[] {"first", "second"}) {
            Process p = new Process(name, () -> {
                System.out.println("pid " + MP.getpid());
                System.out.println("ppid " + MP.getppid());
            });
            p.start();
            p.join();
            System.out.println(name + " " + p.pid());
            System.out.println("active " + MP.activeChildren().size());
            ProcessHandle.current().children().forEach(h -> System.out.println("os child " + h.pid()));
        }
    }
}
