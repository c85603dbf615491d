package org.proclab.programs.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Empty;
import org.proclab.mp.Full;
import org.proclab.mp.JoinableQueue;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.mp.SimpleQueue;

/**
 * Queue rules past get and put, after CPython's _TestQueue (test_put, test_task_done) and _TestSimpleQueue:
 * full, put with a time-out, put_nowait and get_nowait, close; a JoinableQueue whose join() returns once
 * every item is marked done, and a task_done too many; a SimpleQueue between two processes.
 */
public class QueueApiSemantics {
    public static void main(String[] args) throws Exception {
        Queue<Integer> q = new Queue<>(2);
        System.out.println("empty " + q.empty() + ", full " + q.full());
        q.putNowait(1);
        q.put(2, 0.3);
        System.out.println("two in: full " + q.full() + ", qsize " + q.qsize());
        try {
            q.putNowait(3);
        } catch (Full e) {
            System.out.println("putNowait on full: Full " + e.getMessage());
        }
        long t0 = System.nanoTime();
        try {
            q.put(3, 0.3);
        } catch (Full e) {
            System.out.println("put(3, 0.3) on full: Full after >= 0.3 s: " + (System.nanoTime() - t0 >= 300_000_000L));
        }
        System.out.println("getNowait " + q.getNowait() + " " + q.getNowait());
        try {
            q.getNowait();
        } catch (Empty e) {
            System.out.println("getNowait on empty: Empty " + e.getMessage());
        }
        q.close();
        q.joinThread();
        try {
            q.put(4);
        } catch (IllegalStateException e) {
            System.out.println("put after close: " + e.getMessage());
        }

        JoinableQueue<Integer> jobs = new JoinableQueue<>();
        Queue<Integer> done = new Queue<>();
        List<Process> workers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            workers.add(new Process("worker-" + w, () -> {
                while (true) {
                    Integer job = jobs.get();
                    if (job == null) {
                        jobs.taskDone();
                        return;
                    }
                    done.put(job * job);
                    jobs.taskDone();
                }
            }));
        }
        workers.forEach(Process::start);
        for (int i = 0; i < 10; i++) {
            jobs.put(i);
        }
        jobs.join();
        int atJoin = done.qsize();
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += done.get();
        }
        System.out.println("join returned with " + atJoin + " results in, sum of squares " + sum);
        for (int w = 0; w < 3; w++) {
            jobs.put(null);
        }
        jobs.join();
        workers.forEach(Process::join);
        try {
            jobs.taskDone();
        } catch (IllegalStateException e) {
            System.out.println("task_done too many: " + e.getMessage());
        }

        SimpleQueue<String> simple = new SimpleQueue<>();
        System.out.println("simple empty " + simple.empty());
        Process writer = new Process("writer", () -> simple.put("hello"));
        writer.start();
        System.out.println("simple got " + simple.get() + ", empty " + simple.empty());
        writer.join();
    }
}
