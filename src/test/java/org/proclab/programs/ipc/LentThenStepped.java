package org.proclab.programs.ipc;

import org.proclab.mp.Queue;
import org.proclab.programs.Cues;

/**
 * Gets one item at full speed (the next ones come lent), then, once the test has switched to step mode
 * (cue "stepping"), waits until they have gone back and gets the next: a get that must wait for its turn.
 */
public class LentThenStepped {
    public static void main(String[] args) throws Exception {
        Queue<Integer> q = new Queue<>();
        for (int i = 1; i <= 5; i++) {
            q.put(i);
        }
        System.out.println("got " + q.get() + ", holds " + LentCount.of(q));
        Cues.await(args[0], "stepping");
        while (LentCount.of(q) > 0) {
            Thread.sleep(5);
        }
        System.out.println("got " + q.get() + ", holds " + LentCount.of(q));
    }
}
