package org.proclab.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * What the FX thread spends between two pulses while it runs: the wall time (what a user sees as a frozen
 * window, longer on a loaded machine) and the FX thread's own CPU time (the app's cost, which a loaded
 * machine does not inflate much). Start and stop it on any thread; read it after {@link #stop()}.
 */
public final class PulseMeter {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };
    private long lastWall = -1;
    private long lastCpu;
    private volatile long pulses;
    private volatile long worstWallNanos;
    private volatile long worstCpuNanos;
    private volatile long overBudget; // pulses whose FX CPU time was over the budget
    private final long budgetNanos;

    /** Counts the pulses over {@code budgetMillis} of FX thread CPU time. */
    public PulseMeter(long budgetMillis) {
        this.budgetNanos = budgetMillis * 1_000_000;
    }

    public void start() {
        Platform.runLater(timer::start);
    }

    public void stop() {
        UiSnapshots.onFx(() -> {
            timer.stop();
            return null;
        });
    }

    private void pulse() {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (lastWall >= 0) {
            pulses++;
            worstWallNanos = Math.max(worstWallNanos, wall - lastWall);
            worstCpuNanos = Math.max(worstCpuNanos, cpu - lastCpu);
            if (cpu - lastCpu > budgetNanos) {
                overBudget++;
            }
        }
        lastWall = wall;
        lastCpu = cpu;
    }

    public double worstWallMillis() {
        return worstWallNanos / 1e6;
    }

    public double worstCpuMillis() {
        return worstCpuNanos / 1e6;
    }

    public long overBudget() {
        return overBudget;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d pulses, worst %.0f ms wall, worst %.0f ms FX CPU, %d over %d ms of CPU",
                pulses, worstWallMillis(), worstCpuMillis(), overBudget, budgetNanos / 1_000_000);
    }
}
