package org.proclab.bench.programs;

import java.io.IOException;
import org.proclab.mp.Connection;
import org.proclab.mp.MP;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/**
 * Time from {@code Process.start()} in the parent until the child's task runs its first line.
 * Args: NAME SAMPLES WARMUP. Prints the median in ms. A NAME ending in {@code _paced} pauses half a second
 * before each start, as a program does between its starts: the time a parent's spare JVM has to boot.
 *
 * <p>The child sends its own {@code System.nanoTime()} and the parent subtracts its own reading taken
 * before start(). That compares clocks of two JVMs, which is sound because nanoTime reads one
 * system-wide clock: CLOCK_MONOTONIC on Linux, mach_absolute_time on macOS, QueryPerformanceCounter on
 * Windows. Python's {@code time.monotonic_ns()} reads the same clock on Linux.
 */
public final class WorkerReady {
    private WorkerReady() {}

    public static void main(String[] args) throws IOException {
        String name = Report.name(args, "worker_ready");
        int samples = Report.arg(args, 1, 10);
        int warm = Report.arg(args, 2, 1);
        Pipe pipe = Pipe.open(false);
        Connection reader = pipe.first();
        Connection writer = pipe.second();
        long pauseMillis = name.endsWith("_paced") ? 500 : 0;
        long[] nanos = new long[samples];
        for (int i = -warm; i < samples; i++) {
            if (pauseMillis > 0) {
                MP.sleep(pauseMillis / 1000.0);
            }
            Process p = new Process(() -> writer.send(System.nanoTime()));
            long t0 = System.nanoTime();
            p.start();
            long running = reader.recv();
            p.join();
            if (i >= 0) {
                nanos[i] = running - t0;
            }
        }
        Report.result(name, Report.medianMillis(nanos), "ms");
    }
}
