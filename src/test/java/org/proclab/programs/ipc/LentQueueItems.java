package org.proclab.programs.ipc;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Event;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * A queue lends its one getter the items after the one it asked for; they stay the queue's until taken.
 * Prints what each process got and how many lent items it holds: a second getter gets them in order while
 * the first still holds them and waits; a getter that ends or closes the queue leaves them to the others;
 * qsize counts them.
 */
public class LentQueueItems {
    public static void main(String[] args) throws Exception {
        Queue<Integer> alone = new Queue<>();
        for (int i = 0; i < 1000; i++) {
            alone.put(i);
        }
        List<Integer> got = new ArrayList<>();
        got.add(alone.get());
        System.out.println("alone got " + got.get(0) + ", holds " + LentCount.of(alone));
        for (int i = 1; i < 1000; i++) {
            got.add(alone.get());
        }
        boolean inOrder = true;
        for (int i = 0; i < 1000; i++) {
            inOrder &= got.get(i) == i;
        }
        System.out.println("alone got 1000 in order: " + inOrder + ", holds " + LentCount.of(alone));

        Queue<Integer> shared = new Queue<>();
        for (int i = 1; i <= 10; i++) {
            shared.put(i);
        }
        Event firstGot = new Event();
        Event secondDone = new Event();
        Process first = new Process("first", () -> {
            System.out.println("first got " + shared.get() + ", holds " + LentCount.of(shared));
            firstGot.set();
            secondDone.await(); // waiting in the kernel while the second takes what was lent to it
            System.out.println("first holds " + LentCount.of(shared));
        });
        Process second = new Process("second", () -> {
            firstGot.await();
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                mine.add(shared.get());
            }
            System.out.println("second got " + mine);
            secondDone.set();
        });
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("shared qsize " + shared.qsize());

        Queue<Integer> left = new Queue<>();
        for (int i = 1; i <= 5; i++) {
            left.put(i);
        }
        Process ends = new Process("ends", () -> System.out.println("ends got " + left.get() + ", holds " + LentCount.of(left)));
        ends.start();
        ends.join();
        System.out.println("after its end qsize " + left.qsize() + ", got " + takeAll(left, 4));

        Queue<Integer> closing = new Queue<>();
        for (int i = 1; i <= 5; i++) {
            closing.put(i);
        }
        Event gotOne = new Event();
        Event counted = new Event();
        Event closed = new Event();
        Process closer = new Process("closer", () -> {
            System.out.println("closer got " + closing.get() + ", holds " + LentCount.of(closing));
            gotOne.set();
            counted.await();
            closing.close();
            closed.set();
        });
        closer.start();
        gotOne.await();
        System.out.println("while lent qsize " + closing.qsize() + ", empty " + closing.empty());
        counted.set();
        closed.await();
        System.out.println("after its close got " + takeAll(closing, 4));
        closer.join();
    }

    private static List<Integer> takeAll(Queue<Integer> q, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(q.get());
        }
        return out;
    }
}
