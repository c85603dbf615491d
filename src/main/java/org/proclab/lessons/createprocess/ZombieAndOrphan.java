package org.proclab.lessons.createprocess;

import org.proclab.mp.MP;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * Lesson 1, variant: a zombie and an orphan.
 * "quick" ends at once, but the main program joins it only at the very end: until then it is a zombie.
 * "middle" starts a child of its own, the grandchild; once the grandchild says it runs, the main program
 * terminates "middle", and the grandchild lives on as an orphan: the operating system gives it a new parent.
 * The grandchild's messages go through a queue, so each step waits for the one before, however slow the machine.
 */
public class ZombieAndOrphan {

    static void grandchild(Queue<String> news) {
        long parent = MP.getppid();
        System.out.println("grandchild: my parent is " + parent);
        news.put("the grandchild runs");
        while (MP.getppid() == parent) {            // until the operating system gives me a new parent
            MP.sleep(0.2);
        }
        System.out.println("grandchild: my parent is now " + MP.getppid());
        news.put("the grandchild has a new parent");
        MP.sleep(2);                                // not needed: it lets you see the orphan in the tree a while
    }

    static void middle(Queue<String> news) {
        Process grandchild = new Process("grandchild", () -> grandchild(news));
        grandchild.start();
        MP.sleep(60);                               // "middle" is terminated long before this ends
    }

    public static void main(String[] args) {
        Queue<String> news = new Queue<>();
        Process quick = new Process("quick", () -> System.out.println("quick: done already"));
        quick.start();
        Process middle = new Process("middle", () -> middle(news));
        middle.start();

        System.out.println("main: " + news.get());  // wait until the grandchild runs
        middle.terminate();                         // its child, the grandchild, becomes an orphan
        middle.join();
        System.out.println("main: " + news.get());  // wait until the grandchild has its new parent
        System.out.println("quick has ended, but nobody joined it yet: it is a zombie");
        quick.join();                               // only now is the zombie collected
        System.out.println("quick: exit code " + quick.exitCode() + ", middle: exit code " + middle.exitCode());
    }
}
