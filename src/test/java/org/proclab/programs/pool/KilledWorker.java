package org.proclab.programs.pool;

import org.proclab.mp.AsyncResult;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.mp.Queue;
import org.proclab.mp.TaskError;

/** A worker killed from outside while it runs a task: the task fails, the pool replaces the worker. */
public class KilledWorker {
    static int sleepy(int x, Queue<Long> running) {
        running.put(MP.getpid());
        MP.sleep(600); // until it is killed
        return x;
    }

    static long pid(int x) {
        return MP.getpid();
    }

    public static void main(String[] args) {
        Queue<Long> running = new Queue<>();
        Pool pool = new Pool(1);
        long victim = pool.pids().get(0);
        AsyncResult<Integer> r = pool.applyAsync(x -> sleepy(x, running), 1);
        running.get(); // the task runs: now kill its worker
        ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly);
        try {
            r.get();
            System.out.println("no error");
        } catch (TaskError e) {
            System.out.println("failed: " + e.getMessage().replace(Long.toString(victim), "VICTIM"));
        }
        long next = pool.apply(KilledWorker::pid, 0);
        System.out.println("replacement serves: " + (next != victim));
        pool.close();
        pool.join();
    }
}
