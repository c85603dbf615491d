package org.proclab.lessons.manager;

import org.proclab.mp.Barrier;
import org.proclab.mp.BrokenBarrierError;
import org.proclab.mp.DictProxy;
import org.proclab.mp.ListProxy;
import org.proclab.mp.MP;
import org.proclab.mp.Manager;
import org.proclab.mp.Process;

/**
 * Lesson 7, variant: the same update of d["count"] without the lock. Each call is done whole in the manager
 * process, but a read and a write are two calls, and the other child may write between them.
 */
public class WithoutLock {
    static final int TIMES = 5;

    static void work(String name, DictProxy<String, Integer> d, ListProxy<String> log, Barrier together)
            throws BrokenBarrierError {
        together.await();                          // both children start their updates at the same time
        for (int i = 0; i < TIMES; i++) {
            int now = d.get("count");               // a call to the manager: read
            MP.sleep(0.01);
            d.put("count", now + 1);                // another call: write (the other child may have written meanwhile)
            log.append(name + " " + i);             // one call, done whole in the manager
        }
    }

    public static void main(String[] args) {
        try (Manager manager = new Manager()) {
            DictProxy<String, Integer> d = manager.dict();
            ListProxy<String> log = manager.list();
            d.put("count", 0);
            Barrier together = new Barrier(2);
            Process a = new Process("child-a", () -> work("a", d, log, together));
            Process b = new Process("child-b", () -> work("b", d, log, together));
            a.start();
            b.start();
            a.join();
            b.join();
            System.out.println("count in the manager's dict: " + d.get("count") + " (10 if no update was lost)");
            System.out.println("entries in the manager's list: " + log.size());
        }
    }
}
