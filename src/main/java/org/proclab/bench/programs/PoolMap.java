package org.proclab.bench.programs;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Pool;

/**
 * {@code Pool(2).map} of N trivial tasks. Args: NAME N WARMUP; the chunk size comes from the name:
 * {@code pool_map_chunk1} passes 1, any other name uses map's default (Python's rule,
 * ceil(N / (4 * processes)), 1,250 for 10,000 tasks on 2 workers). Args: NAME N WARMUP ROUNDS. A map of
 * WARMUP tasks first, untimed, so the workers are running. Prints the median time of ROUNDS map calls
 * on the same pool and the sum of the last call's results, checked.
 */
public final class PoolMap {
    private PoolMap() {}

    static Integer trivial(Integer x) {
        return x + 1;
    }

    public static void main(String[] args) {
        String name = Report.name(args, "pool_map_chunk1");
        int n = Report.arg(args, 1, 10_000);
        int warm = Report.arg(args, 2, 100);
        int rounds = Math.max(1, Report.arg(args, 3, 1));
        boolean chunk1 = name.endsWith("chunk1");
        List<Integer> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(i);
        }
        Pool pool = new Pool(2);
        List<Integer> warmItems = items.subList(0, Math.min(warm, n));
        if (!warmItems.isEmpty()) {
            pool.map(PoolMap::trivial, new ArrayList<>(warmItems), chunk1 ? 1 : Math.max(1, warmItems.size() / 8));
        }
        long[] nanos = new long[rounds];
        List<Integer> out = List.of();
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            out = chunk1 ? pool.map(PoolMap::trivial, items, 1) : pool.map(PoolMap::trivial, items);
            nanos[round] = System.nanoTime() - t0;
        }
        pool.close();
        pool.join();
        long sum = 0;
        for (Integer r : out) {
            sum += r;
        }
        Report.result(name, Report.medianMillis(nanos), "ms");
        Report.result(name + ".final", sum, "sum");
        Report.result(name + ".expected", (long) n * (n + 1) / 2, "sum");
    }
}
