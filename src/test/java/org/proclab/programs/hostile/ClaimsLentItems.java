package org.proclab.programs.hostile;

import java.lang.reflect.Field;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.wire.Op;
import org.proclab.worker.WorkerRuntime;

/**
 * A child says it took an item its queue never lent it, another gives back more than it was lent, a third
 * says it started a task a pool never lent it: words no ProcLab program sends. The kernel ends each; the
 * queue's items stay for the parent and the pool goes on.
 */
public class ClaimsLentItems {
    public static void main(String[] args) throws Exception {
        Queue<Integer> q = new Queue<>();
        for (int i = 1; i <= 3; i++) {
            q.put(i);
        }
        Process taker = new Process("taker", () -> {
            WorkerRuntime.get().client().call(Op.LENT_TAKEN, id(q), 0, 0, null, null, null);
            System.out.println("the kernel took it");
        });
        taker.start();
        taker.join();
        Process giver = new Process("giver", () -> {
            System.out.println("giver got " + q.get());
            WorkerRuntime.get().client().call(Op.LENT_GIVE_BACK, id(q), 5, 0, null, null, null);
            System.out.println("the kernel took it");
        });
        giver.start();
        giver.join();
        org.proclab.mp.Pool pool = new org.proclab.mp.Pool(1);
        long poolId = poolId(pool);
        Process starter = new Process("starter", () -> {
            WorkerRuntime.get().client().call(Op.LENT_TAKEN, poolId, 1, 0, null, null, null);
            System.out.println("the kernel took it");
        });
        starter.start();
        starter.join();
        System.out.println("pool still works: " + pool.apply(x -> x + 1, 41));
        pool.close();
        pool.join();
        System.out.println("starter exit code " + starter.exitCode());
        System.out.println("taker exit code " + taker.exitCode() + ", giver exit code " + giver.exitCode());
        System.out.println("main got " + q.get() + " " + q.get());
    }

    private static long poolId(org.proclab.mp.Pool pool) throws ReflectiveOperationException {
        Field engine = org.proclab.mp.Pool.class.getDeclaredField("engine");
        engine.setAccessible(true);
        Object e = engine.get(pool);
        Field id = e.getClass().getDeclaredField("id");
        id.setAccessible(true);
        return (Long) id.get(e);
    }

    private static long id(Queue<?> q) {
        try {
            Field f = Queue.class.getDeclaredField("id");
            f.setAccessible(true);
            return (Long) f.get(q);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
