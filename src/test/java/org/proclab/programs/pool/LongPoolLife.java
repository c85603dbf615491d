package org.proclab.programs.pool;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.AsyncResult;
import org.proclab.mp.Pool;
import org.proclab.programs.Cues;

/**
 * A pool used for many tasks: a result delivered long ago is still known as delivered when asked for late,
 * and the kernel, asked while the pool stays open, keeps nothing per task that is done.
 */
public class LongPoolLife {
    public static void main(String[] args) {
        Pool pool = new Pool(2);
        AsyncResult<Integer> early = pool.applyAsync(x -> x * 2, 21);
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            xs.add(i);
        }
        long sum = pool.map(x -> x + 1, xs, 1).stream().mapToLong(Integer::longValue).sum();
        System.out.println("mapped " + sum);
        System.out.println("early " + early.get());
        Cues.await(args[0], "inspected");
        pool.close();
        pool.join();
    }
}
