package org.proclab.lessons.pool;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.AsyncResult;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;

/**
 * Lesson 5, variant: three tasks of one second on a pool of three workers, first with three apply()
 * calls, then with three applyAsync() calls; each way is timed.
 */
public class ApplyVsAsync {

    static int work(int i) {
        MP.sleep(1);
        return i + 100;
    }

    public static void main(String[] args) {
        Pool pool = new Pool(3);
        long t0 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            int r = pool.apply(ApplyVsAsync::work, i);
            System.out.println("apply returned " + r);
        }
        System.out.printf("3 x apply: %.1f s%n", (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        List<AsyncResult<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            results.add(pool.applyAsync(ApplyVsAsync::work, i));
        }
        System.out.println("3 x applyAsync submitted");
        for (AsyncResult<Integer> r : results) {
            System.out.println("get() returned " + r.get());
        }
        System.out.printf("3 x applyAsync: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        pool.close();
        pool.join();
    }
}
