package org.proclab.programs.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Event;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.programs.Cues;

/**
 * Event rules, after CPython's _TestEvent.test_event: the flag, timed waits, a set by another process that
 * wakes a waiting one, and one set that wakes every waiter. The first argument is the cue directory:
 * "main-waits" comes when the main process waits in wait(), "three-wait" when the three waiters do.
 */
public class EventSemantics {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        Event e = new Event();
        System.out.println("new: isSet " + e.isSet() + ", await(0) " + e.await(0));
        long t0 = System.nanoTime();
        boolean timed = e.await(0.3);
        System.out.println("await(0.3) " + timed + " after >= 0.3 s: " + (System.nanoTime() - t0 >= 300_000_000L));
        e.set();
        System.out.println("set: isSet " + e.isSet() + ", await() " + e.await() + ", await(0) " + e.await(0));
        e.clear();
        System.out.println("clear: isSet " + e.isSet() + ", await(0) " + e.await(0));

        Process setter = new Process("setter", () -> {
            Cues.await(cues, "main-waits");
            e.set();
        });
        setter.start();
        System.out.println("set by another process: await() " + e.await());
        setter.join();
        e.clear();

        Queue<String> woke = new Queue<>();
        List<Process> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "waiter-" + i;
            waiters.add(new Process(name, () -> woke.put(name + " " + e.await())));
        }
        waiters.forEach(Process::start);
        Cues.await(cues, "three-wait");
        e.set();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            got.add(woke.get());
        }
        got.sort(null);
        waiters.forEach(Process::join);
        System.out.println("one set woke " + got);
    }
}
