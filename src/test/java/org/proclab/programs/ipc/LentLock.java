package org.proclab.programs.ipc;

import org.proclab.mp.Condition;
import org.proclab.mp.Lock;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.mp.Value;
import org.proclab.programs.Cues;

/**
 * A value's lock lent to the process that takes it: alone, it does 1,000 locked increments by itself; two
 * adders share one value; a process ends holding the lent lock; another process reads and takes the lock while
 * it is lent (the test cues "holder blocked" when the holder's acquire waits for it), and makes a condition on it.
 */
public class LentLock {
    static void add(Value<Integer> v, int n) {
        Lock l = v.getLock();
        for (int i = 0; i < n; i++) {
            l.acquire();
            v.set(v.get() + 1);
            l.release();
        }
    }

    public static void main(String[] args) {
        Value<Integer> alone = Value.ofInt(0);
        Process solo = new Process("alone", () -> {
            Lock l = alone.getLock();
            l.acquire();
            System.out.println("lent after its first acquire: " + LentCount.holds(l));
            alone.set(alone.get() + 1);
            l.release();
            for (int i = 1; i < 1000; i++) {
                l.acquire(); // the loop's acquire
                alone.set(alone.get() + 1); // the loop's get and set
                l.release(); // the loop's release
            }
            System.out.println("still lent: " + LentCount.holds(l));
        });
        solo.start();
        solo.join();
        System.out.println("alone: " + alone.get());

        Value<Integer> shared = Value.ofInt(0);
        Process a = new Process("adder-1", () -> add(shared, 2000));
        Process b = new Process("adder-2", () -> add(shared, 2000));
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("shared: " + shared.get());

        Value<Integer> kept = Value.ofInt(0);
        Process keeps = new Process("keeps", () -> {
            kept.getLock().acquire();
            kept.set(7);
            System.out.println("ends holding the lent lock: " + LentCount.holds(kept.getLock()));
        });
        keeps.start();
        keeps.join();
        System.out.println("after its end: value " + kept.get() + ", acquire(0.2) " + kept.getLock().acquire(0.2));

        Value<Integer> v = Value.ofInt(0);
        Queue<String> said = new Queue<>();
        Queue<String> go = new Queue<>();
        Process holder = new Process("holder", () -> {
            Lock l = v.getLock();
            l.acquire();
            v.set(5);
            l.release();
            said.put("lent " + LentCount.holds(l));
            go.get();
            l.acquire(); // the parent holds it now: this waits in the kernel until it releases
            said.put("took it back, value " + v.get() + ", lent " + LentCount.holds(l));
            l.release();
            go.get();
        });
        holder.start();
        System.out.println("holder says " + said.get());
        System.out.println("value while lent: " + v.get());
        Lock l = v.getLock();
        l.acquire();
        go.put("go");
        Cues.await(args[0], "holder blocked"); // its acquire waits in the kernel, as it always did
        v.set(6);
        l.release();
        System.out.println("holder says " + said.get());
        Condition c = new Condition(l);
        go.put("go");
        holder.join();
        c.acquire();
        System.out.println("a condition on it waits and times out: " + !c.await(0.1));
        c.release();
    }
}
