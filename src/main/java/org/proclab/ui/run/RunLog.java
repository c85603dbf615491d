package org.proclab.ui.run;

import java.util.List;
import org.proclab.trace.Event;

/**
 * How the run's host reads the event log: how many events there are, and a range of them. All it needs,
 * so the log may live in memory ({@link MemoryRunLog}) or on disk with a window in memory.
 */
public interface RunLog {
    /** Events in the log so far. */
    int count();

    /** Events {@code from} (inclusive) to {@code to} (exclusive), in order; read it before the log grows again. */
    List<Event> read(int from, int to);

    /** Event {@code i}. */
    default Event get(int i) {
        return read(i, i + 1).get(0);
    }
}
