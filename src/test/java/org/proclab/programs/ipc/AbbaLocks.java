package org.proclab.programs.ipc;

import org.proclab.mp.Lock;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * The classic deadlock: each process holds one lock and waits for the other's. Each takes its first lock
 * and says so, then waits until the other has taken its own, so both surely hold one before asking for
 * the second.
 */
public class AbbaLocks {
    public static void main(String[] args) {
        Lock a = new Lock();
        Lock b = new Lock();
        Queue<String> aHeld = new Queue<>();
        Queue<String> bHeld = new Queue<>();
        Process p1 = new Process("takes-a-then-b", () -> {
            a.acquire();
            aHeld.put("a");
            bHeld.get();
            b.acquire();
        });
        Process p2 = new Process("takes-b-then-a", () -> {
            b.acquire();
            bHeld.put("b");
            aHeld.get();
            a.acquire();
        });
        p1.start();
        p2.start();
        p1.join();
        p2.join();
    }
}
