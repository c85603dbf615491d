package org.proclab.bench;

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

    /** A measurement that begins at {@code startNanos} ({@link System#nanoTime()}). */
    FrameStats(long startNanos) {
        this.start = startNanos;
        this.lastPulse = startNanos;
    }

    /** A pulse began at {@code nanos}; pulses after {@link #stop} are not counted. */
    synchronized void pulse(long nanos) {
        if (stop >= 0 || nanos < start) {
            return;
        }
        worstGap = Math.max(worstGap, nanos - lastPulse);
        lastPulse = nanos;
        pulses++;
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
        if (stop < 0) {
            worstGap = Math.max(worstGap, nanos - lastPulse);
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
