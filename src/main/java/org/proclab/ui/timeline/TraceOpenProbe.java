package org.proclab.ui.timeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.proclab.lesson.LessonCatalog;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.run.RunViewModel;

/**
 * Measures File → Open trace in the real window, as {@code proclab bench --ui} reports it: how long until the
 * views show the trace's last event, the longest the FX thread went without a pulse meanwhile, and the
 * longest of a few steps back (←) from the end, each with the window's layout after it.
 */
public final class TraceOpenProbe {
    /** Steps back measured, one event each, from the last event. */
    static final int STEPS = 10;

    /**
     * What was measured.
     *
     * @param events           the trace's events, all shown at the end
     * @param openMillis       from asking to open until the views show the last event
     * @param worstPulseMillis the longest time between two pulses while opening (a frozen window gives none)
     * @param stepBackMillis   the longest of {@link #STEPS} steps back, the views' folds and the layout
     * @param heapUsedBytes    the heap in use after a GC, with the trace open
     */
    public record Figures(long events, double openMillis, double worstPulseMillis, double stepBackMillis,
                          long heapUsedBytes) {}

    private TraceOpenProbe() {}

    /**
     * Opens {@code trace} in a new 1280×800 window as the menu does, steps back {@link #STEPS} times, closes the
     * window and says what it measured. The JavaFX toolkit must run (headless Monocle for a benchmark); call
     * it from any thread but the FX thread.
     *
     * @throws IllegalStateException if the trace did not open (not a trace, or not within 10 minutes)
     */
    public static Figures measure(Path trace) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("measure() waits for the FX thread: call it from another");
        }
        Stage[] stage = new Stage[1];
        MainViewModel vm = onFx(() -> new MainViewModel(LessonCatalog.builtIn(), I18n.ENGLISH));
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(vm, () -> { });
            stage[0] = new Stage();
            stage[0].setScene(new Scene(w, 1280, 800));
            stage[0].show();
            return w;
        });
        try {
            Pulses pulses = new Pulses();
            long[] took = new long[1];
            CompletableFuture<Boolean> opened = onFx(() -> {
                window.traces().setProblemHandler(p -> { });
                pulses.start();
                long t0 = System.nanoTime();
                return window.traces().openTraceInBackground(trace).whenComplete((ok, e) -> took[0] = System.nanoTime() - t0);
            });
            boolean ok;
            try {
                ok = opened.get(10, TimeUnit.MINUTES);
            } catch (ExecutionException | TimeoutException e) {
                ok = false;
            }
            onFx(() -> {
                pulses.stop();
                return null;
            });
            RunViewModel run = vm.runModel();
            long events = onFx(() -> run.eventCountProperty().get());
            if (!ok || onFx(() -> run.shownProperty().get()) != events - 1) {
                throw new IllegalStateException(trace + " did not open");
            }
            long heap = heapAfterGc();
            double worstStep = 0;
            for (int i = 0; i < STEPS; i++) {
                worstStep = Math.max(worstStep, onFx(() -> {
                    Parent root = stage[0].getScene().getRoot();
                    long t0 = System.nanoTime();
                    run.showAt(run.shownProperty().get() - 1);
                    root.applyCss();
                    root.layout();
                    return (System.nanoTime() - t0) / 1e6;
                }));
                Thread.sleep(50); // a frame between two steps, as between two key presses
            }
            return new Figures(events, took[0] / 1e6, pulses.worst.get() / 1e6, worstStep, heap);
        } finally {
            onFx(() -> {
                stage[0].hide();
                vm.close();
                return null;
            });
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static <T> T onFx(Supplier<T> work) throws InterruptedException {
        FutureTask<T> task = new FutureTask<>(work::get);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the measurement failed on the FX thread", e.getCause());
        }
    }

    /** The longest time between two pulses since {@link #start()}. */
    private static final class Pulses extends AnimationTimer {
        final AtomicLong worst = new AtomicLong();
        private long last;

        @Override
        public void start() {
            last = System.nanoTime();
            super.start();
        }

        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            worst.accumulateAndGet(t - last, Math::max);
            last = t;
        }

        @Override
        public void stop() {
            handle(0); // the time since the last pulse counts too
            super.stop();
        }
    }
}
