package org.proclab.programs.manager;

import org.proclab.mp.DictProxy;
import org.proclab.mp.Manager;
import org.proclab.mp.Process;
import org.proclab.mp.QueueProxy;
import org.proclab.programs.Cues;

/**
 * A manager's end: a proxy used after shutdown fails with a sentence, not a hang; a process waiting in a call
 * when the manager process dies gets an error at once; and a manager left running when main ends is shut down
 * (main exits 0, the manager process too). The first argument is the cue directory: "waiter-waits" comes
 * when the waiter waits in the queue proxy's get().
 */
public class ShutdownSemantics {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        DictProxy<String, Integer> d;
        try (Manager m = new Manager()) {
            d = m.dict();
            d.put("x", 1);
            System.out.println("inside with: " + d.get("x"));
        }
        try {
            d.get("x");
        } catch (IllegalStateException e) {
            System.out.println("after with: " + e.getMessage());
        }
        Process late = new Process("late", () -> d.put("x", 2));
        late.start();
        late.join();
        System.out.println("a child's call after shutdown: exit code " + late.exitCode());

        Manager dying = new Manager();
        QueueProxy<String> q = dying.queue();
        Process waiter = new Process("waiter", () -> {
            try {
                q.get();
            } catch (IllegalStateException e) {
                System.out.println("waiter: " + e.getMessage());
            }
        });
        waiter.start();
        Cues.await(cues, "waiter-waits");
        ProcessHandle.of(dying.pid()).ifPresent(ProcessHandle::destroyForcibly);
        waiter.join();
        try {
            q.put("too late");
        } catch (IllegalStateException e) {
            System.out.println("main: " + e.getMessage());
        }

        Manager leftRunning = new Manager();
        leftRunning.dict().put("k", 1);
        System.out.println("main ends with a manager running");
    }
}
