package org.proclab.bench.programs;

import org.proclab.mp.Pool;

/** {@code new Pool(2)} + {@code close()} + {@code join()}, no task. Args: NAME SAMPLES WARMUP. Prints the median in ms. */
public final class PoolCreate {
    private PoolCreate() {}

    public static void main(String[] args) {
        String name = Report.name(args, "pool_create_close_join");
        int samples = Report.arg(args, 1, 5);
        int warm = Report.arg(args, 2, 1);
        long[] nanos = new long[samples];
        for (int i = -warm; i < samples; i++) {
            long t0 = System.nanoTime();
            Pool pool = new Pool(2);
            pool.close();
            pool.join();
            long t1 = System.nanoTime();
            if (i >= 0) {
                nanos[i] = t1 - t0;
            }
        }
        Report.result(name, Report.medianMillis(nanos), "ms");
    }
}
