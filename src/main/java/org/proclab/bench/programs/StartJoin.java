package org.proclab.bench.programs;

import org.proclab.mp.Process;

/** start() then join() of a child whose task does nothing. Args: NAME SAMPLES WARMUP. Prints the median in ms. */
public final class StartJoin {
    private StartJoin() {}

    public static void main(String[] args) {
        String name = Report.name(args, "process_start_join");
        int samples = Report.arg(args, 1, 20);
        int warm = Report.arg(args, 2, 2);
        long[] nanos = new long[samples];
        for (int i = -warm; i < samples; i++) {
            long t0 = System.nanoTime();
            Process p = new Process(() -> { });
            p.start();
            p.join();
            long t1 = System.nanoTime();
            if (p.exitCode() != 0) {
                throw new IllegalStateException("the empty child ended with exit code " + p.exitCode());
            }
            if (i >= 0) {
                nanos[i] = t1 - t0;
            }
        }
        Report.result(name, Report.medianMillis(nanos), "ms");
    }
}
