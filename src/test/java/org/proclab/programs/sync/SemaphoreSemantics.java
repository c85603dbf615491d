package org.proclab.programs.sync;

import org.proclab.mp.BoundedSemaphore;
import org.proclab.mp.Process;
import org.proclab.mp.Semaphore;
import org.proclab.programs.Cues;

/**
 * Semaphore rules, after CPython's _TestSemaphore: the counter, timed acquires, a release by another
 * process that lets a waiter go on, and a BoundedSemaphore's release too many. The first argument is the
 * cue directory: "taker-waits" comes when the child waits in acquire().
 */
// "with lock:" is try (var held = lock.enter()) { ... }: the block never names `held`, which javac notes
@SuppressWarnings("try")
public class SemaphoreSemantics {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        Semaphore s = new Semaphore(2);
        System.out.println("value " + s.getValue() + ", acquire " + s.acquire() + ", value " + s.getValue()
                + ", acquire " + s.acquire() + ", value " + s.getValue());
        System.out.println("at 0: acquire(0) " + s.acquire(0) + ", acquire(0.3) " + s.acquire(0.3));
        s.release();
        s.release();
        s.release(); // an unbounded semaphore goes above its initial value
        System.out.println("after three releases: value " + s.getValue());

        Semaphore gate = new Semaphore(0);
        Process taker = new Process("taker", () -> System.out.println("taker acquired " + gate.acquire()));
        taker.start();
        Cues.await(cues, "taker-waits");
        gate.release();
        taker.join();
        System.out.println("taker exit " + taker.exitCode() + ", gate value " + gate.getValue());

        try (Semaphore held = s.enter()) {
            System.out.println("inside with: value " + s.getValue());
        }
        System.out.println("after with: value " + s.getValue());

        BoundedSemaphore b = new BoundedSemaphore(2);
        b.acquire();
        b.release();
        try {
            b.release();
            System.out.println("bounded release too many: no error");
        } catch (IllegalStateException ex) {
            System.out.println("bounded release too many: " + ex.getMessage() + ", value " + b.getValue());
        }
        try {
            new Semaphore(-1);
        } catch (IllegalArgumentException ex) {
            System.out.println("Semaphore(-1): " + ex.getMessage());
        }
    }
}
