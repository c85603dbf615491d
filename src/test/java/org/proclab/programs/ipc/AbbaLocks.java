package org.proclab.programs.ipc;

import org.proclab.mp.Lock;
import org.proclab.mp.MP;
import org.proclab.mp.Process;

/** The classic deadlock: each process holds one lock and waits for the other's. */
public class AbbaLocks {
    public static void main(String[] args) {
        Lock a = new Lock();
        Lock b = new Lock();
        Process p1 = new Process("takes-a-then-b", () -> {
            a.acquire();
            MP.sleep(0.5);
            b.acquire();
        });
        Process p2 = new Process("takes-b-then-a", () -> {
            b.acquire();
            MP.sleep(0.5);
            a.acquire();
        });
        p1.start();
        p2.start();
        p1.join();
        p2.join();
    }
}
