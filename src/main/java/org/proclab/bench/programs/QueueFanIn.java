package org.proclab.bench.programs;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Lock;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * P producer children put small ints into one queue; the parent gets them all.
 * Args: NAME PRODUCERS TOTAL WARMUP (TOTAL and WARMUP are split between the producers).
 * Prints items per second, timed from the start signal until the parent got the last item.
 */
public final class QueueFanIn {
    private static final int READY = -1;

    private QueueFanIn() {}

    static void producer(Queue<Integer> q, Lock gate, int n, int warm) {
        for (int i = 0; i < warm; i++) {
            q.put(i);
        }
        q.put(READY);
        gate.acquire();
        gate.release();
        for (int i = 0; i < n; i++) {
            q.put(i);
        }
    }

    public static void main(String[] args) {
        String name = Report.name(args, "queue_1to1");
        int producers = Report.arg(args, 1, 1);
        int total = Report.arg(args, 2, 100_000);
        int warm = Report.arg(args, 3, total / 10);
        int each = total / producers;
        int warmEach = warm / producers;

        Queue<Integer> q = new Queue<>();
        Lock gate = new Lock();
        gate.acquire();
        List<Process> children = new ArrayList<>();
        for (int k = 0; k < producers; k++) {
            Process p = new Process("producer-" + (k + 1), () -> producer(q, gate, each, warmEach));
            p.start();
            children.add(p);
        }
        int ready = 0;
        while (ready < producers) {
            if (q.get() == READY) {
                ready++;
            }
        }
        long t0 = System.nanoTime();
        gate.release();
        long expected = (long) producers * each;
        for (long i = 0; i < expected; i++) {
            q.get();
        }
        long t1 = System.nanoTime();
        for (Process p : children) {
            p.join();
        }
        if (!q.empty()) {
            throw new IllegalStateException("items left in the queue after " + expected + " gets");
        }
        Report.result(name, Report.perSecond(expected, t1 - t0), "msgs/s");
    }
}
