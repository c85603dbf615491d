package org.proclab.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.proclab.ui.model.Fold;

/**
 * Saved states of every fold of a run, every {@link #interval()} events, so the timeline can go back to
 * any event by restoring the checkpoint before it and folding at most one interval on. At most
 * {@link #MAX} are kept: past that the interval doubles and every other checkpoint goes, so memory stays
 * bounded however long the run.
 */
final class Checkpoints {
    static final int MAX = 128;

    /** One fold's saved state. */
    private record Saved<S>(Fold<S> fold, S state) {
        static <S> Saved<S> of(Fold<S> fold) {
            return new Saved<>(fold, fold.snapshot());
        }

        void restore() {
            fold.restore(state);
        }
    }

    private final int firstInterval;
    private int interval;
    private final TreeMap<Integer, List<Saved<?>>> byCount = new TreeMap<>();

    Checkpoints(int interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("interval " + interval);
        }
        this.firstInterval = interval;
        this.interval = interval;
    }

    /** Events between two checkpoints. */
    int interval() {
        return interval;
    }

    /** The next count of folded events after {@code count} where a checkpoint belongs. */
    int nextAfter(int count) {
        return (count / interval + 1) * interval;
    }

    boolean has(int count) {
        return byCount.containsKey(count);
    }

    /** Saves the state of every fold, which has folded {@code count} events. */
    void save(int count, List<Fold<?>> folds) {
        List<Saved<?>> states = new ArrayList<>(folds.size());
        for (Fold<?> f : folds) {
            states.add(Saved.of(f));
        }
        byCount.put(count, states);
        while (byCount.size() > MAX) {
            interval *= 2;
            byCount.keySet().removeIf(c -> c % interval != 0);
        }
    }

    /** Restores the latest checkpoint at or before {@code count} events (there is one at 0), and returns its count. */
    int restoreAtOrBefore(int count) {
        Map.Entry<Integer, List<Saved<?>>> e = byCount.floorEntry(count);
        e.getValue().forEach(Saved::restore);
        return e.getKey();
    }

    /** The count of the latest checkpoint at or before {@code count}, 0 if none. */
    int atOrBefore(int count) {
        Integer c = byCount.floorKey(count);
        return c == null ? 0 : c;
    }

    /** A new run: none kept. */
    void clear() {
        byCount.clear();
        interval = firstInterval;
    }

    int size() {
        return byCount.size();
    }
}
