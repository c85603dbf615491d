package org.proclab.programs.pool;

import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.mp.Queue;

/**
 * Lesson 5's Pool(5) with ten tasks, in rounds instead of on a clock: each task says it has started and
 * waits for a go; the parent lets the tasks go only once five are running, so the first five surely run
 * at once, each in its own worker, and the other five wait for a free one. Callbacks print in the parent.
 */
public class FiveSlots {

    static int work(int i, Queue<Integer> started, Queue<String> go) {
        started.put(i);
        go.get();
        return i + 100;
    }

    public static void main(String[] args) {
        Queue<Integer> started = new Queue<>();
        Queue<String> go = new Queue<>();
        Pool pool = new Pool(5);
        for (int i = 0; i < 10; i++) {
            pool.applyAsync(x -> work(x, started, go), i,
                    result -> System.out.println("callback got " + result + " in pid " + MP.getpid()));
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5; i++) {
                started.get();    // five tasks are running, one in each worker
            }
            for (int i = 0; i < 5; i++) {
                go.put("go");
            }
        }
        pool.close();
        pool.join();
        System.out.println("all done");
    }
}
