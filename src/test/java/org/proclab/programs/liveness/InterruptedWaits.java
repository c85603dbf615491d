package org.proclab.programs.liveness;

import org.proclab.mp.Lock;
import org.proclab.mp.Queue;
import org.proclab.programs.Cues;

/**
 * A thread interrupted while it waits for a lock, and one while it waits in get(): each gets the error, and
 * its call no longer waits in the kernel, so the lock released afterwards is free for the next acquire() and
 * the item put afterwards goes to the next get(), instead of to a call nobody waits for any more.
 */
public class InterruptedWaits {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        Lock lock = new Lock();
        lock.acquire();
        Thread taker = new Thread(() -> report("acquire", lock::acquire));
        taker.start();
        Cues.await(cues, "acquire-waits");
        taker.interrupt();
        taker.join();
        lock.release();
        System.out.println("lock taken again: " + lock.acquire(5));

        Queue<String> queue = new Queue<>();
        Thread getter = new Thread(() -> report("get", queue::get));
        getter.start();
        Cues.await(cues, "get-waits");
        getter.interrupt();
        getter.join();
        queue.put("the item");
        System.out.println("got: " + queue.get());
    }

    private static void report(String call, Runnable wait) {
        try {
            wait.run();
            System.out.println(call + " returned");
        } catch (IllegalStateException e) {
            System.out.println(call + " interrupted");
        }
    }
}
