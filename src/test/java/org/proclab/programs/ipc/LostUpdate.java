package org.proclab.programs.ipc;

import org.proclab.mp.Process;
import org.proclab.mp.Value;

/** Two unlocked read-then-write updates; the order the scheduler lets through decides the result. */
public class LostUpdate {
    public static void main(String[] args) {
        Value<Integer> v = Value.ofInt(0);
        Process p1 = new Process("adds-1", () -> {
            int now = v.get();
            v.set(now + 1);
        });
        Process p2 = new Process("adds-3", () -> {
            int now = v.get();
            v.set(now + 3);
        });
        p1.start();
        p2.start();
        p1.join();
        p2.join();
        System.out.println("final " + v.get());
    }
}
