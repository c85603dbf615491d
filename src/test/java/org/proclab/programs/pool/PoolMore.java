package org.proclab.programs.pool;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Args;
import org.proclab.mp.AsyncResult;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;

/**
 * More of Python's Pool, after CPython's _TestPool (test_starmap, test_map_async_callbacks, test_map_chunksize,
 * test_context): starmap and starmap_async, map_async's callback and error_callback run in the parent
 * before get() returns, a chunksize below 1 refused, and try-with-resources terminating the pool.
 */
public class PoolMore {
    static int add(int a, int b) {
        return a + b;
    }

    static int failsOnThree(int x) {
        if (x == 3) {
            throw new IllegalArgumentException("three");
        }
        return x;
    }

    public static void main(String[] args) throws Exception {
        Pool pool = new Pool(2);
        System.out.println("starmap " + pool.starmap(PoolMore::add, List.of(Args.of(1, 2), Args.of(3, 4), Args.of(5, 6))));
        System.out.println("starmapAsync " + pool.starmapAsync(PoolMore::add, List.of(Args.of(10, 20))).get());

        long me = MP.getpid();
        List<String> calls = new ArrayList<>();
        AsyncResult<List<Integer>> ok = pool.mapAsync(x -> x * 10, List.of(1, 2, 3),
                v -> calls.add("callback " + v + " in parent " + (MP.getpid() == me)), e -> calls.add("error " + e));
        System.out.println("mapAsync " + ok.get() + ", " + calls);
        calls.clear();
        AsyncResult<List<Integer>> bad = pool.mapAsync(PoolMore::failsOnThree, List.of(1, 2, 3),
                v -> calls.add("callback " + v), e -> calls.add("error_callback " + e.getClass().getSimpleName() + " naming three: " + e.getMessage().contains("three")));
        try {
            bad.get();
        } catch (RuntimeException e) {
            System.out.println("mapAsync failed, " + calls);
        }
        try {
            pool.map(x -> x, List.of(1), 0);
        } catch (IllegalArgumentException e) {
            System.out.println("map chunksize 0: " + e.getMessage());
        }
        pool.close();
        pool.join();

        Pool scoped = new Pool(1);
        try (Pool.With w = scoped.enter()) {
            System.out.println("inside with: " + w.pool().map(x -> x + 1, List.of(1, 2)));
        }
        scoped.join(); // allowed: leaving the block terminated it
        try {
            scoped.apply(x -> x, 1);
            System.out.println("apply after with: ran");
        } catch (RuntimeException e) {
            System.out.println("apply after with: refused");
        }
    }
}
