package org.proclab.programs;

import org.proclab.mp.MP;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * A child whose SIGTERM reaches the JVM's own handler, as one does that is terminated while its JVM still boots
 * (before the worker takes the signal over): that handler calls exit(128 + 15) from a thread named
 * "SIGTERM handler", which runs the worker's exit hook. The child still ends with -15, not "System.exit(143)",
 * and what it printed still reaches its console.
 */
public class JvmHandlesSigterm {
    @SuppressWarnings("removal") // sun.misc.Signal: the only way to put the JVM's own behaviour back
    static void jvmsOwnHandler() {
        sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> System.exit(128 + s.getNumber()));
    }

    public static void main(String[] args) {
        Queue<String> ready = new Queue<>();
        Process child = new Process("terminated", () -> {
            jvmsOwnHandler();
            System.out.print("printed before the signal"); // no line end: still in the worker when the signal comes
            ready.put("ready");
            MP.sleep(60);
        });
        child.start();
        ready.get();
        child.terminate();
        child.join();
        System.out.println("terminated: exit code " + child.exitCode());
    }
}
