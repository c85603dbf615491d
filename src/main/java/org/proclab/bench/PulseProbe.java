package org.proclab.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Watches the FX thread while something runs: an animation timer hears every pulse (and, being an
 * animation, asks for one every frame, as a moving view would), and a thread of its own posts a small task
 * every {@link #PING_MILLIS} ms and records how long it waited. Start and stop it on the FX thread.
 */
final class PulseProbe {
    static final long PING_MILLIS = 20;

    private final FrameStats stats;
    private final AnimationTimer timer;
    private final Thread pinger;
    private final long renderThread = renderThreadId();
    private volatile boolean running = true;

    private PulseProbe() {
        this.stats = new FrameStats(System.nanoTime(), costs()); // the counters at the start tell the first gap apart
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stats.pulse(System.nanoTime(), costs());
            }
        };
        this.pinger = new Thread(this::ping, "proclab-bench-ping");
        pinger.setDaemon(true);
    }

    /** Starts measuring now; call on the FX thread. */
    static PulseProbe start() {
        PulseProbe p = new PulseProbe();
        p.stats.cpu(threadCpu(), p.renderCpu());
        p.timer.start();
        p.pinger.start();
        return p;
    }

    /** Ends the measurement now and gives what it saw; call on the FX thread. */
    FrameStats stop() {
        stats.stop(System.nanoTime(), costs());
        stats.cpu(threadCpu(), renderCpu());
        running = false;
        timer.stop();
        pinger.interrupt();
        return stats;
    }

    /** Pulses so far; on any thread. */
    int pulses() {
        return stats.pulses();
    }

    /** This thread's CPU time, or 0 where the JVM does not measure it. */
    private static long threadCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** The CPU time of JavaFX's render thread, which draws each frame after the FX thread laid it out; 0 if not found. */
    private long renderCpu() {
        return renderThread < 0 ? 0 : Math.max(0, ManagementFactory.getThreadMXBean().getThreadCpuTime(renderThread));
    }

    private static long renderThreadId() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                return t.getId();
            }
        }
        return -1;
    }

    /** The counters at this pulse, to tell what a long gap was made of (FX thread). */
    private FrameStats.Costs costs() {
        long gc = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, b.getCollectionTime());
        }
        return new FrameStats.Costs(ManagementFactory.getRuntimeMXBean().getUptime(), threadCpu(), renderCpu(), gc);
    }

    private void ping() {
        while (running) {
            try {
                Thread.sleep(PING_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long posted = System.nanoTime();
            Platform.runLater(() -> stats.waited(System.nanoTime() - posted));
        }
    }
}
