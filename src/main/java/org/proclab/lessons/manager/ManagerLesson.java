package org.proclab.lessons.manager;

import org.proclab.mp.Barrier;
import org.proclab.mp.BrokenBarrierError;
import org.proclab.mp.DictProxy;
import org.proclab.mp.ListProxy;
import org.proclab.mp.Lock;
import org.proclab.mp.LockProxy;
import org.proclab.mp.MP;
import org.proclab.mp.Manager;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.mp.Value;

/**
 * Lesson 7: a Manager. Its server process keeps a dict, a list and a lock; two children update them through
 * proxies, and every call travels to the manager process and back. Beside them, for comparison, a Value
 * (kept in ProcLab's kernel, as Python keeps it in shared memory) and a Queue (messages, not shared state).
 */
public class ManagerLesson {
    static final int TIMES = 5;

    static void work(String name, DictProxy<String, Integer> d, ListProxy<String> log, LockProxy lock,
                     Value<Integer> v, Queue<String> q, Barrier together) throws BrokenBarrierError {
        together.await();                          // both children start their updates at the same time
        for (int i = 0; i < TIMES; i++) {
            try (LockProxy held = lock.enter()) {   // the lock is kept in the manager process too
                int now = d.get("count");           // a call to the manager: read
                MP.sleep(0.01);
                d.put("count", now + 1);            // another call: write
            }
            log.append(name + " " + i);             // one call, done whole in the manager
            try (Lock held = v.getLock().enter()) {
                v.set(v.get() + 1);                 // the Value is in the kernel: no manager process involved
            }
            q.put(name + " " + i);                  // a message to the main process, not shared state
        }
    }

    public static void main(String[] args) {
        try (Manager manager = new Manager()) {     // starts the manager's server process
            DictProxy<String, Integer> d = manager.dict();
            ListProxy<String> log = manager.list();
            LockProxy lock = manager.lock();
            d.put("count", 0);
            Value<Integer> v = Value.ofInt(0);
            Queue<String> q = new Queue<>();
            Barrier together = new Barrier(2);
            Process a = new Process("child-a", () -> work("a", d, log, lock, v, q, together));
            Process b = new Process("child-b", () -> work("b", d, log, lock, v, q, together));
            a.start();
            b.start();
            int messages = 0;
            for (int i = 0; i < 2 * TIMES; i++) {
                q.get();
                messages++;
            }
            a.join();
            b.join();
            System.out.println("count in the manager's dict: " + d.get("count") + " (10 if no update was lost)");
            System.out.println("entries in the manager's list: " + log.size());
            System.out.println("Value in the kernel: " + v.get());
            System.out.println("messages through the Queue: " + messages);
        }                                           // leaving the block shuts the manager process down
    }
}
