package org.proclab.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one measurement saw of the FX thread: the times its pulses began and how long tasks posted to it
 * waited. A pulse is one frame (the scene laid out and drawn), so pulses per second are frames per second
 * and the longest gap between two pulses is the longest the window stood still. The gaps at both ends of
 * the window count too: a thread busy when the measurement ends has not drawn since its last pulse.
 * Safe to call from any thread.
 */
final class FrameStats {
    private final long start;
    private long stop = -1;
    private long lastPulse;
    private int pulses;
    private long worstGap;
    private long worstWait;
    private int waits;
    private long cpuAtStart = -1;
    private long cpu;
    private long renderAtStart;
    private long render;
    /** What the threads did at the last pulse, to tell what a long gap was made of. */
    private Costs lastCosts;
    private final List<Gap> worstGaps = new ArrayList<>();

    /**
     * Counters read at a pulse: the JVM's uptime (ms, as its GC log stamps lines), the CPU time of the FX
     * thread and of the render thread (ns), and the total time of the JVM's collections so far (ms).
     */
    record Costs(long uptimeMillis, long fxCpuNanos, long renderCpuNanos, long gcMillis) {}

    /**
     * One of the longest gaps between two pulses: when it began (JVM uptime, ms), how long it was, and how much
     * of it the FX thread and the render thread spent on a CPU and the JVM in collections; the rest the threads
     * waited (for a core, for each other).
     */
    record Gap(long atMillis, double millis, double fxCpuMillis, double renderCpuMillis, long gcMillis) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.0f ms at %.1f s (FX CPU %.0f ms, render CPU %.0f ms, GC %d ms)",
                    millis, atMillis / 1e3, fxCpuMillis, renderCpuMillis, gcMillis);
        }
    }

    /** The longest gaps kept, longest first. */
    static final int WORST_GAPS = 3;

    /** A measurement that begins at {@code startNanos} ({@link System#nanoTime()}). */
    FrameStats(long startNanos) {
        this(startNanos, null);
    }

    /**
     * A measurement that begins at {@code startNanos}, the threads' counters then being {@code atStart}: the gap
     * before the first pulse is then told apart like the others (null if not read).
     */
    FrameStats(long startNanos, Costs atStart) {
        this.start = startNanos;
        this.lastPulse = startNanos;
        this.lastCosts = atStart;
    }

    /** A pulse began at {@code nanos}; pulses after {@link #stop} are not counted. */
    synchronized void pulse(long nanos) {
        pulse(nanos, null);
    }

    /** A pulse began at {@code nanos}, the threads' counters then being {@code costs} (null if not read). */
    synchronized void pulse(long nanos, Costs costs) {
        if (stop >= 0 || nanos < start) {
            return;
        }
        gapEnds(nanos, costs);
        lastCosts = costs;
        lastPulse = nanos;
        pulses++;
    }

    /** The gap since the last pulse (or the start) ends at {@code nanos}, the counters then being {@code costs}. */
    private void gapEnds(long nanos, Costs costs) {
        long gap = nanos - lastPulse;
        worstGap = Math.max(worstGap, gap);
        if (costs != null && lastCosts != null) {
            noteGap(new Gap(lastCosts.uptimeMillis(), gap / 1e6, (costs.fxCpuNanos() - lastCosts.fxCpuNanos()) / 1e6,
                    (costs.renderCpuNanos() - lastCosts.renderCpuNanos()) / 1e6, costs.gcMillis() - lastCosts.gcMillis()));
        }
    }

    private void noteGap(Gap g) {
        if (worstGaps.size() < WORST_GAPS || g.millis() > worstGaps.get(worstGaps.size() - 1).millis()) {
            worstGaps.add(g);
            worstGaps.sort(Comparator.comparingDouble(Gap::millis).reversed());
            if (worstGaps.size() > WORST_GAPS) {
                worstGaps.remove(WORST_GAPS);
            }
        }
    }

    /**
     * The {@link #WORST_GAPS} longest gaps whose counters were read at both ends, longest first: between two
     * pulses, and from the start to the first pulse and from the last to the stop when those were read too.
     */
    synchronized List<Gap> worstGaps() {
        return List.copyOf(worstGaps);
    }

    /** A task posted to the FX thread ran {@code nanos} after it was posted. */
    synchronized void waited(long nanos) {
        if (stop < 0) {
            worstWait = Math.max(worstWait, nanos);
            waits++;
        }
    }

    /**
     * The CPU time of the FX thread and of the render thread at the start and at the end (nanoseconds): how busy
     * they were, whatever the machine's load.
     */
    synchronized void cpu(long fxThreadNanos, long renderThreadNanos) {
        if (cpuAtStart < 0) {
            cpuAtStart = fxThreadNanos;
            renderAtStart = renderThreadNanos;
        } else {
            cpu = fxThreadNanos - cpuAtStart;
            render = renderThreadNanos - renderAtStart;
        }
    }

    synchronized double renderCpuSeconds() {
        return render / 1e9;
    }

    synchronized double fxCpuSeconds() {
        return cpu / 1e9;
    }

    /** Ends the measurement at {@code nanos}. */
    synchronized void stop(long nanos) {
        stop(nanos, null);
    }

    /** Ends the measurement at {@code nanos}, the counters then being {@code costs} (null if not read). */
    synchronized void stop(long nanos, Costs costs) {
        if (stop < 0) {
            gapEnds(nanos, costs);
            stop = nanos;
        }
    }

    synchronized double seconds() {
        return ((stop < 0 ? System.nanoTime() : stop) - start) / 1e9;
    }

    synchronized int pulses() {
        return pulses;
    }

    synchronized double framesPerSecond() {
        double s = seconds();
        return s <= 0 ? 0 : pulses / s;
    }

    /** The longest the window went without a pulse, in milliseconds. */
    synchronized double worstPulseMillis() {
        return worstGap / 1e6;
    }

    /** The longest a posted task waited for the FX thread (as a click would), in milliseconds; 0 if none was posted. */
    synchronized double worstWaitMillis() {
        return worstWait / 1e6;
    }

    synchronized int waits() {
        return waits;
    }
}
