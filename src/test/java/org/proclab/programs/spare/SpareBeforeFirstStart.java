package org.proclab.programs.spare;

import java.util.List;
import org.proclab.mp.Process;

/**
 * A main program that names Process: before its first start it waits (up to 20 s) until it has an OS child,
 * the spare booted beside it, prints that child's pid, then starts a child, which takes the spare.
 */
public class SpareBeforeFirstStart {
    public static void main(String[] args) throws InterruptedException {
        List<ProcessHandle> children = List.of();
        for (int i = 0; i < 400 && children.isEmpty(); i++) {
            Thread.sleep(50);
            children = ProcessHandle.current().children().toList();
        }
        children.forEach(h -> System.out.println("os child " + h.pid()));
        Process child = new Process("child", () -> System.out.println("child here"));
        child.start();
        child.join();
        System.out.println("child " + child.pid());
    }
}
