package org.proclab.cli;

import org.proclab.kernel.Session;
import org.proclab.trace.EventKind;

/** On the command line a certain deadlock ends the run: every process is stopped and run exits 3. */
final class DeadlockStop {
    private DeadlockStop() {}

    static void install(Session session, OutputEcho echo) {
        session.eventLog().addListener(e -> {
            if (e.kind() == EventKind.DEADLOCK) {
                Thread t = new Thread(() -> session.stop("deadlock"), "proclab-deadlock-stop");
                t.setDaemon(true);
                t.start();
            }
        });
    }
}
