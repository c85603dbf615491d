package org.proclab.ui.run;

import java.util.AbstractList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.collections.ObservableListBase;
import org.proclab.ui.model.ConsoleLine;

/**
 * A console's rows: the lines {@code [from, to)} of a console's kept lines, observable, with one first row
 * that stands for lines {@code 0..from-1} when memory no longer holds them. Changed in one step when the
 * range moves: lines added at the end, cut off the end, or slid forward (removed at the front, added at
 * the end), never element by element.
 */
final class ConsoleList extends ObservableListBase<ConsoleLine> {
    private final IntFunction<ConsoleLine> kept; // line i, or null once memory no longer holds it
    private int from;
    private int to;

    ConsoleList(IntFunction<ConsoleLine> kept) {
        this.kept = kept;
    }

    /** Shows lines {@code newFrom..newTo-1}. */
    void show(int newFrom, int newTo) {
        if (newFrom == from && newTo == to) {
            return;
        }
        int oldHead = head();
        int newHead = newFrom > 0 ? 1 : 0;
        beginChange();
        try {
            if (newFrom == from) { // only the end moves
                if (newTo > to) {
                    nextAdd(oldHead + to - from, oldHead + newTo - from);
                } else {
                    nextRemove(oldHead + newTo - from, lines(newTo, to));
                }
                to = newTo;
            } else if (oldHead == 1 && newHead == 1 && newFrom > from && newFrom <= to && newTo >= to) { // slid on
                nextSet(0, elided(from));
                nextRemove(1, lines(from, newFrom));
                int oldTo = to;
                from = newFrom;
                to = newTo;
                if (newTo > oldTo) {
                    nextAdd(1 + oldTo - newFrom, 1 + newTo - newFrom);
                }
            } else { // anything else (the first slide, the timeline far back): every row at once
                List<ConsoleLine> old = rows(from, to);
                nextRemove(0, old);
                from = newFrom;
                to = newTo;
                if (size() > 0) {
                    nextAdd(0, size());
                }
            }
        } finally {
            endChange();
        }
    }

    private int head() {
        return from > 0 ? 1 : 0;
    }

    @Override
    public ConsoleLine get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i);
        }
        int h = head();
        return i < h ? elided(from) : line(from + i - h);
    }

    @Override
    public int size() {
        return head() + to - from;
    }

    private ConsoleLine line(int i) {
        ConsoleLine l = kept.apply(i);
        // a line that was shown and has just left memory, read by a listener of its removal
        return l != null ? l : new ConsoleLine(-1, 0, "", -1, ConsoleLine.Stream.ELIDED, "1", null);
    }

    private static ConsoleLine elided(int count) {
        return new ConsoleLine(-1, 0, "", -1, ConsoleLine.Stream.ELIDED, Integer.toString(count), null);
    }

    /** Lines {@code a..b-1}, read when a listener asks. */
    private List<ConsoleLine> lines(int a, int b) {
        return new AbstractList<>() {
            @Override
            public ConsoleLine get(int i) {
                return line(a + i);
            }

            @Override
            public int size() {
                return b - a;
            }
        };
    }

    /** The rows as they were for {@code [a, b)}: the stand-in first row too. */
    private List<ConsoleLine> rows(int a, int b) {
        int h = a > 0 ? 1 : 0;
        return new AbstractList<>() {
            @Override
            public ConsoleLine get(int i) {
                return i < h ? elided(a) : line(a + i - h);
            }

            @Override
            public int size() {
                return h + b - a;
            }
        };
    }
}
