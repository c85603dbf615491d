package org.proclab.ui.eventlog;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ObservableListBase;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.EventSource;
import org.proclab.ui.run.RunViewModel;

/**
 * The event list's rows: the run's events up to the shown one, read from the log when a row is drawn, so
 * the list holds none of them itself. When the timeline moves, the rows change in one step (a range added
 * or removed), however far it moved: a list view that removed rows one by one took minutes at a million.
 * <p>
 * The periodic CPU-time reports can be left out. The rows then remember only where those few events are
 * (a sorted array of their indices in the log), never an index per row, so a row still costs nothing.
 */
final class EventRows extends ObservableListBase<Event> {
    /** Events read at once while looking for CPU-time reports. */
    private static final int SCAN_CHUNK = 4096;

    private final RunViewModel run;
    private EventSource log; // the log the rows come from now; a new run brings a new one
    private boolean hideCpu;
    private int events; // events 0..events-1 of the log are in the rows (those not hidden)
    private int size;
    // the log indices of the hidden events among the first `scanned`, ascending
    private int[] hidden = new int[16];
    private int hiddenCount;
    private int scanned;

    EventRows(RunViewModel run, boolean hideCpu) {
        this.run = run;
        this.hideCpu = hideCpu;
        this.log = run.log();
        int n = (int) Math.min(log.size(), run.shownProperty().get() + 1);
        scanTo(n);
        this.events = n;
        this.size = rowsBefore(n);
    }

    /** Leaves the CPU-time reports out, or shows them: all rows change at once. */
    void hideCpu(boolean hide) {
        if (hide == hideCpu) {
            return;
        }
        beginChange();
        try {
            if (size > 0) {
                nextRemove(0, rowsOf(log, 0, size, Arrays.copyOf(hidden, hiddenCount), hiddenCount));
            }
            hideCpu = hide;
            hiddenCount = 0;
            scanned = 0;
            scanTo(events);
            size = rowsBefore(events);
            if (size > 0) {
                nextAdd(0, size);
            }
        } finally {
            endChange();
        }
    }

    /** Follows the run: the rows are events 0..shown of its log. */
    void sync() {
        EventSource now = run.log();
        int n = (int) Math.min(now.size(), run.shownProperty().get() + 1);
        if (now == log && n == events) {
            return;
        }
        beginChange();
        try {
            if (now != log) {
                if (size > 0) {
                    // the old log is left whole: its rows can still be read
                    nextRemove(0, rowsOf(log, 0, size, Arrays.copyOf(hidden, hiddenCount), hiddenCount));
                }
                log = now;
                hiddenCount = 0;
                scanned = 0;
                scanTo(n);
                events = n;
                size = rowsBefore(n);
                if (size > 0) {
                    nextAdd(0, size);
                }
            } else if (n > events) {
                scanTo(n);
                int from = size;
                events = n;
                size = rowsBefore(n);
                if (size > from) {
                    nextAdd(from, size);
                }
            } else {
                int to = size;
                events = n;
                size = rowsBefore(n);
                if (size < to) {
                    nextRemove(size, rowsOf(log, size, to, Arrays.copyOf(hidden, hiddenCount), hiddenCount));
                }
            }
        } finally {
            endChange();
        }
    }

    /** The log index of row {@code row}. */
    int eventIndex(int row) {
        return eventIndex(row, hidden, hiddenCount);
    }

    /** The row of the log's event {@code index}, or of the last row before it when that event is hidden; -1 if none. */
    int rowOf(int index) {
        return rowsBefore(index + 1) - 1;
    }

    /** Looks through events {@code scanned..n-1} for the ones left out (once each: the log only grows). */
    private void scanTo(int n) {
        if (!hideCpu || n <= scanned) {
            return;
        }
        for (int from = scanned; from < n; from += SCAN_CHUNK) {
            int to = Math.min(n, from + SCAN_CHUNK);
            List<Event> part = log.read(from, to);
            for (int i = 0; i < part.size(); i++) {
                if (part.get(i).kind() == EventKind.CPU) {
                    if (hiddenCount == hidden.length) {
                        hidden = Arrays.copyOf(hidden, hidden.length * 2);
                    }
                    hidden[hiddenCount++] = from + i;
                }
            }
        }
        scanned = n;
    }

    /** Rows for the first {@code n} events: those not hidden. */
    private int rowsBefore(int n) {
        int k = Arrays.binarySearch(hidden, 0, hiddenCount, n);
        int hiddenBelow = k >= 0 ? k : -k - 1;
        return n - hiddenBelow;
    }

    /**
     * Row {@code row}'s event: {@code row + p}, where p hidden events come before it. Since the hidden indices
     * ascend by at least one, {@code hidden[k] - k} never falls, so p is found by a binary search.
     */
    private static int eventIndex(int row, int[] hidden, int count) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hidden[mid] - mid <= row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return row + lo;
    }

    private static List<Event> rowsOf(EventSource log, int from, int to, int[] hidden, int count) {
        return new AbstractList<>() {
            @Override
            public Event get(int i) {
                return one(log, eventIndex(from + i, hidden, count));
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
        return one(log, eventIndex(i));
    }

    private static Event one(EventSource log, int i) {
        return log.read(i, i + 1).get(0);
    }

    @Override
    public int size() {
        return size;
    }
}
