package org.proclab.programs;

import org.proclab.mp.MP;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * Lesson 1's zombie and orphan, each step waiting for the one before: quick has exited (cue
 * "quick-exited") before main says it is a zombie; the grandchild has started before main terminates its
 * parent; the kernel has seen the grandchild adopted (cue "grandchild-orphaned") before it asks for its
 * new parent. The first argument is the cue directory.
 */
public class ZombieThenOrphan {
    public static void main(String[] args) {
        String cues = args[0];
        Process quick = new Process("quick", () -> System.out.println("quick: done already"));
        quick.start();
        Cues.await(cues, "quick-exited");
        System.out.println("quick has ended, but nobody joined it yet: it is a zombie");

        Queue<Long> started = new Queue<>();
        Process middle = new Process("middle", () -> {
            new Process("grandchild", () -> {
                System.out.println("grandchild: my parent is " + MP.getppid());
                started.put(MP.getpid());
                Cues.await(cues, "grandchild-orphaned");
                System.out.println("grandchild: my parent is now " + MP.getppid());
            }).start();
            MP.sleep(600); // until it is terminated
        });
        middle.start();
        started.get();
        middle.terminate();       // its child, the grandchild, becomes an orphan
        quick.join();             // now the zombie is collected
        middle.join();
        System.out.println("quick: exit code " + quick.exitCode() + ", middle: exit code " + middle.exitCode());
    }
}
