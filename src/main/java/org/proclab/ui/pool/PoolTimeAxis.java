package org.proclab.ui.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time axis of a pool's timeline: which stretch of the run it shows, where a moment falls on a track
 * of a given width, and its ticks. It starts when the pool starts working (its first task starts), so the
 * seconds its workers take to start do not leave most of the chart empty; before that, at the pool's
 * creation. It ends at the latest moment the pool knows of, and spans at least a second. Pure: no nodes.
 *
 * @param startNanos the first moment shown (session time)
 * @param endNanos   the last moment shown
 * @param x          where the track starts, in pixels
 * @param width      the track's width, in pixels
 */
public record PoolTimeAxis(long startNanos, long endNanos, double x, double width) {
    /** Ticks are at least this many pixels apart. */
    public static final double MIN_TICK_SPACING = 64;
    private static final double[] STEPS = {0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600};
    private static final long SECOND = 1_000_000_000L;

    /** One tick: its time in seconds of the session, where it is, and its label. */
    public record Tick(double seconds, double x, String label) {}

    /** The axis for a pool on a track from {@code x}, {@code width} pixels wide. */
    public static PoolTimeAxis of(PoolSnapshot p, double x, double width) {
        long start = p.tasks().stream().filter(PoolTask::ran).mapToLong(PoolTask::startNanos).min()
                .orElse(p.createdNanos());
        long end = p.nowNanos();
        for (PoolTask t : p.tasks()) {
            end = Math.max(end, t.endNanos());
        }
        for (PoolCallback c : p.callbacks()) {
            end = Math.max(end, c.nanos());
        }
        for (PoolMark m : p.marks()) {
            end = Math.max(end, m.nanos());
        }
        return new PoolTimeAxis(start, Math.max(end, start + SECOND), x, Math.max(1, width));
    }

    /** Where a moment falls; moments before the start are drawn at the start (a worker started earlier). */
    public double xOf(long nanos) {
        long t = Math.max(startNanos, nanos);
        return x + (double) (t - startNanos) / (endNanos - startNanos) * width;
    }

    /** The seconds between ticks: the smallest usual step that keeps them {@link #MIN_TICK_SPACING} apart. */
    public double step() {
        double span = (endNanos - startNanos) / 1e9;
        for (double s : STEPS) {
            if (s / span * width >= MIN_TICK_SPACING) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** A tick at each whole step within the axis, labelled in seconds of the session. */
    public List<Tick> ticks() {
        double step = step();
        String format = step < 1 ? "%.1f" : "%.0f";
        List<Tick> out = new ArrayList<>();
        long first = (long) Math.ceil(startNanos / 1e9 / step - 1e-9);
        for (long i = first; i * step <= endNanos / 1e9 + 1e-9; i++) {
            double v = i * step;
            out.add(new Tick(v, xOf(Math.round(v * 1e9)), String.format(Locale.ROOT, format, v)));
        }
        return out;
    }
}
