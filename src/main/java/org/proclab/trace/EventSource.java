package org.proclab.trace;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * Events by sequence number, read in ranges: what a view reads instead of holding a whole log. An
 * {@link EventLog} is one (memory for the latest events, its file for the rest).
 */
public interface EventSource {
    /** How many events there are: sequence numbers {@code 0 .. size()-1}. */
    long size();

    /**
     * Events {@code [from, to)} in sequence order. Costs memory for those events only.
     *
     * @throws IndexOutOfBoundsException     unless {@code 0 <= from <= to <= size()}
     * @throws java.io.UncheckedIOException if they had to be read from a file that could not be read
     */
    List<Event> read(long from, long to);

    /**
     * The first {@code n} events as a list that holds none of them: {@code get} reads one, iterating reads a
     * chunk at a time. For writing a whole log to a file without a copy of it in memory.
     */
    default List<Event> firstEvents(long n) {
        if (n < 0 || n > size() || n > Integer.MAX_VALUE) {
            throw new IndexOutOfBoundsException("first " + n + " of " + size());
        }
        EventSource source = this;
        int count = (int) n;
        return new Chunked(source, count);
    }

    /** See {@link #firstEvents}. */
    final class Chunked extends AbstractList<Event> implements RandomAccess {
        private static final int CHUNK = 4096;
        private final EventSource source;
        private final int count;

        private Chunked(EventSource source, int count) {
            this.source = source;
            this.count = count;
        }

        @Override
        public Event get(int i) {
            if (i < 0 || i >= count) {
                throw new IndexOutOfBoundsException(i);
            }
            return source.read(i, i + 1).get(0);
        }

        @Override
        public int size() {
            return count;
        }

        @Override
        public Iterator<Event> iterator() {
            return new Iterator<>() {
                private List<Event> chunk = List.of();
                private int chunkStart;
                private int next;

                @Override
                public boolean hasNext() {
                    return next < count;
                }

                @Override
                public Event next() {
                    if (next >= count) {
                        throw new NoSuchElementException();
                    }
                    if (next >= chunkStart + chunk.size()) {
                        chunkStart = next;
                        chunk = source.read(next, Math.min(count, next + CHUNK));
                    }
                    return chunk.get(next++ - chunkStart);
                }
            };
        }
    }
}
