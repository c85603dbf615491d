package org.proclab.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.proclab.trace.Event;
import org.proclab.trace.EventLog;

/**
 * Waiting for something that must happen: an event, a process's exit, a state. A test waits for the
 * thing itself, never for a while; {@link #PATIENCE} is only how long it waits before it calls the
 * thing missing, long because a crowded machine is slow and only a broken program waits that long.
 */
public final class Await {
    /** How long a test waits for what must happen before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(120);
    /** {@link #PATIENCE} in seconds, for APIs that take a number and a unit. */
    public static final long PATIENCE_SECONDS = PATIENCE.toSeconds();

    private Await() {}

    /** Waits until the condition holds (checked every few milliseconds). */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }

    /** Waits for the first event of the log, past or future, that matches. */
    public static Event event(EventLog log, String what, Predicate<Event> matching) {
        CompletableFuture<Event> found = new CompletableFuture<>();
        Consumer<Event> listener = e -> {
            if (matching.test(e)) {
                found.complete(e);
            }
        };
        List<Event> before = log.subscribe(listener);
        try {
            before.stream().filter(matching).findFirst().ifPresent(found::complete);
            return done(found, what);
        } finally {
            log.removeListener(listener);
        }
    }

    /** Waits for a process to end, as the operating system sees it; returns at once if it is gone. */
    public static void exit(long pid) {
        ProcessHandle.of(pid).ifPresent(h -> done(h.onExit(), "the exit of pid " + pid));
    }

    /** Waits for a future to complete and gives its value. */
    public static <T> T done(CompletableFuture<T> future, String what) {
        try {
            return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for: " + what);
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for: " + what, e);
        }
    }
}
