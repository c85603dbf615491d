package org.proclab.programs.liveness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.proclab.mp.Pipe;
import org.proclab.mp.Queue;
import org.proclab.programs.Cues;

/**
 * Threads of one process calling the kernel at once, while another waits in recv() all along: each must get its
 * own answers, in its order, whichever thread reads them from the socket. Then a thread waiting in recv() is interrupted: it gets the error, its
 * call no longer waits (the next message goes to the next recv()), and the process keeps its connection.
 */
public class ConcurrentCallers {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        int threads = 4;
        int rounds = 300;
        AtomicInteger wrong = new AtomicInteger();
        // one thread waits in recv() all through the rounds: the thread reading the socket may be one that
        // waits long, and it must hand the others their answers as they come
        Pipe long1 = Pipe.open();
        List<String> longWait = new ArrayList<>();
        Thread waitsLong = new Thread(() -> {
            try {
                longWait.add(long1.first().recv());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        waitsLong.start();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * 1_000_000;
            Queue<Integer> mine = new Queue<>();
            Thread th = new Thread(() -> {
                for (int i = 0; i < rounds; i++) {
                    mine.put(base + i);
                    mine.put(base + i + 500_000);
                    if (mine.get() != base + i || mine.get() != base + i + 500_000) {
                        wrong.incrementAndGet();
                    }
                }
            });
            all.add(th);
        }
        for (Thread th : all) {
            th.start();
        }
        for (Thread th : all) {
            th.join();
        }
        System.out.println("answers out of place: " + wrong.get());
        long1.second().send("the long wait ends");
        waitsLong.join();
        System.out.println(longWait);

        Pipe pipe = Pipe.open();
        AtomicInteger interrupted = new AtomicInteger();
        Thread waiter = new Thread(() -> {
            try {
                pipe.first().recv();
            } catch (IllegalStateException e) {
                interrupted.incrementAndGet(); // the call ended with the interrupt
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        waiter.start();
        Cues.await(cues, "main-waits");
        waiter.interrupt();
        waiter.join();
        System.out.println("recv interrupted: " + interrupted.get());
        // the interrupted recv() no longer waits: the next message goes to the next recv()
        pipe.second().send("after the interrupt");
        String next = pipe.first().recv();
        System.out.println(next);
        Queue<String> after = new Queue<>();
        after.put("still connected");
        System.out.println(after.get());
    }
}
