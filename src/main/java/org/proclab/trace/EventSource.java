package org.proclab.trace;

import java.util.List;

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
}
