package org.proclab.programs.sync;

import org.proclab.mp.Lock;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.mp.RLock;

/**
 * RLock and Lock rules, after CPython's _TestLock: an RLock taken again by its owner, released as many
 * times; refused to another process and released only by its owner; acquire() returning true, locked(),
 * and try-with-resources releasing even when the block throws.
 */
// "with lock:" is try (var held = lock.enter()) { ... }: the block never names `held`, which javac notes
@SuppressWarnings("try")
public class RLockSemantics {
    public static void main(String[] args) throws Exception {
        RLock r = new RLock();
        System.out.println("rlock acquire " + r.acquire() + " " + r.acquire() + " " + r.acquire(0));
        Queue<String> seen = new Queue<>();
        Process other = new Process("other", () -> {
            seen.put("other acquire(0) " + r.acquire(0));
            try {
                r.release();
                seen.put("other release: no error");
            } catch (IllegalStateException e) {
                seen.put("other release: " + e.getMessage());
            }
        });
        other.start();
        System.out.println(seen.get());
        System.out.println(seen.get());
        other.join();
        r.release();
        r.release();
        r.release();
        try {
            r.release();
            System.out.println("fourth release: no error");
        } catch (IllegalStateException e) {
            System.out.println("fourth release: " + e.getMessage());
        }
        Process taker = new Process("taker", () -> {
            boolean got = r.acquire(0);
            System.out.println("free again: other acquire(0) " + got);
            r.release();
        });
        taker.start();
        taker.join();

        Lock lock = new Lock();
        System.out.println("lock locked " + lock.locked() + ", acquire " + lock.acquire() + ", locked " + lock.locked()
                + ", acquire(0) " + lock.acquire(0));
        lock.release();
        try (Lock held = lock.enter()) {
            System.out.println("inside with: locked " + lock.locked());
            throw new IllegalArgumentException("boom");
        } catch (IllegalArgumentException e) {
            System.out.println("after with that threw " + e.getMessage() + ": locked " + lock.locked());
        }
        try (RLock held = r.enter()) {
            r.acquire();
            r.release();
            System.out.println("rlock inside with, taken again and released: other may not take it");
        }
        Process last = new Process("last", () -> {
            boolean got = r.acquire(0);
            System.out.println("after rlock with: other acquire(0) " + got);
            r.release();
        });
        last.start();
        last.join();
    }
}
