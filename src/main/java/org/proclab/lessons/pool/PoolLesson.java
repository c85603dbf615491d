package org.proclab.lessons.pool;

import org.proclab.mp.MP;
import org.proclab.mp.Pool;

/**
 * Lesson 5: a pool. Five worker processes serve ten tasks of two seconds each: five run at once,
 * five wait for a free worker. Each result comes back to a callback.
 */
public class PoolLesson {

    static int work(int i) {
        MP.sleep(2);
        return i + 100;
    }

    public static void main(String[] args) {
        System.out.println("parent pid " + MP.getpid());
        Pool pool = new Pool(5);                   // returns once its five workers are ready
        long t0 = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            pool.applyAsync(PoolLesson::work, i,
                    result -> System.out.println("callback got " + result + " in pid " + MP.getpid()));
        }
        pool.close();        // no more tasks
        pool.join();         // wait until all tasks are done and the workers have exited
        System.out.printf("all done after %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
