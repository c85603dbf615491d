package org.proclab.programs.pool;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.AsyncResult;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.mp.Queue;
import org.proclab.mp.TaskError;

/**
 * Lesson 5's terminate() variant, in order: the first five tasks finish, the next five have all started
 * (each says so on a queue) and run until they are stopped, and only then is the pool terminated.
 */
public class TerminateMidRun {

    static int work(int i, Queue<Integer> running) {
        if (i >= 5) {
            running.put(i);
            MP.sleep(600); // until terminate() ends its worker
        }
        return i + 100;
    }

    public static void main(String[] args) {
        Queue<Integer> running = new Queue<>();
        Pool pool = new Pool(5);
        List<AsyncResult<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.applyAsync(x -> work(x, running), i));
        }
        for (int i = 0; i < 5; i++) {
            results.get(i).get(); // the first five are done...
        }
        for (int i = 5; i < 10; i++) {
            running.get();        // ...and the next five are running
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
