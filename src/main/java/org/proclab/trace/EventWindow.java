package org.proclab.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The events kept in memory: a run of consecutive sequence numbers {@code [first, end)}, in a ring
 * indexed by sequence number that grows and shrinks with its content. Keeps an estimate of the bytes
 * its events hold. Not thread-safe: {@link EventStore} guards it.
 */
final class EventWindow {
    private static final int MIN_CAPACITY = 1024;

    private Event[] ring = new Event[MIN_CAPACITY];
    /** Each event's {@link #sizeOf}, beside it: dropping the oldest need not touch it (a cache miss apiece). */
    private int[] sizes = new int[MIN_CAPACITY];
    private long first;
    private long end;
    private long bytes;

    long first() {
        return first;
    }

    long end() {
        return end;
    }

    long count() {
        return end - first;
    }

    long bytes() {
        return bytes;
    }

    void add(Event e) {
        if (e.seq() != end) {
            throw new IllegalArgumentException("event " + e.seq() + " does not follow " + (end - 1));
        }
        if (count() == ring.length) {
            resize(ring.length * 2);
        }
        int size = (int) Math.min(sizeOf(e), Integer.MAX_VALUE);
        ring[slot(end)] = e;
        sizes[slot(end)] = size;
        end++;
        bytes += size;
    }

    Event get(long seq) {
        if (seq < first || seq >= end) {
            throw new IndexOutOfBoundsException("event " + seq + " is not in memory [" + first + ", " + end + ")");
        }
        return ring[slot(seq)];
    }

    /** Drops the oldest event. */
    void dropFirst() {
        int s = slot(first);
        bytes -= sizes[s];
        ring[s] = null;
        first++;
        if (ring.length > MIN_CAPACITY && count() < ring.length / 4) {
            resize(ring.length / 2);
        }
    }

    /** Events {@code [from, to)}, all in memory, into {@code out}. */
    void copy(long from, long to, List<Event> out) {
        for (long s = from; s < to; s++) {
            out.add(get(s));
        }
    }

    List<Event> copy(long from, long to) {
        List<Event> out = new ArrayList<>((int) (to - from));
        copy(from, to, out);
        return out;
    }

    private int slot(long seq) {
        return (int) (seq & (ring.length - 1));
    }

    private void resize(int capacity) {
        Event[] old = ring;
        int[] oldSizes = sizes;
        ring = new Event[capacity];
        sizes = new int[capacity];
        for (long s = first; s < end; s++) {
            ring[slot(s)] = old[(int) (s & (old.length - 1))];
            sizes[slot(s)] = oldSizes[(int) (s & (old.length - 1))];
        }
        Arrays.fill(old, null);
    }

    /** About what an event holds on the heap (compact Latin-1 strings; other text costs up to twice). */
    static long sizeOf(Event e) {
        return 64 + chars(e.obj()) + chars(e.text()) + chars(e.file());
    }

    private static long chars(String s) {
        return s == null ? 0 : 40 + s.length();
    }
}
