package org.proclab.programs.pool;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.AsyncResult;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.mp.Queue;
import org.proclab.mp.TaskError;

/** Pool rules, each printed as one line. */
public class PoolSemantics {
    static int square(int x) {
        return x * x;
    }

    static long whoAmI(int ignored) {
        return MP.getpid();
    }

    static int fails(int x) {
        throw new IllegalArgumentException("bad argument " + x);
    }

    /** With two workers: 0 and 1 start first; 0 waits until the parent has seen another result, which is 1. */
    static int zeroWaits(int x, Queue<String> firstSeen) {
        if (x == 0) {
            firstSeen.get();
        }
        return x;
    }

    public static void main(String[] args) {
        Queue<String> firstSeen = new Queue<>();
        Pool pool = new Pool(2);
        System.out.println("apply " + pool.apply(PoolSemantics::square, 7));
        List<String> callbackPids = new ArrayList<>();
        AsyncResult<Integer> r = pool.applyAsync(PoolSemantics::square, 8,
                v -> callbackPids.add(v + "@" + (MP.getpid() == MP.currentProcess().pid() ? "parent" : "child")));
        System.out.println("applyAsync " + r.get() + " callback " + callbackPids);
        System.out.println("ready " + r.ready() + " successful " + r.successful());

        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            in.add(i);
        }
        System.out.println("map chunk1 " + pool.map(PoolSemantics::square, in, 1));
        System.out.println("map default " + pool.map(PoolSemantics::square, in));
        List<Integer> im = new ArrayList<>();
        pool.imap(PoolSemantics::square, List.of(1, 2, 3)).forEach(im::add);
        System.out.println("imap " + im);
        List<Integer> un = new ArrayList<>();
        for (int v : pool.imapUnordered(x -> zeroWaits(x, firstSeen), List.of(0, 1, 2, 3))) {
            if (un.isEmpty()) {
                firstSeen.put("seen");
            }
            un.add(v);
        }
        System.out.println("imapUnordered finishes first " + un.get(0) + " all " + un.stream().sorted().toList());

        List<String> errors = new ArrayList<>();
        AsyncResult<Integer> bad = pool.applyAsync(PoolSemantics::fails, 5, null, e -> errors.add("error callback"));
        try {
            bad.get();
        } catch (TaskError e) {
            System.out.println("task error " + e.remoteClass() + " | " + e.getMessage().lines().findFirst().orElse("")
                    + " | trace names fails: " + e.getMessage().contains("PoolSemantics.fails") + " | " + errors);
        }
        System.out.println("after error the pool serves " + pool.apply(PoolSemantics::square, 3));

        try {
            pool.join();
        } catch (IllegalStateException e) {
            System.out.println("join before close: " + e.getMessage());
        }
        pool.close();
        try {
            pool.applyAsync(PoolSemantics::square, 1);
        } catch (IllegalStateException e) {
            System.out.println("submit after close: " + e.getMessage());
        }
        pool.join();
        System.out.println("joined");

        Pool recycled = new Pool(1, 2);
        List<Long> pids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pids.add(recycled.apply(PoolSemantics::whoAmI, i));
        }
        System.out.println("maxtasksperchild 2: distinct workers " + pids.stream().distinct().count()
                + ", pairs " + (pids.get(0).equals(pids.get(1)) && pids.get(2).equals(pids.get(3))));
        recycled.close();
        recycled.join();

        // A function that captures something travels with each task and is rebuilt with it, as Python
        // unpickles a task's function: one worker, yet no task sees what an earlier one added.
        Pool one = new Pool(1);
        List<Integer> seen = new ArrayList<>();
        System.out.println("captured list per task " + one.map(x -> {
            seen.add(x);
            return seen.size();
        }, List.of(1, 2, 3), 1) + ", the parent's " + seen);
        System.out.println("stateless function, tasks after the first " + one.map(PoolSemantics::square, List.of(4, 5, 6), 1));
        one.close();
        one.join();
    }
}
