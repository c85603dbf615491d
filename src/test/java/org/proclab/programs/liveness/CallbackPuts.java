package org.proclab.programs.liveness;

import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.mp.Queue;

/**
 * Not a deadlock: the main thread waits in get() on a queue only this process holds, and the pool's
 * callback, which runs in this process when the task is done, puts into it.
 */
public class CallbackPuts {
    static int slow(int x) {
        MP.sleep(1);
        return x * 10;
    }

    public static void main(String[] args) {
        Queue<Integer> q = new Queue<>();
        Pool pool = new Pool(1);
        pool.applyAsync(CallbackPuts::slow, 4, q::put);
        System.out.println("got " + q.get());
        pool.close();
        pool.join();
    }
}
