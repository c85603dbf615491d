package org.proclab.programs.ipc;

import org.proclab.mp.Lock;
import org.proclab.mp.Value;
import org.proclab.programs.Cues;

/**
 * Takes a value's lock at full speed (it comes lent), then, once the test has switched to step mode (cue
 * "stepping"), waits until the loan has gone back and takes it again: an acquire that must wait for its turn.
 */
public class LockLentThenStepped {
    public static void main(String[] args) throws Exception {
        Value<Integer> v = Value.ofInt(0);
        Lock l = v.getLock();
        l.acquire();
        v.set(1);
        l.release();
        System.out.println("lent " + LentCount.holds(l));
        Cues.await(args[0], "stepping");
        while (LentCount.holds(l)) {
            Thread.sleep(5);
        }
        l.acquire();
        System.out.println("took it in step mode, lent " + LentCount.holds(l));
        l.release();
    }
}
