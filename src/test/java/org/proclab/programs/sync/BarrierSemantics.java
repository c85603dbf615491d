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
 * arrive, a timed-out wait breaking it (its own timeout or the barrier's default, test_default_timeout), abort
 * and reset, reuse after a reset, one party alone (test_single_thread), and an action that throws: its runner
 * gets the exception, the other BrokenBarrierError, as Python's Barrier does. The first argument is the
 * cue directory: "one-waits" comes when the child "early" waits in wait().
 */
public class BarrierSemantics {
    /** What one wait on {@code b} gave: passed, BrokenBarrierError, or the action's own exception. */
    static String outcome(Barrier b) {
        try {
            b.await();
            return "passed";
        } catch (BrokenBarrierError e) {
            return "BrokenBarrierError";
        } catch (IllegalStateException e) {
            return "its own " + e.getMessage();
        }
    }

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
        Barrier timedByDefault = new Barrier(2, null, 0.3);
        long t0 = System.nanoTime();
        try {
            timedByDefault.await();
            System.out.println("default timeout: passed");
        } catch (BrokenBarrierError e) {
            System.out.println("default timeout 0.3 s: BrokenBarrierError after >= 0.3 s: "
                    + (System.nanoTime() - t0 >= 300_000_000L) + ", broken " + timedByDefault.broken());
        }
        Barrier single = new Barrier(1);
        System.out.println("Barrier(1): indices " + single.await() + " " + single.await());

        Barrier failing = new Barrier(2, () -> {
            throw new IllegalStateException("action failed");
        }, -1);
        Process other = new Process("other", () -> out.put(outcome(failing)));
        other.start();
        List<String> outcomes = new ArrayList<>(List.of(outcome(failing), out.get()));
        outcomes.sort(null);
        other.join();
        System.out.println("action threw: " + outcomes + ", broken " + failing.broken());
        try {
            new Barrier(0);
        } catch (IllegalArgumentException e) {
            System.out.println("Barrier(0): " + e.getMessage());
        }
    }
}
