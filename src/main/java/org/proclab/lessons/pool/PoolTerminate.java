package org.proclab.lessons.pool;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.AsyncResult;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.mp.TaskError;

/**
 * Lesson 5, variant: terminate() in the middle of the run. Once the first five results are in, the
 * program calls terminate() while the other five tasks are still to finish.
 */
public class PoolTerminate {

    static int work(int i) {
        MP.sleep(2);
        return i + 100;
    }

    public static void main(String[] args) {
        Pool pool = new Pool(5);
        List<AsyncResult<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.applyAsync(PoolTerminate::work, i));
        }
        for (int i = 0; i < 5; i++) {
            results.get(i).get(); // wait until the first five are done: the workers go on with the other five
        }
        pool.terminate();
        pool.join();
        for (int i = 0; i < results.size(); i++) {
            try {
                System.out.println("task " + i + ": " + results.get(i).get());
            } catch (TaskError e) {
                System.out.println("task " + i + ": failed: " + e.getMessage());
            }
        }
    }
}
