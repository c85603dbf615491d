package org.proclab.programs.liveness;

import org.proclab.mp.Pipe;

/**
 * Not a deadlock: the main thread waits in recv() on a pipe only this process writes, but its own second
 * thread is busy computing and will send. ProcLab must not report it as stuck.
 */
public class SecondThreadSends {
    public static void main(String[] args) throws Exception {
        Pipe pipe = Pipe.open();
        Thread worker = new Thread(() -> {
            long sum = 0;
            for (long i = 0; i < 3_000_000_000L; i++) {
                sum += i ^ (sum >>> 3); // a second or more of work, on any machine
            }
            try {
                pipe.second().send(sum);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        worker.start();
        Object got = pipe.first().recv();
        System.out.println("got the sum: " + (got != null));
    }
}
