package org.proclab.programs.pool;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Args;
import org.proclab.mp.AsyncResult;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.mp.Queue;

/**
 * More of Python's Pool, after CPython's _TestPool (test_starmap, test_map_async_callbacks, test_map_chunksize,
 * test_context, test_imap_unordered, test_invalid_args): starmap and starmap_async, map_async's callback and
 * error_callback run in the parent before get() returns, imap_unordered in chunks (a chunk's results together,
 * in input order; the chunks in the order they finish), a chunksize below 1 and a pool of no process refused,
 * and try-with-resources terminating the pool.
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

    /** Prints the message of the exception {@code call} throws, Python's ValueError as IllegalArgumentException. */
    private static void refused(String what, Runnable call) {
        try {
            call.run();
            System.out.println(what + ": accepted");
        } catch (IllegalArgumentException e) {
            System.out.println(what + ": IllegalArgumentException " + e.getMessage());
        } catch (IllegalStateException e) {
            System.out.println(what + ": IllegalStateException " + e.getMessage());
        }
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
        calls.clear();
        System.out.println("mapAsync with only an error callback " + pool.mapAsync(x -> x, List.of(7), null,
                e -> calls.add("error")).get() + ", " + calls);
        try {
            pool.map(x -> x, List.of(1), 0);
        } catch (IllegalArgumentException e) {
            System.out.println("map chunksize 0: " + e.getMessage());
        }
        Queue<String> gate = new Queue<>();
        List<Integer> unordered = new ArrayList<>();
        // [0, 1] and [2, 3] start together; item 0 waits until this process has seen a result, so [2, 3] finishes first
        for (int v : pool.imapUnordered((Integer x) -> {
            if (x == 0) {
                gate.get();
            }
            return x;
        }, List.of(0, 1, 2, 3), 2)) {
            if (unordered.isEmpty()) {
                gate.put("seen");
            }
            unordered.add(v);
        }
        System.out.println("imapUnordered chunksize 2: " + unordered);
        List<Integer> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(i);
        }
        List<Integer> squares = new ArrayList<>();
        pool.imapUnordered((Integer x) -> x * x, thousand, 100).forEach(squares::add);
        squares.sort(null);
        System.out.println("imapUnordered 1000 by 100: " + squares.size() + " squares, sorted match: "
                + squares.equals(thousand.stream().map(x -> x * x).toList()));
        refused("imapUnordered chunksize 0", () -> pool.imapUnordered(x -> x, List.of(1), 0));
        refused("imap chunksize -1", () -> pool.imap(x -> x, List.of(1), -1));
        refused("Pool(0)", () -> new Pool(0));
        refused("Pool(3, -1)", () -> new Pool(3, -1));
        pool.close();
        pool.join();
        refused("imapUnordered after close", () -> pool.imapUnordered(x -> x, List.of(1)));

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
