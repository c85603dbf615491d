package org.proclab.programs.liveness;

import org.proclab.mp.Queue;
import org.proclab.programs.Cues;

/** In step mode, a thread whose get() is held for its turn is interrupted: the get() never runs. */
public class InterruptedWhileHeld {
    public static void main(String[] args) throws Exception {
        Queue<String> queue = new Queue<>();
        Thread getter = new Thread(() -> {
            try {
                queue.get();
                System.out.println("get returned");
            } catch (IllegalStateException e) {
                System.out.println("get interrupted");
            }
        });
        getter.start();
        Cues.await(args[0], "get-held");
        getter.interrupt();
        getter.join();
        System.out.println("done");
    }
}
