package org.proclab.programs.sync;

import java.io.IOException;
import java.util.List;
import org.proclab.mp.Connection;
import org.proclab.mp.MP;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/**
 * multiprocessing.connection.wait, after CPython's TestWait (test_wait): nothing ready, a timed wait, the
 * one end a child wrote to, then end-of-file on every end; and active_children, cpu_count.
 */
public class ConnectionWaitSemantics {
    public static void main(String[] args) throws Exception {
        Pipe one = Pipe.open(false);
        Pipe two = Pipe.open(false);
        Pipe go = Pipe.open(false);
        Connection r1 = one.first();
        Connection r2 = two.first();
        System.out.println("nothing sent: await(0) " + names(Connection.await(List.of(r1, r2), 0), r1));
        long t0 = System.nanoTime();
        List<Connection> none = Connection.await(List.of(r1, r2), 0.3);
        System.out.println("await(0.3) " + names(none, r1) + " after >= 0.3 s: " + (System.nanoTime() - t0 >= 300_000_000L));

        Process writer = new Process("writer", () -> {
            one.second().close();
            go.first().recv();
            two.second().send("x");
        });
        writer.start();
        List<Process> active = MP.activeChildren();
        System.out.println("active children " + active.size() + " " + active.get(0).name() + ", cpu count > 0: " + (MP.cpuCount() > 0));
        go.second().send("go");
        List<Connection> ready = Connection.await(List.of(r1, r2), -1);
        System.out.println("after the child wrote to the second: " + names(ready, r1) + ", got " + r2.recv());
        one.second().close();
        two.second().close();
        writer.join();
        System.out.println("active children after join " + MP.activeChildren().size());
        System.out.println("every writer closed: " + names(Connection.await(List.of(r1, r2), -1), r1));
        try {
            Connection.await(List.of(one.second()), 0);
        } catch (IOException e) {
            System.out.println("await on a closed end: " + e.getMessage());
        }
    }

    private static String names(List<Connection> ready, Connection first) {
        StringBuilder s = new StringBuilder("[");
        for (Connection c : ready) {
            s.append(s.length() > 1 ? ", " : "").append(c == first ? "first" : "second");
        }
        return s.append("]").toString();
    }
}
