package org.proclab.ui.ipc;

import java.util.List;
import java.util.function.Predicate;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;

/**
 * The IPC lessons' real event logs, recorded with {@code proclab run --lesson ... --trace} (the stepped
 * ones with a step-mode session that chose the order), read back as the timeline scrubber would.
 * Loading and cutting them is {@link TraceFixtures}'s job; this names them.
 */
final class Traces {
    /** Lesson 3 as written: four handles, all closed by the end; the consumer sees EOF. */
    static final String PIPE = "pipe-lesson.jsonl";
    /** Lesson 3 in step mode: the consumer blocks in recv() first, then messages wait in the pipe. */
    static final String PIPE_STEPPED = "pipe-lesson-stepped.jsonl";
    /** Lesson 3, the consumer forgets to close its write end: deadlock. */
    static final String PIPE_FORGOT_CLOSE = TraceFixtures.PIPE_FORGOT_CLOSE;
    /** Lesson 2: a list waits in the queue; later the consumer is blocked in get(). */
    static final String QUEUE = "queue-lesson.jsonl";
    /** Lesson 4 with the lock. */
    static final String LOCK_VALUE = "lock-value.jsonl";
    /** Lesson 4 without the lock, stepped so that both read before either writes: updates are lost. */
    static final String NO_LOCK_STEPPED = "lock-value-no-lock-stepped.jsonl";

    private Traces() {}

    static List<Event> load(String name) {
        return TraceFixtures.load(name);
    }

    static int through(List<Event> events, Predicate<Event> p) {
        return TraceFixtures.through(events, p);
    }

    static int before(List<Event> events, Predicate<Event> p) {
        return TraceFixtures.before(events, p);
    }

    static Predicate<Event> kind(EventKind k) {
        return TraceFixtures.kind(k);
    }

    static Predicate<Event> is(EventKind k, String obj) {
        return e -> e.kind() == k && obj.equals(e.obj());
    }

    static long pidOf(List<Event> events, String name) {
        return TraceFixtures.pidOf(events, name);
    }
}
