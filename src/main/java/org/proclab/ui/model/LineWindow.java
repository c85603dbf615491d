package org.proclab.ui.model;

/**
 * The latest lines of a console, by their number since the run began: at most {@code maxLines} of them and
 * about {@code maxChars} characters (one line is always kept), so a program that prints a gigabyte costs
 * the app a few megabytes. Earlier lines stay in the event log on disk.
 * <p>
 * The kept lines are a contiguous range {@code [start, end)}. Folding the same log again puts each line
 * back where it was ({@link #put} replaces); a line before {@code start} is no longer kept and is ignored.
 */
public final class LineWindow {
    /** What a line costs besides its text: the record, its strings' headers, the slot. */
    private static final int LINE_OVERHEAD = 96;

    private final int maxLines;
    private final long maxChars;
    private ConsoleLine[] ring = new ConsoleLine[16];
    private int head; // ring index of line `start`
    private int start;
    private int end;
    private long chars;

    public LineWindow(int maxLines, long maxChars) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines " + maxLines);
        }
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }

    /** Line {@code i}, or null if it is not kept (before {@link #start()} or not folded yet). */
    public ConsoleLine get(int i) {
        return i < start || i >= end ? null : ring[slot(i)];
    }

    /** Puts line {@code at}: the next one, or one folded again; lines the window no longer keeps are ignored. */
    public void put(int at, ConsoleLine line) {
        if (at < start) {
            return;
        }
        if (at < end) {
            int k = slot(at);
            chars += cost(line) - cost(ring[k]);
            ring[k] = line;
            trim();
            return;
        }
        if (at > end) { // not the next line: nothing kept is next to it
            clear();
            start = at;
            end = at;
        }
        if (end - start == ring.length) {
            grow();
        }
        ring[slot(end)] = line;
        end++;
        chars += cost(line);
        trim();
    }

    /** The first line kept. */
    public int start() {
        return start;
    }

    /** One past the last line kept. */
    public int end() {
        return end;
    }

    /** Characters (and overhead) the kept lines hold, as counted against the bound. */
    public long chars() {
        return chars;
    }

    public void clear() {
        java.util.Arrays.fill(ring, null);
        head = 0;
        start = 0;
        end = 0;
        chars = 0;
    }

    private void trim() {
        while (end - start > maxLines || (chars > maxChars && end - start > 1)) {
            chars -= cost(ring[head]);
            ring[head] = null;
            head = (head + 1) % ring.length;
            start++;
        }
    }

    private void grow() {
        ConsoleLine[] bigger = new ConsoleLine[Math.min(Math.max(16, ring.length * 2), maxLines + 1)];
        int n = end - start;
        for (int i = 0; i < n; i++) {
            bigger[i] = ring[(head + i) % ring.length];
        }
        ring = bigger;
        head = 0;
    }

    private int slot(int i) {
        return (head + (i - start)) % ring.length;
    }

    private static long cost(ConsoleLine l) {
        return l == null ? 0 : LINE_OVERHEAD + l.text().length();
    }
}
