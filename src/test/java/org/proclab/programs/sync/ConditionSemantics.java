package org.proclab.programs.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Condition;
import org.proclab.mp.Empty;
import org.proclab.mp.Lock;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.mp.RLock;
import org.proclab.mp.Value;
import org.proclab.programs.Cues;

/**
 * Condition rules, after CPython's _TestCondition: notify wakes one waiter, notify_all the rest; a timed
 * wait returns false holding the lock again; wait without the lock is refused; wait_for re-checks its
 * predicate after each notify; an RLock held twice is held twice again after a wait. The first argument
 * is the cue directory: "two-wait" comes when both waiters wait in wait(), "three-wait" when the three of
 * test_notify_n do: notify(2) wakes two of them, and notify(5) the one left.
 */
// "with lock:" is try (var held = lock.enter()) { ... }: the block never names `held`, which javac notes
@SuppressWarnings("try")
public class ConditionSemantics {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        Condition cond = new Condition();
        Queue<String> woke = new Queue<>();
        List<Process> waiters = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String name = "waiter-" + i;
            waiters.add(new Process(name, () -> {
                try (Condition held = cond.enter()) {
                    woke.put("woken " + cond.await());
                }
            }));
        }
        waiters.forEach(Process::start);
        Cues.await(cues, "two-wait");
        try (Condition held = cond.enter()) {
            cond.signal();
        }
        System.out.println("notify: " + woke.get());
        try {
            System.out.println("a second woke: " + woke.get(0.3));
        } catch (Empty e) {
            System.out.println("notify woke only one");
        }
        try (Condition held = cond.enter()) {
            cond.signalAll();
        }
        System.out.println("notify_all: " + woke.get());
        waiters.forEach(Process::join);

        Lock lock = new Lock();
        Condition overLock = new Condition(lock);
        try (Condition held = overLock.enter()) {
            long t0 = System.nanoTime();
            boolean notified = overLock.await(0.3);
            System.out.println("await(0.3) " + notified + " after >= 0.3 s: " + (System.nanoTime() - t0 >= 300_000_000L)
                    + ", lock held again: " + lock.locked());
        }
        System.out.println("after with: locked " + lock.locked());
        try {
            overLock.await(0.1);
            System.out.println("await without the lock: no error");
        } catch (IllegalStateException e) {
            System.out.println("await without the lock: " + e.getMessage());
        }
        try {
            overLock.signal();
            System.out.println("notify without the lock: no error");
        } catch (IllegalStateException e) {
            System.out.println("notify without the lock: " + e.getMessage());
        }

        Value<Integer> state = Value.ofInt(0);
        Process stepper = new Process("stepper", () -> {
            for (int i = 0; i < 3; i++) {
                try (Condition held = cond.enter()) {
                    state.set(state.get() + 1);
                    cond.signalAll();
                }
            }
        });
        try (Condition held = cond.enter()) {
            stepper.start();
            System.out.println("wait_for state == 3: " + cond.awaitFor(() -> state.get() == 3, -1) + ", state " + state.get());
            System.out.println("wait_for state == 4, 0.3 s: " + cond.awaitFor(() -> state.get() == 4, 0.3));
        }
        stepper.join();

        RLock r = new RLock();
        Condition overRLock = new Condition(r);
        r.acquire();
        r.acquire();
        overRLock.await(0.1);
        r.release();
        r.release();
        try {
            r.release();
            System.out.println("rlock after wait: a third release passed");
        } catch (IllegalStateException e) {
            System.out.println("rlock held twice again after wait: " + e.getMessage());
        }

        List<Process> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "n-waiter-" + i;
            three.add(new Process(name, () -> {
                try (Condition held = cond.enter()) {
                    woke.put(name + " " + cond.await());
                }
            }));
        }
        three.forEach(Process::start);
        Cues.await(cues, "three-wait");
        try (Condition held = cond.enter()) {
            cond.signal(2);
        }
        List<String> first = new ArrayList<>(List.of(woke.get(), woke.get()));
        try {
            System.out.println("notify(2): a third woke: " + woke.get(0.3));
        } catch (Empty e) {
            System.out.println("notify(2) woke two, each true: " + first.stream().allMatch(w -> w.endsWith(" true")));
        }
        try (Condition held = cond.enter()) {
            cond.signal(5);
        }
        System.out.println("notify(5) woke the one left: " + woke.get().endsWith(" true"));
        three.forEach(Process::join);
    }
}
