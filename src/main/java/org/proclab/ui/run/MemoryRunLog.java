package org.proclab.ui.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.proclab.trace.Event;
import org.proclab.trace.EventSource;

/**
 * A run's events held in memory: a live run's as they arrive, or a saved trace's read whole. The host
 * reads it as any {@link EventSource} (a count and a range), so the session's own log, with its bounded
 * window and its file, can take its place once a session hands its log over at the end of a run.
 */
public final class MemoryRunLog implements EventSource {
    private final List<Event> events;

    /** An empty log that batches are appended to. */
    public MemoryRunLog() {
        this(new ArrayList<>());
    }

    private MemoryRunLog(List<Event> events) {
        this.events = events;
    }

    /** A log over a trace read whole; the list is not copied, so it must not change afterwards. */
    public static MemoryRunLog of(List<Event> trace) {
        return new MemoryRunLog(trace);
    }

    public void append(List<Event> batch) {
        events.addAll(batch);
    }

    @Override
    public long size() {
        return events.size();
    }

    /** A view of the events: read it before the log grows again. */
    @Override
    public List<Event> read(long from, long to) {
        return Collections.unmodifiableList(events.subList(Math.toIntExact(from), Math.toIntExact(to)));
    }
}
