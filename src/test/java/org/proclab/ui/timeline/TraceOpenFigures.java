package org.proclab.ui.timeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.proclab.trace.IndexedTrace;
import org.proclab.ui.run.RunViewModel;

/**
 * Measures opening a big trace, by parts and whole (not a test: run it by hand). Writes a {@link BigTrace}
 * of each size asked for (default 100,000 and 1,000,000 events) to a temporary file, then reports:
 * <ul>
 *   <li>{@code scan}: reading the file through, checking and indexing it ({@link IndexedTrace#open});</li>
 *   <li>{@code fold}: folding every event into a view model without a window, and a step back at the end;</li>
 *   <li>{@code window}: {@link TraceOpenProbe#measure} in the real window under headless Monocle.</li>
 * </ul>
 * Usage: {@code java -Xmx256m -cp <test class path> org.proclab.ui.timeline.TraceOpenFigures [events...]}.
 */
public final class TraceOpenFigures {
    private TraceOpenFigures() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a.replace("_", "")));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100_000, 1_000_000);
        }
        boolean window = !"false".equals(System.getProperty("window"));
        if (window) {
            startHeadlessFx();
        }
        for (int n : sizes) {
            Path file = Files.createTempFile("proclab-trace-", ".jsonl");
            try {
                BigTrace.write(file, n);
                System.out.printf(Locale.ROOT, "%,d events, %,d MB%n", n, Files.size(file) >> 20);
                if (Boolean.getBoolean("pure")) { // the folds alone, the events decoded beforehand
                    List<org.proclab.trace.Event> events = org.proclab.trace.TraceFiles.read(file);
                    for (int round = 0; round < 3; round++) {
                        RunViewModel run = new RunViewModel();
                        long t0 = System.nanoTime();
                        long c0 = cpu();
                        run.replay(events);
                        System.out.printf(Locale.ROOT, "  folds alone %.0f ms (cpu %.0f ms)%n", (System.nanoTime() - t0) / 1e6,
                                (cpu() - c0) / 1e6);
                    }
                    events = null;
                }
                for (int round = 0; round < (Boolean.parseBoolean(System.getProperty("headless", "true")) ? 2 : 0); round++) {
                    long t0 = System.nanoTime();
                    long c0 = cpu();
                    IndexedTrace trace = IndexedTrace.open(file, p -> { });
                    long scanned = System.nanoTime() - t0;
                    long scannedCpu = cpu() - c0;
                    RunViewModel run = new RunViewModel();
                    t0 = System.nanoTime();
                    c0 = cpu();
                    run.replay(trace);
                    long folded = System.nanoTime() - t0;
                    long foldedCpu = cpu() - c0;
                    double worstStep = 0;
                    for (int i = 0; i < 10; i++) {
                        t0 = System.nanoTime();
                        run.showAt(run.shownProperty().get() - 1);
                        worstStep = Math.max(worstStep, (System.nanoTime() - t0) / 1e6);
                    }
                    System.out.printf(Locale.ROOT, "  scan %.0f ms (cpu %.0f), fold %.0f ms (cpu on this thread %.0f; interval %d),"
                            + " worst of 10 steps back %.1f ms, heap after GC %d MB%n", scanned / 1e6, scannedCpu / 1e6,
                            folded / 1e6, foldedCpu / 1e6, run.checkpointInterval(), worstStep, heapMb());
                    if (Boolean.getBoolean("histogram")) {
                        histogram();
                    }
                }
                if (window) {
                    for (int round = 0; round < Integer.getInteger("rounds", 2); round++) {
                        TraceOpenProbe.Figures f = TraceOpenProbe.measure(file);
                        System.out.printf(Locale.ROOT, "  window: open %.0f ms, worst pulse %.0f ms, worst step back %.1f ms,"
                                + " heap after GC %d MB%n", f.openMillis(), f.worstPulseMillis(), f.stepBackMillis(),
                                f.heapUsedBytes() >> 20);
                        if (Boolean.getBoolean("histogram")) {
                            histogram();
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
        if (window) {
            Platform.exit();
        }
    }

    /** The classes holding most of the heap now (-Dhistogram=true). */
    private static void histogram() throws Exception {
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        String[] lines = String.valueOf(text).split("\n");
        for (int i = 0; i < Math.min(lines.length, 30); i++) {
            System.out.println("    " + lines[i]);
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long heapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** JavaFX without a screen, as the UI tests run it. */
    static void startHeadlessFx() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false);
        up.await();
    }
}
