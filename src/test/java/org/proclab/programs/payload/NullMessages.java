package org.proclab.programs.payload;

import java.util.Arrays;
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
            System.out.println("recv " + show(b.recv()));
            System.out.println("recv " + show(b.recv()));
            System.out.println("get " + show(q.get()));
            System.out.println("get " + show(q.get()));
        });
        child.start();
        a.send(null);
        a.send("after");
        q.put(null);
        q.put("after");
        child.join();
        System.out.println("child exit " + child.exitCode());

        Pool pool = new Pool(1);
        System.out.println("apply " + pool.apply(x -> x == null ? "got None" : "got " + x, (String) null));
        System.out.println("apply returns " + show(pool.apply(x -> null, "x")));
        System.out.println("map " + pool.map(x -> x == null ? "None" : x, Arrays.asList("a", null, "c")));
        pool.close();
        pool.join();
    }

    /** Python prints None; a Java null received must be exactly null, not a string "null". */
    static String show(Object o) {
        return o == null ? "None" : o instanceof String s ? s : o.getClass().getName();
    }
}
