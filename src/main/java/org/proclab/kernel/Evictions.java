package org.proclab.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * Ending workers that would harm the others: one that breaks the protocol, or leaves its answers unread
 * (it would hold the kernel's memory for ever). Each is ended with a sentence in its console and a NOTE
 * naming it; only a process the operating system vouched for is signalled.
 */
final class Evictions {
    private final Kernel kernel;
    private volatile long stallSeconds = Outbox.STALL_SECONDS;

    Evictions(Kernel kernel) {
        this.kernel = kernel;
    }

    void stallSeconds(long seconds) {
        this.stallSeconds = seconds;
    }

    /** Ends a worker: a sentence in its console, a NOTE naming it, then its connection and its JVM. */
    void endWorker(WorkerConnection conn, String why) {
        ProcessRecord p;
        synchronized (kernel) {
            p = kernel.find(conn.pid());
            String who = p == null ? "pid " + conn.pid() : p.label();
            kernel.event(conn.pid(), EventKind.OUTPUT, "jvm", "ProcLab ended this process: " + why, Event.NO_NUM);
            kernel.note(conn.pid(), "ProcLab ended " + who + ": " + why);
        }
        ProcessIdentity os = p == null ? null : osIdentity(p);
        conn.evicting();
        kernel.schedule(() -> {
            // killed before its connection closes: a worker whose connection closes ends by itself, with code 1
            if (os != null) {
                os.handle().ifPresent(h -> {
                    h.destroyForcibly();
                    h.onExit().orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null).join();
                });
            }
            conn.close();
        }, 0, TimeUnit.MILLISECONDS);
    }

    private ProcessIdentity osIdentity(ProcessRecord p) {
        synchronized (kernel) {
            return p.os;
        }
    }

    void endStalledPeers() {
        long now = System.nanoTime();
        List<WorkerConnection> stalled = new ArrayList<>();
        synchronized (kernel) {
            for (WorkerConnection c : kernel.connections()) {
                if (c.outbox().stalled(now, stallSeconds * 1_000_000_000L)) {
                    stalled.add(c);
                }
            }
        }
        for (WorkerConnection c : stalled) {
            endWorker(c, "did not read its answers for " + stallSeconds + " s");
        }
    }
}
