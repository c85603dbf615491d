package org.proclab.programs.ipc;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Empty;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.programs.Cues;

/**
 * Queue rules: FIFO, get(timeout), a bounded queue blocks put, several producers and consumers. The first
 * argument is the cue directory: "filler-blocked" comes when the producer waits on the full queue.
 */
public class QueueSemantics {
    public static void main(String[] args) throws Exception {
        Queue<Integer> q = new Queue<>();
        for (int i = 0; i < 10; i++) {
            q.put(i);
        }
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            got.add(q.get());
        }
        System.out.println("fifo " + got);
        try {
            q.get(0.3);
            System.out.println("get(0.3) returned");
        } catch (Empty e) {
            System.out.println("get(0.3) raised Empty");
        }

        Queue<Integer> small = new Queue<>(2);
        Process filler = new Process("filler", () -> {
            for (int i = 0; i < 5; i++) {
                small.put(i);
            }
        });
        filler.start();
        Cues.await(args[0], "filler-blocked"); // the filler waits in put() on the full queue
        System.out.println("bounded qsize while producer waits " + small.qsize());
        List<Integer> drained = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drained.add(small.get());
        }
        filler.join();
        System.out.println("bounded drained " + drained);

        Queue<Integer> work = new Queue<>();
        Queue<Long> sums = new Queue<>();
        List<Process> all = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            int base = p * 1000;
            all.add(new Process("producer-" + p, () -> {
                for (int i = 0; i < 100; i++) {
                    work.put(base + i);
                }
            }));
        }
        for (int c = 0; c < 2; c++) {
            all.add(new Process("consumer-" + c, () -> {
                long sum = 0;
                for (int i = 0; i < 150; i++) {
                    sum += work.get();
                }
                sums.put(sum);
            }));
        }
        all.forEach(Process::start);
        long total = sums.get() + sums.get();
        all.forEach(Process::join);
        System.out.println("many to many total " + total);
    }
}
