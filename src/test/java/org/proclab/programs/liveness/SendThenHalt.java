package org.proclab.programs.liveness;

import org.proclab.mp.Lock;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.mp.Value;

/**
 * Children that hand something over and end abruptly at once (Runtime.halt: no flushing, no goodbye).
 * What they handed over must have arrived: 200 messages, 200 queue items, a value, a released lock.
 */
public class SendThenHalt {
    public static void main(String[] args) throws Exception {
        Pipe pipe = Pipe.open(false);
        Queue<Integer> q = new Queue<>();
        Value<Integer> v = Value.ofInt(0);
        Lock lock = new Lock();
        Process sender = new Process("sender", () -> {
            for (int i = 0; i < 200; i++) {
                pipe.second().send(i);
                q.put(i);
            }
            v.set(42);
            lock.acquire();
            lock.release();
            Runtime.getRuntime().halt(0);
        });
        sender.start();
        pipe.second().close();
        int got = 0;
        try {
            while (true) {
                pipe.first().recv();
                got++;
            }
        } catch (java.io.EOFException e) {
            // every write handle closed: the sender ended
        }
        int items = 0;
        try {
            while (items < 200) {
                q.get(5); // they are all there already, unless some were lost
                items++;
            }
        } catch (org.proclab.mp.Empty e) {
            // lost
        }
        sender.join();
        System.out.println("messages " + got);
        System.out.println("items " + items);
        System.out.println("value " + v.get());
        System.out.println("lock free " + lock.acquire(0));
    }
}
