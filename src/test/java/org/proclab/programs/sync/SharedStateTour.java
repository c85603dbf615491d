package org.proclab.programs.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Array;
import org.proclab.mp.Barrier;
import org.proclab.mp.BrokenBarrierError;
import org.proclab.mp.Event;
import org.proclab.mp.JoinableQueue;
import org.proclab.mp.Process;
import org.proclab.mp.Semaphore;

/**
 * The program behind the recorded trace {@code traces/shared-state-tour.jsonl} (the main window's views of a
 * JoinableQueue, a shared Array and the sync objects): two workers wait for an Event, take jobs from a
 * JoinableQueue, write each square into its cell of an Array under a Semaphore, and mark each job done; the
 * main process waits in join() until every job is done, then all three meet at a Barrier.
 */
public class SharedStateTour {
    public static void main(String[] args) throws Exception {
        JoinableQueue<Integer> jobs = new JoinableQueue<>();
        Array<Integer> squares = Array.ofInts(6);
        Event go = new Event();
        Semaphore writers = new Semaphore(1);
        Barrier end = new Barrier(3);
        List<Process> workers = new ArrayList<>();
        for (int w = 1; w <= 2; w++) {
            workers.add(new Process("worker-" + w, () -> {
                go.await();
                while (true) {
                    Integer job = jobs.get();
                    if (job == null) {
                        jobs.taskDone();
                        break;
                    }
                    writers.acquire();
                    squares.set(job, job * job);
                    writers.release();
                    jobs.taskDone();
                }
                meet(end);
            }));
        }
        workers.forEach(Process::start);
        for (int i = 0; i < 6; i++) {
            jobs.put(i);
        }
        go.set();
        jobs.join();
        System.out.println("every job done: " + squares.toList());
        jobs.put(null);
        jobs.put(null);
        meet(end);
        workers.forEach(Process::join);
    }

    private static void meet(Barrier b) {
        try {
            b.await();
        } catch (BrokenBarrierError e) {
            System.out.println("the barrier broke");
        }
    }
}
