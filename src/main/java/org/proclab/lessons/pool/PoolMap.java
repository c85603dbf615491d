package org.proclab.lessons.pool;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;

/**
 * Lesson 5, variant: map() and imapUnordered() over the same ten inputs, on five workers; the later
 * an input, the sooner its task finishes.
 */
public class PoolMap {

    static int slowSquare(int x) {
        MP.sleep(0.2 * (5 - x % 5));      // later inputs finish sooner
        return x * x;
    }

    public static void main(String[] args) {
        List<Integer> inputs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            inputs.add(i);
        }
        Pool pool = new Pool(5);
        System.out.println("map:            " + pool.map(PoolMap::slowSquare, inputs));
        List<Integer> asTheyFinish = new ArrayList<>();
        for (int r : pool.imapUnordered(PoolMap::slowSquare, inputs)) {
            asTheyFinish.add(r);
        }
        System.out.println("imapUnordered:  " + asTheyFinish);
        pool.close();
        pool.join();
    }
}
