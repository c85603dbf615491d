package org.proclab.ui.run;

import java.util.AbstractList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.collections.ObservableListBase;

/**
 * The first {@code size} elements of a list that a fold keeps (its lines so far, say), observable, and
 * changed in one step when that size moves: a range added at the end, or one cut off. An observable array
 * list removes a range one element at a time, which took seconds for a console of 300,000 lines cut back
 * by the timeline.
 */
final class PrefixList<T> extends ObservableListBase<T> {
    private final IntFunction<T> kept; // element i of the kept list; the ones past the size stay readable
    private int size;

    PrefixList(IntFunction<T> kept) {
        this.kept = kept;
    }

    /** Shows the first {@code n} kept elements now. */
    void show(int n) {
        if (n == size) {
            return;
        }
        beginChange();
        try {
            if (n > size) {
                int from = size;
                size = n;
                nextAdd(from, n);
            } else {
                List<T> removed = range(size, n);
                size = n;
                nextRemove(n, removed);
            }
        } finally {
            endChange();
        }
    }

    /** The kept elements {@code n..old-1}, read when a listener asks: they are still there. */
    private List<T> range(int old, int n) {
        return new AbstractList<>() {
            @Override
            public T get(int i) {
                return kept.apply(n + i);
            }

            @Override
            public int size() {
                return old - n;
            }
        };
    }

    @Override
    public T get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return kept.apply(i);
    }

    @Override
    public int size() {
        return size;
    }
}
