package org.proclab.programs.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Barrier;
import org.proclab.mp.BrokenBarrierError;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.programs.Cues;

/**
 * Barrier rules, after CPython's _TestBarrier: arrival indices 0..n-1, the action run once by the last to
 * arrive, a timed-out wait breaking it, abort and reset, and reuse after a reset. The first argument is the
 * cue directory: "one-waits" comes when the child "early" waits in wait().
 */
public class BarrierSemantics {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        Queue<String> out = new Queue<>();
        Barrier three = new Barrier(3, () -> out.put("action ran"), -1);
        List<Process> parties = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            parties.add(new Process("party-" + i, () -> out.put("index " + three.await())));
        }
        parties.forEach(Process::start);
        List<String> got = new ArrayList<>();
        got.add("index " + three.await());
        for (int i = 0; i < 3; i++) {
            got.add(out.get());
        }
        got.sort(null);
        parties.forEach(Process::join);
        System.out.println("three parties: " + got + ", parties " + three.parties() + ", n_waiting " + three.nWaiting());

        Barrier two = new Barrier(2);
        Process early = new Process("early", () -> {
            try {
                two.await();
                out.put("early passed");
            } catch (BrokenBarrierError e) {
                out.put("early: BrokenBarrierError");
            }
        });
        early.start();
        Cues.await(cues, "one-waits");
        System.out.println("n_waiting with one in it: " + two.nWaiting());
        two.abort();
        System.out.println("after abort: " + out.get() + ", broken " + two.broken());
        try {
            two.await();
            System.out.println("await on broken: passed");
        } catch (BrokenBarrierError e) {
            System.out.println("await on broken: BrokenBarrierError");
        }
        early.join();
        two.reset();
        System.out.println("after reset: broken " + two.broken());
        Queue<Integer> index = new Queue<>();
        Process partner = new Process("partner", () -> index.put(two.await()));
        partner.start();
        int mine = two.await();
        System.out.println("reused after reset: indices " + (mine + index.get()) + " = 0 + 1");
        partner.join();

        Barrier alone = new Barrier(2);
        try {
            alone.await(0.3);
            System.out.println("timed out wait: passed");
        } catch (BrokenBarrierError e) {
            System.out.println("timed out wait: BrokenBarrierError, broken " + alone.broken());
        }
        try {
            new Barrier(0);
        } catch (IllegalArgumentException e) {
            System.out.println("Barrier(0): " + e.getMessage());
        }
    }
}
