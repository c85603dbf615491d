package org.proclab.programs.ipc;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Lock;
import org.proclab.mp.Process;
import org.proclab.mp.Value;

/** Lock rules: mutual exclusion, release of an unlocked lock, a lock kept by a dead process. */
public class LockSemantics {
    public static void main(String[] args) {
        Value<Integer> v = Value.ofInt(0);
        Lock lock = v.getLock();
        List<Process> adders = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            adders.add(new Process(() -> {
                for (int i = 0; i < 100; i++) {
                    lock.acquire();
                    v.set(v.get() + 1);
                    lock.release();
                }
            }));
        }
        adders.forEach(Process::start);
        adders.forEach(Process::join);
        System.out.println("locked total " + v.get());

        Lock free = new Lock();
        try {
            free.release();
            System.out.println("release of unlocked: no error");
        } catch (IllegalStateException e) {
            System.out.println("release of unlocked: " + e.getMessage());
        }

        Lock kept = new Lock();
        Process dies = new Process("dies-holding", () -> {
            kept.acquire();
            System.out.println("got it, exiting");
        });
        dies.start();
        dies.join();
        System.out.println("acquire(0.5) after holder died: " + kept.acquire(0.5));
        kept.release();                         // as in Python, any process may release it
        System.out.println("acquire(0) after release: " + kept.acquire(0));
    }
}
