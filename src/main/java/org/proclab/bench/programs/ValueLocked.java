package org.proclab.bench.programs;

import org.proclab.mp.Lock;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.mp.Value;

/**
 * Two children each add 1 to a shared Value N times, holding the value's lock around the read and
 * the write. Args: NAME N WARMUP. Prints increments per second and the final value, which must be 2N.
 */
public final class ValueLocked {
    private ValueLocked() {}

    static void increment(Value<Integer> v, int n) {
        Lock lock = v.getLock();
        for (int i = 0; i < n; i++) {
            lock.acquire();
            v.set(v.get() + 1);
            lock.release();
        }
    }

    static void worker(Value<Integer> warmValue, Value<Integer> v, int n, int warm, Queue<String> status, Lock gate) {
        increment(warmValue, warm);     // warm-up on a separate value, so the checked count stays 2N
        status.put("ready");
        gate.acquire();
        gate.release();
        increment(v, n);
        status.put("done");
    }

    public static void main(String[] args) {
        String name = Report.name(args, "value_locked_increments");
        int n = Report.arg(args, 1, 5_000);
        int warm = Report.arg(args, 2, n / 5);

        Value<Integer> warmValue = Value.ofInt(0);
        Value<Integer> v = Value.ofInt(0);
        Queue<String> status = new Queue<>();
        Lock gate = new Lock();
        gate.acquire();
        Process a = new Process("adder-1", () -> worker(warmValue, v, n, warm, status, gate));
        Process b = new Process("adder-2", () -> worker(warmValue, v, n, warm, status, gate));
        a.start();
        b.start();
        status.get();
        status.get();
        long t0 = System.nanoTime();
        gate.release();
        status.get();
        status.get();
        long t1 = System.nanoTime();
        a.join();
        b.join();
        int finalValue = v.get();
        Report.result(name, Report.perSecond(2L * n, t1 - t0), "increments/s");
        Report.result(name + ".final", finalValue, "count");
        Report.result(name + ".expected", 2L * n, "count");
    }
}
