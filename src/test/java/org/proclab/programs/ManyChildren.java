package org.proclab.programs;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Barrier;
import org.proclab.mp.MP;
import org.proclab.mp.Process;

/**
 * A big family: main starts N children (first argument, 200 unless given); each prints a line and waits at a
 * barrier until all N are alive, then stays a few seconds (second argument, 2 unless given) and ends. Main
 * says "all N children alive" when the barrier opens, and joins them. For the views at 100 and 200 processes
 * and the time from Run to all of them alive.
 */
public class ManyChildren {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double stay = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        Barrier allAlive = new Barrier(n + 1);
        List<Process> children = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int k = i;
            Process p = new Process(() -> {
                System.out.println("child " + k + " of " + n + ", pid " + MP.getpid());
                allAlive.await();
                MP.sleep(stay);
            });
            p.start();
            children.add(p);
        }
        allAlive.await();
        System.out.println("all " + n + " children alive");
        for (Process p : children) {
            p.join();
        }
        System.out.println("all " + n + " children joined");
    }
}
