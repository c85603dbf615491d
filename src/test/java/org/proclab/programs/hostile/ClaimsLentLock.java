package org.proclab.programs.hostile;

import java.lang.reflect.Field;
import org.proclab.mp.Lock;
import org.proclab.mp.Process;
import org.proclab.mp.Value;
import org.proclab.wire.Op;
import org.proclab.worker.WorkerRuntime;

/**
 * A child says it took a lock by itself that was never lent to it, another gives back a lock never lent, a third
 * (lent the lock for real) says it released it by itself while it did not hold it: words no ProcLab program sends.
 * The kernel ends each; the lock stays free and the value as it was.
 */
public class ClaimsLentLock {
    public static void main(String[] args) throws Exception {
        Value<Integer> v = Value.ofInt(0);
        long lock = id(v.getLock());
        Process acquirer = new Process("acquirer", () -> {
            WorkerRuntime.get().client().call(Op.LENT_DONE, lock, Op.ACQUIRE.ordinal(), 0, null, null, new long[] {1});
            System.out.println("the kernel took it");
        });
        acquirer.start();
        acquirer.join();
        Process giver = new Process("giver", () -> {
            WorkerRuntime.get().client().call(Op.LENT_GIVE_BACK, lock, 0, 0, null, null, null);
            System.out.println("the kernel took it");
        });
        giver.start();
        giver.join();
        Process releaser = new Process("releaser", () -> {
            v.getLock().acquire();
            v.set(3);
            v.getLock().release();
            System.out.println("set 3");
            WorkerRuntime.get().client().call(Op.LENT_DONE, lock, Op.RELEASE.ordinal(), 0, null, null, new long[] {1});
            System.out.println("the kernel took it");
        });
        releaser.start();
        releaser.join();
        System.out.println("exit codes " + acquirer.exitCode() + " " + giver.exitCode() + " " + releaser.exitCode());
        System.out.println("lock free: " + v.getLock().acquire(0.5) + ", value " + v.get());
        v.getLock().release();
    }

    private static long id(Lock l) {
        try {
            Field f = Lock.class.getDeclaredField("id");
            f.setAccessible(true);
            return (Long) f.get(l);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
