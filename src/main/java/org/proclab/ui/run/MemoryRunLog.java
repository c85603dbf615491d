package org.proclab.ui.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.proclab.trace.Event;

/** A run's events held in memory: a live run's as they arrive, or a saved trace's. */
public final class MemoryRunLog implements RunLog {
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
    public int count() {
        return events.size();
    }

    @Override
    public List<Event> read(int from, int to) {
        return Collections.unmodifiableList(events.subList(from, to));
    }

    @Override
    public Event get(int i) {
        return events.get(i);
    }
}
