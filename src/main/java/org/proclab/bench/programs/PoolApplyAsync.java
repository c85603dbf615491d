package org.proclab.bench.programs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.proclab.mp.Pool;

/**
 * {@code new Pool(2)}, then N {@code applyAsync(fn, i, callback)} of a trivial function; each callback
 * counts in this (the parent) process. Args: NAME N WARMUP ROUNDS. Prints the median over ROUNDS rounds
 * (one pool) of the time from the first applyAsync until the last callback has run, and the callbacks'
 * count, which must be N in every round (the first wrong count is printed, else N).
 *
 * <p>The pool is warmed first with WARMUP tasks that are waited for, so starting the workers (JVMs) is
 * not in the timed part; {@code pool_create_close_join} times that.
 */
public final class PoolApplyAsync {
    private PoolApplyAsync() {}

    static Integer trivial(Integer x) {
        return x + 1;
    }

    public static void main(String[] args) throws InterruptedException {
        String name = Report.name(args, "pool_apply_async_callbacks");
        int n = Report.arg(args, 1, 1_000);
        int warm = Report.arg(args, 2, 100);
        int rounds = Math.max(1, Report.arg(args, 3, 3));
        Pool pool = new Pool(2);
        CountDownLatch warmed = new CountDownLatch(warm);
        for (int i = 0; i < warm; i++) {
            pool.applyAsync(PoolApplyAsync::trivial, i, r -> warmed.countDown());
        }
        if (!warmed.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the warm-up callbacks did not all run");
        }

        long[] nanos = new long[rounds];
        int counted = n;
        boolean done = true;
        for (int round = 0; round < rounds && done; round++) {
            AtomicInteger count = new AtomicInteger();
            CountDownLatch all = new CountDownLatch(n);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                pool.applyAsync(PoolApplyAsync::trivial, i, r -> {
                    count.incrementAndGet();
                    all.countDown();
                });
            }
            done = all.await(120, TimeUnit.SECONDS);
            nanos[round] = System.nanoTime() - t0;
            Thread.sleep(20);   // a callback too many would show now
            if (count.get() != n) {
                counted = count.get();
                break;
            }
        }
        pool.close();
        pool.join();
        if (done) {
            Report.result(name, Report.medianMillis(nanos), "ms");
        }
        Report.result(name + ".final", counted, "count");
        Report.result(name + ".expected", n, "count");
    }
}
