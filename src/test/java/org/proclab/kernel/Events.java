package org.proclab.kernel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.proclab.trace.Event;

/** Waiting for an event of a live session, as tests synchronize: on events, never on time. */
final class Events {
    private Events() {}

    /** The first event (past or future) that matches; fails after a minute, which only a broken run takes. */
    static Event await(Session s, Predicate<Event> match) throws Exception {
        CompletableFuture<Event> hit = new CompletableFuture<>();
        java.util.function.Consumer<Event> listener = e -> {
            if (match.test(e)) {
                hit.complete(e);
            }
        };
        for (Event e : s.eventLog().subscribe(listener)) {
            if (match.test(e)) {
                hit.complete(e);
            }
        }
        try {
            return hit.get(60, TimeUnit.SECONDS);
        } finally {
            s.eventLog().removeListener(listener);
        }
    }
}
