package org.proclab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.TraceFiles;

/**
 * Real event logs under src/test/resources/traces, recorded with
 * {@code proclab run --lesson ID [--variant V] --trace FILE}, read back as a saved trace would be.
 */
public final class TraceFixtures {
    /** Lesson 5 as written: Pool(5), ten tasks of two seconds, callbacks, close, join. */
    public static final String POOL = "pool-lesson.jsonl";
    /** Lesson 5, terminate mid-run: the running tasks fail, the waiting ones never run. */
    public static final String POOL_TERMINATE = "pool-terminate.jsonl";
    /** Lesson 3, the consumer forgets to close its write end: deadlock (recorded by the IPC views' tests). */
    public static final String PIPE_FORGOT_CLOSE = "pipe-forgot-close.jsonl";

    /**
     * programs.sync.SharedStateTour (recorded with {@code run --main}): a JoinableQueue of six jobs, two workers
     * squaring them into a shared Array under a Semaphore after an Event, the main process in join(), a Barrier.
     */
    public static final String SHARED_STATE_TOUR = "shared-state-tour.jsonl";

    private TraceFixtures() {}

    public static List<Event> load(String name) {
        try {
            return TraceFiles.read(Path.of(TraceFixtures.class.getResource("/traces/" + name).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many events to fold to include the first event that matches (its index + 1). */
    public static int through(List<Event> events, Predicate<Event> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i + 1;
            }
        }
        throw new AssertionError("no such event in the trace");
    }

    /** How many events to fold to stop just before the first event that matches. */
    public static int before(List<Event> events, Predicate<Event> p) {
        return through(events, p) - 1;
    }

    /** How many events to fold to include the {@code n}th (from 1) event of a kind. */
    public static int throughNth(List<Event> events, EventKind kind, int n) {
        int seen = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == kind && ++seen == n) {
                return i + 1;
            }
        }
        throw new AssertionError("fewer than " + n + " " + kind + " events");
    }

    public static Predicate<Event> kind(EventKind k) {
        return e -> e.kind() == k;
    }

    public static long pidOf(List<Event> events, String name) {
        return events.stream().filter(e -> e.kind() == EventKind.START && name.equals(e.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no process " + name)).pid();
    }
}
