package org.proclab.programs.payload;

import java.util.Arrays;
import java.util.List;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Pool;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/** null is a message like any other, as Python's None: through a pipe, a queue and a pool. */
public class NullMessages {
    public static void main(String[] args) throws Exception {
        Pipe p = Pipe.open();
        Connection a = p.first();
        Connection b = p.second();
        Queue<String> q = new Queue<>();
        Process child = new Process("receiver", () -> {
            System.out.println("recv " + b.recv());
            System.out.println("recv " + b.recv());
            System.out.println("get " + q.get());
            System.out.println("get " + q.get());
        });
        child.start();
        a.send(null);
        a.send("after");
        q.put(null);
        q.put("after");
        child.join();
        System.out.println("child exit " + child.exitCode());

        Pool pool = new Pool(1);
        System.out.println("apply " + pool.apply(x -> x == null ? "got null" : "got " + x, (String) null));
        System.out.println("apply returns " + pool.apply(x -> null, "x"));
        System.out.println("map " + pool.map(x -> x, Arrays.asList("a", null, "c")));
        pool.close();
        pool.join();
    }
}
