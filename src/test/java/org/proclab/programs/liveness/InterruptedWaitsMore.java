package org.proclab.programs.liveness;

import org.proclab.mp.Empty;
import org.proclab.mp.Event;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.programs.Cues;

/**
 * The other waits an interrupt ends: put() into a full queue, wait() on an event, join() on a child. After
 * each, the object works on as if the interrupted call had never been made: the abandoned put() did not
 * land later, a new wait() sees the event set, a new join() gets the child's exit code.
 */
public class InterruptedWaitsMore {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        Queue<String> queue = new Queue<>(1);
        queue.put("first");
        interrupted(cues, "put-waits", "put", () -> queue.put("abandoned"));
        System.out.println("got: " + queue.get());
        queue.put("second");
        System.out.println("got: " + queue.get());
        try {
            System.out.println("then: " + queue.get(0.5));
        } catch (Empty e) {
            System.out.println("then: empty");
        }

        Event ready = new Event();
        interrupted(cues, "wait-waits", "wait", ready::await);
        ready.set();
        System.out.println("a new wait sees it set: " + ready.await(5));

        Event go = new Event();
        Process child = new Process(() -> {
            go.await();
            System.exit(3);
        });
        child.start();
        interrupted(cues, "join-waits", "join", child::join);
        go.set();
        child.join();
        System.out.println("child's exit code: " + child.exitCode());
    }

    /** Runs {@code call} on a thread, interrupts it once the kernel holds the call ({@code cue}), and says how it ended. */
    private static void interrupted(String cues, String cue, String name, Runnable call) throws InterruptedException {
        Thread t = new Thread(() -> {
            try {
                call.run();
                System.out.println(name + " returned");
            } catch (IllegalStateException e) {
                System.out.println(name + " interrupted");
            }
        });
        t.start();
        Cues.await(cues, cue);
        t.interrupt();
        t.join();
    }
}
