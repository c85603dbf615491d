package org.proclab.ui.eventlog;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import javafx.collections.ListChangeListener;
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
 * The rows are the last {@link #MAX_ROWS} at most, ending at the shown event: a list view keeps a size for
 * every row up to the last it drew (40 MB at ten million rows), so a window bounds its memory; and it walks
 * those sizes whenever the count changes, every frame of a flood. The rows that slide off are read for the
 * list's change only if a listener asks for them, then in one go: during a flood they lie far behind the log's
 * end, on disk. The earlier ones are counted ({@link #earlier()}); moving the timeline back brings any of them
 * into the window.
 * <p>
 * The periodic CPU-time reports can be left out. The rows then remember only where those few events are
 * (a sorted array of their indices in the log), never an index per row, so a row still costs nothing.
 */
final class EventRows extends ObservableListBase<Event> {
    /** Rows listed at most: those ending at the shown event. */
    static final int MAX_ROWS = 10_000;
    /** Events read at once while looking for CPU-time reports. */
    private static final int SCAN_CHUNK = 4096;

    private final RunViewModel run;
    private final int maxRows;
    private EventSource log; // the log the rows come from now; a new run brings a new one
    private boolean hideCpu;
    private int events; // events 0..events-1 of the log have rows (those not hidden)
    private int total; // how many rows they have
    private int first; // the first row listed: rows first..total-1 are the list
    // the log indices of the hidden events among the first `scanned`, ascending
    private int[] hidden = new int[16];
    private int hiddenCount;
    private int scanned;
    /** Events read at once for drawing rows. */
    static final int BLOCK = 64;
    private EventSource blockLog; // the log `block` was read from
    private int blockStart;
    private List<Event> block = List.of();

    EventRows(RunViewModel run, boolean hideCpu) {
        this(run, hideCpu, MAX_ROWS);
    }

    /** With another window (tests). */
    EventRows(RunViewModel run, boolean hideCpu, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows " + maxRows);
        }
        this.run = run;
        this.maxRows = maxRows;
        this.hideCpu = hideCpu;
        this.log = run.log();
        int n = (int) Math.min(log.size(), run.shownProperty().get() + 1);
        scanTo(n);
        this.events = n;
        this.total = rowsBefore(n);
        this.first = Math.max(0, total - maxRows);
    }

    /** Rows before the first one listed: earlier events the timeline must move back to list. */
    int earlier() {
        return first;
    }

    /** Leaves the CPU-time reports out, or shows them: all rows change at once. */
    void hideCpu(boolean hide) {
        if (hide == hideCpu) {
            return;
        }
        List<Event> gone = removeAll();
        hideCpu = hide;
        hiddenCount = 0;
        scanned = 0;
        scanTo(events);
        fire(List.of(new Part(0, addAll(), gone)));
    }

    /** Follows the run: the rows are events 0..shown of its log, the last {@link #MAX_ROWS} of them listed. */
    void sync() {
        EventSource now = run.log();
        int n = (int) Math.min(now.size(), run.shownProperty().get() + 1);
        if (now == log && n == events) {
            return;
        }
        if (now != log) {
            List<Event> gone = removeAll(); // the old log is left whole: its rows can still be read
            log = now;
            hiddenCount = 0;
            scanned = 0;
            scanTo(n);
            events = n;
            fire(List.of(new Part(0, addAll(), gone)));
            return;
        }
        scanTo(n);
        int newTotal = rowsBefore(n);
        int newFirst = Math.max(0, newTotal - maxRows);
        if (newFirst >= total || newTotal <= first) { // nothing in common: a far jump
            List<Event> gone = removeAll();
            events = n;
            fire(List.of(new Part(0, addAll(), gone)));
            return;
        }
        int[] hiddenNow = Arrays.copyOf(hidden, hiddenCount);
        List<Part> parts = new ArrayList<>(2);
        // the start first, then the end at its place in the list as the start's change left it
        if (newFirst > first) {
            parts.add(new Part(0, 0, new RowsGone(log, first, newFirst, hiddenNow, hiddenCount)));
        } else if (newFirst < first) {
            parts.add(new Part(0, first - newFirst, List.of()));
        }
        int end = Math.min(total, newTotal) - newFirst;
        if (newTotal > total) {
            parts.add(new Part(end, end + newTotal - total, List.of()));
        } else if (newTotal < total) {
            parts.add(new Part(end, end, new RowsGone(log, newTotal, total, hiddenNow, hiddenCount)));
        }
        events = n;
        total = newTotal;
        first = newFirst;
        fire(parts);
    }

    /** Every listed row goes; returns them (read only if a listener asks). */
    private List<Event> removeAll() {
        List<Event> gone = total > first
                ? new RowsGone(log, first, total, Arrays.copyOf(hidden, hiddenCount), hiddenCount) : List.of();
        total = 0;
        first = 0;
        return gone;
    }

    /** The rows of the first {@link #events} events come, the last {@link #maxRows} listed; returns how many. */
    private int addAll() {
        total = rowsBefore(events);
        first = Math.max(0, total - maxRows);
        return total - first;
    }

    /** Rows {@code from..to-1} of the list as it is now came in place of {@code removed}. */
    private record Part(int from, int to, List<Event> removed) {}

    /**
     * Tells the listeners, with the parts in order: ObservableListBase's own change builder copies every
     * removed row into a list of its own, which would read them all from the log (see {@link RowsGone}).
     */
    private void fire(List<Part> parts) {
        List<Part> real = parts.stream().filter(p -> p.to() > p.from() || !p.removed().isEmpty()).toList();
        if (!real.isEmpty()) {
            fireChange(new RowsChange(real));
        }
    }

    private final class RowsChange extends ListChangeListener.Change<Event> {
        private final List<Part> parts;
        private int at = -1;

        RowsChange(List<Part> parts) {
            super(EventRows.this);
            this.parts = parts;
        }

        private Part part() {
            if (at < 0 || at >= parts.size()) {
                throw new IllegalStateException("call next() first");
            }
            return parts.get(at);
        }

        @Override
        public boolean next() {
            at = Math.min(at + 1, parts.size());
            return at < parts.size();
        }

        @Override
        public void reset() {
            at = -1;
        }

        @Override
        public int getFrom() {
            return part().from();
        }

        @Override
        public int getTo() {
            return part().to();
        }

        @Override
        public List<Event> getRemoved() {
            return part().removed();
        }

        @Override
        protected int[] getPermutation() {
            part();
            return new int[0];
        }
    }

    /** The log index of the event listed at {@code i}. */
    int eventIndex(int i) {
        return eventIndex(first + i, hidden, hiddenCount);
    }

    /**
     * Looks through events {@code scanned..n-1} for the ones left out (once each: the log only grows): in the
     * run's note of them when it has folded that far in this log, else in the log itself.
     */
    private void scanTo(int n) {
        if (!hideCpu || n <= scanned) {
            return;
        }
        if (run.log() == log && n <= run.cpuReportsScanned()) {
            for (int r = nextReport(scanned); r < run.cpuReportCount() && run.cpuReportAt(r) < n; r++) {
                hide(run.cpuReportAt(r));
            }
            scanned = n;
            return;
        }
        for (int from = scanned; from < n; from += SCAN_CHUNK) {
            int to = Math.min(n, from + SCAN_CHUNK);
            List<Event> part = log.read(from, to);
            for (int i = 0; i < part.size(); i++) {
                if (part.get(i).kind() == EventKind.CPU) {
                    hide(from + i);
                }
            }
        }
        scanned = n;
    }

    /** Notes log index {@code eventIndex} as left out; indices come ascending. */
    private void hide(int eventIndex) {
        if (hiddenCount == hidden.length) {
            hidden = Arrays.copyOf(hidden, hidden.length * 2);
        }
        hidden[hiddenCount++] = eventIndex;
    }

    /** The first of the run's CPU-time reports at or after log index {@code i}. */
    private int nextReport(int i) {
        int lo = 0;
        int hi = run.cpuReportCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (run.cpuReportAt(mid) < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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

    /**
     * Rows {@code from..to-1} that left the list, as its change must carry them, read from the log only if a
     * listener asks for them: the list view needs only their number, and during a flood the rows that slide
     * off lie far behind the log's end, on disk (reading them took a sixth of the FX thread). Read in one go
     * when asked.
     */
    private static final class RowsGone extends AbstractList<Event> implements RandomAccess {
        private final EventSource log;
        private final int from;
        private final int to;
        private final int[] hidden;
        private final int count;
        private List<Event> rows;

        RowsGone(EventSource log, int from, int to, int[] hidden, int count) {
            this.log = log;
            this.from = from;
            this.to = to;
            this.hidden = hidden;
            this.count = count;
        }

        @Override
        public Event get(int i) {
            if (rows == null) {
                rows = rowsOf(log, from, to, hidden, count);
            }
            return rows.get(i);
        }

        @Override
        public int size() {
            return Math.max(0, to - from);
        }
    }

    /**
     * Rows {@code from..to-1}, as a list view's change must carry them: read in one go, since the rows that
     * slide off during a flood lie far behind the log's end, on disk, where reading them one by one reopened
     * the file for each and took most of the FX thread's time.
     */
    private static List<Event> rowsOf(EventSource log, int from, int to, int[] hidden, int count) {
        if (from >= to) {
            return List.of();
        }
        int firstEvent = eventIndex(from, hidden, count);
        int lastEvent = eventIndex(to - 1, hidden, count);
        List<Event> events = log.read(firstEvent, lastEvent + 1L);
        if (count == 0) {
            return events;
        }
        List<Event> rows = new ArrayList<>(to - from);
        int k = Arrays.binarySearch(hidden, 0, count, firstEvent);
        k = k >= 0 ? k : -k - 1; // the first hidden event at or after firstEvent
        for (int i = 0; i < events.size(); i++) {
            if (k < count && hidden[k] == firstEvent + i) {
                k++;
            } else {
                rows.add(events.get(i));
            }
        }
        return rows;
    }

    @Override
    public Event get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i);
        }
        return one(eventIndex(i));
    }

    /**
     * Event {@code i} of the log, from the block of {@link #BLOCK} events last read: a frame draws a few dozen
     * neighbouring rows, one read of the log serves them all (each read takes the log's lock, which the
     * kernel's threads take for every event they add). A log's event {@code i} never changes, so a block
     * stays true for as long as its log is the one listed.
     */
    private Event one(int i) {
        if (blockLog != log || i < blockStart || i >= blockStart + block.size()) {
            int start = i - i % BLOCK;
            block = new ArrayList<>(log.read(start, Math.min(start + BLOCK, Math.max(i + 1, log.size())))); // a copy: a memory log's read is a view of what grows
            blockStart = start;
            blockLog = log;
        }
        return block.get(i - blockStart);
    }

    @Override
    public int size() {
        return total - first;
    }
}
