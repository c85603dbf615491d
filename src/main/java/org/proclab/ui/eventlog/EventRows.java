package org.proclab.ui.eventlog;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;
import org.proclab.trace.Event;
import org.proclab.trace.EventSource;
import org.proclab.ui.run.RunViewModel;

/**
 * The event list's rows: the run's events up to the shown one, read from the log when a row is drawn, so
 * the list holds none of them itself. When the timeline moves, the rows change in one step (a range added
 * or removed), however far it moved: a list view that removed rows one by one took minutes at a million.
 */
final class EventRows extends ObservableListBase<Event> {
    private final RunViewModel run;
    private EventSource log; // the log the rows come from now; a new run brings a new one
    private int size;

    EventRows(RunViewModel run) {
        this.run = run;
        this.log = run.log();
        this.size = (int) Math.min(log.size(), run.shownProperty().get() + 1);
    }

    /** Follows the run: the rows are events 0..shown of its log. */
    void sync() {
        EventSource now = run.log();
        int n = (int) Math.min(now.size(), run.shownProperty().get() + 1);
        if (now == log && n == size) {
            return;
        }
        beginChange();
        try {
            if (now != log) {
                if (size > 0) {
                    nextRemove(0, range(log, 0, size)); // the old log is left whole: its rows can still be read
                }
                log = now;
                size = n;
                if (n > 0) {
                    nextAdd(0, n);
                }
            } else if (n > size) {
                int from = size;
                size = n;
                nextAdd(from, n);
            } else {
                List<Event> removed = range(log, n, size);
                size = n;
                nextRemove(n, removed);
            }
        } finally {
            endChange();
        }
    }

    private static List<Event> range(EventSource log, int from, int to) {
        return new AbstractList<>() {
            @Override
            public Event get(int i) {
                return one(log, from + i);
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    @Override
    public Event get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return one(log, i);
    }

    private static Event one(EventSource log, int i) {
        return log.read(i, i + 1).get(0);
    }

    @Override
    public int size() {
        return size;
    }
}
