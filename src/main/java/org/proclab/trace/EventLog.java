package org.proclab.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The session's append-only list of events; listeners see each event as it is appended. */
public final class EventLog {
    private final List<Event> events = new ArrayList<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final long startNanos = System.nanoTime();

    /** Appends an event stamped with the next sequence number and the current time. */
    public Event append(long pid, EventKind kind, String obj, String text, long num, String file, int line) {
        Event e;
        synchronized (events) {
            e = new Event(events.size(), System.nanoTime() - startNanos, pid, kind, obj, text, num, file, line);
            events.add(e);
        }
        for (Consumer<Event> l : listeners) {
            l.accept(e);
        }
        return e;
    }

    public Event append(long pid, EventKind kind, String obj, String text, long num) {
        return append(pid, kind, obj, text, num, null, 0);
    }

    /** Adds a listener that must return quickly: it runs on the kernel's threads. */
    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    public List<Event> snapshot() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    public int size() {
        synchronized (events) {
            return events.size();
        }
    }
}
