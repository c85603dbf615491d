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
        synchronized (events) {
            Event e = new Event(events.size(), System.nanoTime() - startNanos, pid, kind, obj, text, num, file, line);
            events.add(e);
            // under the lock, so every listener sees events in sequence order
            for (Consumer<Event> l : listeners) {
                l.accept(e);
            }
            return e;
        }
    }

    public Event append(long pid, EventKind kind, String obj, String text, long num) {
        return append(pid, kind, obj, text, num, null, 0);
    }

    /**
     * Returns the events so far and adds the listener for all later ones, with none lost or seen twice
     * in between: how a view attaches to a run that has already started.
     */
    public List<Event> subscribe(Consumer<Event> listener) {
        synchronized (events) {
            listeners.add(listener);
            return new ArrayList<>(events);
        }
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
