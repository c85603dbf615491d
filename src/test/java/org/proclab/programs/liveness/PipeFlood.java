package org.proclab.programs.liveness;

import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * A writer floods a pipe with 500 messages of 1 KiB while nobody reads: the pipe holds 64 KiB, so the
 * writer must wait in send(). Its second thread sees it waiting and tells the reader to start; the reader
 * then reads everything.
 */
public class PipeFlood {
    public static void main(String[] args) throws Exception {
        Pipe pipe = Pipe.open(false);
        Queue<String> start = new Queue<>();
        Process writer = new Process("writer", () -> {
            pipe.first().close();
            Thread sending = Thread.currentThread();
            java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
            // 64 KiB hold 63 messages of 1 KiB (each carries one more byte that says it is bytes)
            int fit = (64 * 1024) / 1025;
            Thread watcher = new Thread(() -> {
                while (sent.get() < fit || sending.getState() != Thread.State.WAITING) {
                    Thread.onSpinWait(); // the pipe is full, and the writer waits for room
                }
                start.put("the writer waits in send()");
            });
            watcher.start();
            for (int i = 0; i < 500; i++) {
                pipe.second().sendBytes(new byte[1024]);
                sent.incrementAndGet();
            }
            watcher.join();
            System.out.println("writer done");
        });
        writer.start();
        pipe.second().close();
        System.out.println(start.get());
        int n = 0;
        try {
            while (true) {
                pipe.first().recvBytes();
                n++;
            }
        } catch (java.io.EOFException e) {
            // the writer ended
        }
        writer.join();
        System.out.println("read " + n);
    }
}
