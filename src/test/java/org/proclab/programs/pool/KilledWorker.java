package org.proclab.programs.pool;

import org.proclab.mp.AsyncResult;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.mp.TaskError;

/** A worker killed from outside while it runs a task: the task fails, the pool replaces the worker. */
public class KilledWorker {
    static int sleepy(int x) {
        MP.sleep(30);
        return x;
    }

    static long pid(int x) {
        return MP.getpid();
    }

    public static void main(String[] args) {
        Pool pool = new Pool(1);
        long victim = pool.pids().get(0);
        AsyncResult<Integer> r = pool.applyAsync(KilledWorker::sleepy, 1);
        MP.sleep(1.5);
        ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly);
        try {
            r.get(20);
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
