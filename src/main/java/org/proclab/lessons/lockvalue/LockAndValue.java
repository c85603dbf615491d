package org.proclab.lessons.lockvalue;

import org.proclab.mp.Lock;
import org.proclab.mp.MP;
import org.proclab.mp.Process;
import org.proclab.mp.Value;

/**
 * Lesson 4: a shared value and a lock. Two processes add 1 and 3 to a shared integer five times
 * each; each holds the lock while it reads and writes the value.
 */
public class LockAndValue {

    static void job(Value<Integer> v, int num, Lock lock) {
        lock.acquire();
        try {
            for (int i = 0; i < 5; i++) {
                MP.sleep(0.1);
                v.set(v.get() + num);         // a read, then a write: safe only while we hold the lock
                System.out.println(v.get());
            }
        } finally {
            lock.release();
        }
    }

    public static void main(String[] args) {
        Value<Integer> v = Value.ofInt(0);
        Lock lock = new Lock();
        Process p1 = new Process(() -> job(v, 1, lock));
        Process p2 = new Process(() -> job(v, 3, lock));
        p1.start();
        p2.start();
        p1.join();
        p2.join();
        System.out.println("final value: " + v.get());
    }
}
