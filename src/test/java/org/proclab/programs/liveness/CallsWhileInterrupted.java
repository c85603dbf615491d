package org.proclab.programs.liveness;

import org.proclab.mp.Queue;

/**
 * A thread whose interrupt flag is set goes on calling the API, as a program may (in a finally block, say):
 * its calls work, and the process keeps its connection to the kernel.
 */
public class CallsWhileInterrupted {
    public static void main(String[] args) {
        Queue<String> queue = new Queue<>();
        Thread.currentThread().interrupt();
        queue.put("put while interrupted");
        System.out.println("still interrupted: " + Thread.interrupted());
        System.out.println(queue.get());
    }
}
