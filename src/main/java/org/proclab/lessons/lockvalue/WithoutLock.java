package org.proclab.lessons.lockvalue;

import org.proclab.mp.MP;
import org.proclab.mp.Process;
import org.proclab.mp.Value;

/**
 * Lesson 4, variant: the same job without the lock. A read and a write of the value are two steps,
 * and the other process may run in between. Use step mode to choose the order yourself: let both
 * processes read, then let both write, and see what becomes of the additions.
 */
public class WithoutLock {

    static void job(Value<Integer> v, int num) {
        for (int i = 0; i < 5; i++) {
            MP.sleep(0.1);
            int now = v.get();                // step 1: read
            v.set(now + num);                 // step 2: write (another process may have written meanwhile)
        }
    }

    public static void main(String[] args) {
        Value<Integer> v = Value.ofInt(0);
        Process p1 = new Process(() -> job(v, 1));
        Process p2 = new Process(() -> job(v, 3));
        p1.start();
        p2.start();
        p1.join();
        p2.join();
        System.out.println("final value: " + v.get() + " (20 if no update was lost)");
    }
}
