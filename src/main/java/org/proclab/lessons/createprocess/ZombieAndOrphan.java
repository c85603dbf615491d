package org.proclab.lessons.createprocess;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/**
 * Lesson 1, variant: a zombie and an orphan.
 * The first child ends at once, but the main program waits 3 seconds before joining it: meanwhile
 * it is a zombie. The second child starts a grandchild and is then terminated: the grandchild lives
 * on as an orphan, adopted by another process.
 */
public class ZombieAndOrphan {

    static void parentOfOrphan() {
        Process grandchild = new Process("grandchild", () -> {
            System.out.println("grandchild: my parent is " + MP.getppid());
            MP.sleep(2);
            System.out.println("grandchild: my parent is now " + MP.getppid());
        });
        grandchild.start();
        MP.sleep(60);
    }

    public static void main(String[] args) {
        Process quick = new Process("quick", () -> System.out.println("quick: done already"));
        quick.start();
        Process middle = new Process("middle", ZombieAndOrphan::parentOfOrphan);
        middle.start();

        MP.sleep(1);
        System.out.println("quick has ended, but nobody joined it yet: it is a zombie");
        middle.terminate();       // its child, the grandchild, becomes an orphan
        MP.sleep(2);
        quick.join();             // now the zombie is collected
        middle.join();
        System.out.println("quick: exit code " + quick.exitCode() + ", middle: exit code " + middle.exitCode());
    }
}
