package org.proclab.programs.spare;

import java.util.List;
import org.proclab.mp.Pool;
import org.proclab.mp.Process;

/**
 * A pool's work, then a child: after the pool's map the main process prints every OS child it has (its two
 * workers, and no spare JVM booting beside their tasks), then again after the child's start and join (a spare
 * for the next start).
 */
public class PoolThenChild {
    public static void main(String[] args) {
        Pool pool = new Pool(2);
        System.out.println("map " + pool.map(x -> x * 2, List.of(1, 2, 3), 1));
        System.out.println("workers " + pool.pids());
        ProcessHandle.current().children().forEach(h -> System.out.println("os child " + h.pid()));
        Process child = new Process("child", () -> { });
        child.start();
        child.join();
        System.out.println("child " + child.pid());
        ProcessHandle.current().children().forEach(h -> System.out.println("os child " + h.pid()));
        pool.close();
        pool.join();
    }
}
