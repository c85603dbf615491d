package org.proclab.kernel;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * An operation that waits, unrecorded, for what the kernel lent a process to come back (a queue's items, a pool's
 * tasks, a lock with its value): it then runs as if it had just come.
 */
record Parked(OpRequest req, ProcessRecord process) {

    /** Runs each of {@code parked}, taken out of the list first, whose process is still alive, in their order. */
    static void runAll(List<Parked> parked, BiConsumer<OpRequest, ProcessRecord> run) {
        List<Parked> waiting = List.copyOf(parked);
        parked.clear();
        for (Parked p : waiting) {
            if (p.process().alive()) {
                run.accept(p.req(), p.process());
            }
        }
    }
}
