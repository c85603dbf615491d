package org.proclab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.proclab.bench.programs.PrintsALot;
import org.proclab.bench.programs.SendsALot;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.StartMethod;
import org.proclab.lesson.LessonCatalog;
import org.proclab.trace.PipeRunTrace;
import org.proclab.ui.main.CentreView;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.main.ViewsRehearsal;
import org.proclab.ui.present.PresentationShell;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;
import org.proclab.ui.timeline.TraceActions;

/**
 * {@code proclab bench --ui}: the app's real main window, on JavaFX's headless platform ({@link HeadlessFx}),
 * measured while a program prints as fast as it can, while one sends through a pipe as fast as it can,
 * while a big trace opens, and while the timeline steps back through it. Each figure is printed beside its
 * target. Progress goes to {@code err}, the table to {@code out}.
 */
public final class UiBench {
    static final double FPS_TARGET = 30;
    static final double PULSE_TARGET_MS = 100;
    static final double OPEN_TARGET_S = 3;
    static final double STEP_TARGET_MS = 100;
    /**
     * The flood's measurement begins once the views have taken this many events in: the program is flooding
     * (starting it makes a few dozen). Low, so that even a starved program on a crowded machine gets there.
     */
    static final int FLOOD_UNDER_WAY = 200;
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    /** Bytes of each message of the pipe flood: small, so that it is a flood of events. */
    private static final int MESSAGE_BYTES = 64;

    /** The workloads, in the order they run; {@code --only} names some of them. */
    static final List<String> WORKLOADS = List.of("idle", "print_flood", "pipe_flood", "trace");

    /**
     * @param quick shorter floods (3 s), a trace of 100,000 events, fewer steps
     * @param only  the workloads to run ({@link #WORKLOADS}); empty for all
     */
    public record Options(boolean quick, List<String> only) {
        public Options {
            only = only == null ? List.of() : only.stream().map(String::trim).filter(n -> !n.isEmpty()).toList();
        }

        boolean runs(String workload) {
            return only.isEmpty() || only.contains(workload);
        }

        double floodSeconds() {
            return quick ? 3 : 10;
        }

        int traceEvents() {
            return quick ? 100_000 : 1_000_000;
        }

        int steps() {
            return quick ? 5 : 20;
        }

        long timeoutSeconds() {
            return quick ? 120 : 300;
        }
    }

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private long lastProgress = System.nanoTime();

    public UiBench(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** The app's window on a stage of its own, and a controller that runs programs in it. */
    private record Window(MainViewModel vm, MainWindow window, Stage stage, RunController controller) {
        RunViewModel run() {
            return vm.runModel();
        }

        void close() {
            controller.close();
            vm.close();
            stage.hide();
        }
    }

    public int run() throws InterruptedException {
        List<String> unknown = options.only().stream().filter(n -> !WORKLOADS.contains(n)).toList();
        if (!unknown.isEmpty()) {
            err.println("proclab bench --ui: unknown workload " + String.join(", ", unknown) + "; the workloads are: "
                    + String.join(", ", WORKLOADS));
            return Bench.EXIT_USAGE;
        }
        String problem = HeadlessFx.start();
        if (problem != null) {
            err.println("proclab bench --ui: " + problem + ".");
            return Bench.EXIT_FAILED;
        }
        double loadBefore = Bench.loadAverage();
        long started = System.nanoTime();
        Window w = HeadlessFx.onFx(UiBench::openWindow);
        settle();
        List<UiFigure> figures = new ArrayList<>();
        try {
            String seconds = Double.toString(options.floodSeconds());
            if (options.runs("idle")) {
                figures.addAll(idle());
            }
            if (options.runs("print_flood")) {
                figures.addAll(flood(w, "print_flood", new ProgramSpec(PrintsALot.class.getName(), List.of(),
                        List.of("1024", seconds), StartMethod.FORK), CentreView.PROCESSES));
            }
            if (options.runs("pipe_flood")) {
                figures.addAll(flood(w, "pipe_flood", new ProgramSpec(SendsALot.class.getName(), List.of(),
                        List.of("1024", Integer.toString(MESSAGE_BYTES), seconds), StartMethod.FORK), CentreView.PIPES_AND_QUEUES));
            }
            if (options.runs("trace")) {
                figures.addAll(trace(w));
            }
        } finally {
            HeadlessFx.runOnFx(w::close);
        }
        printHeader(loadBefore, (System.nanoTime() - started) / 1e9);
        out.print(UiTable.render(figures, Bench.unicodeOk()));
        boolean ok = true;
        for (UiFigure f : figures) {
            if (f.failure() != null) {
                out.println("FAILED: " + f.workload() + " " + f.measure() + ": " + f.failure());
                ok = false;
            }
        }
        printAbout();
        return ok ? 0 : Bench.EXIT_FAILED;
    }

    private static Window openWindow() {
        MainViewModel vm = new MainViewModel(LessonCatalog.builtIn(), Locale.ENGLISH);
        MainWindow window = new MainWindow(vm, () -> { });
        // the first lesson chosen, as the app starts
        var lessons = window.lessonPane().tree();
        if (!lessons.getRoot().getChildren().isEmpty()) {
            lessons.getSelectionModel().select(lessons.getRoot().getChildren().get(0));
        }
        PresentationShell shell = new PresentationShell(window, window.presentation(), window.shortcuts(), vm.i18n());
        Stage stage = new Stage();
        stage.setScene(new Scene(shell, WIDTH, HEIGHT));
        ViewsRehearsal.play(vm, shell); // as the app does
        stage.show();
        return new Window(vm, window, stage, new RunController(vm.runModel(), vm.scheduler()));
    }

    // ---- at rest ----------------------------------------------------------------------------------

    /** Lets the new window draw its first frames, which style and lay out every node, before anything is measured. */
    private static void settle() throws InterruptedException {
        PulseProbe probe = HeadlessFx.onFx(PulseProbe::start);
        for (int i = 0; i < 100 && probe.pulses() < 10; i++) {
            Thread.sleep(100);
        }
        HeadlessFx.runOnFx(probe::stop);
    }

    /** The window with nothing to do, animated (the probe asks for every frame): what this machine can draw at best. */
    private List<UiFigure> idle() throws InterruptedException {
        PulseProbe probe = HeadlessFx.onFx(PulseProbe::start);
        Thread.sleep(Math.round(options.floodSeconds() * 500));
        FrameStats s = HeadlessFx.onFx(probe::stop);
        progress("idle", String.format(Locale.ROOT, "%.1f s, %d pulses, CPU: FX thread %.1f s, render thread %.1f s", s.seconds(),
                s.pulses(), s.fxCpuSeconds(), s.renderCpuSeconds()));
        return List.of(UiFigure.info("idle", "frames per second", s.framesPerSecond(), "/s"),
                UiFigure.info("idle", "worst pulse", s.worstPulseMillis(), "ms"));
    }

    // ---- a flood ----------------------------------------------------------------------------------

    /** What one flood did: what the FX thread saw, and the events the views showed meanwhile. */
    private record Flooded(FrameStats stats, long events, long folded, long total, int updates) {}

    private List<UiFigure> flood(Window w, String name, ProgramSpec spec, CentreView view) throws InterruptedException {
        System.gc(); // the last row's garbage is not this one's pause
        CompletableFuture<Flooded> done = new CompletableFuture<>();
        HeadlessFx.runOnFx(() -> {
            w.window().show(view);
            RunViewModel run = w.run();
            new FloodWatch(run, done).listen();
            w.controller().run(spec);
        });
        Flooded f;
        try {
            f = done.get(options.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof TimeoutException ? "the run did not end within " + options.timeoutSeconds() + " s"
                    : e.getCause().getMessage();
            HeadlessFx.runOnFx(() -> w.controller().stop());
            progress(name, "failed: " + why);
            return List.of(UiFigure.failed(name, "frames per second", "/s", why));
        }
        FrameStats s = f.stats();
        progress(name, String.format(Locale.ROOT, "%.1f s, %,d of the run's %,d events shown, %d pulses, CPU: FX thread %.1f s,"
                + " render thread %.1f s", s.seconds(), f.events(), f.total(), s.pulses(), s.fxCpuSeconds(), s.renderCpuSeconds()));
        progress(name, "longest pulses: " + s.worstGaps());
        List<UiFigure> figures = new ArrayList<>(List.of(
                UiFigure.atLeast(name, "frames per second", s.framesPerSecond(), "/s", FPS_TARGET),
                UiFigure.atMost(name, "worst pulse", s.worstPulseMillis(), "ms", PULSE_TARGET_MS),
                UiFigure.atMost(name, "worst wait for the UI", s.worstWaitMillis(), "ms", PULSE_TARGET_MS),
                UiFigure.info(name, "events shown per second", f.events() / s.seconds(), "/s"),
                UiFigure.info(name, "views updated per second", f.updates() / s.seconds(), "/s"),
                UiFigure.info(name, "FX thread busy", 100 * s.fxCpuSeconds() / s.seconds(), "%"),
                UiFigure.info(name, "FX thread CPU per frame", 1000 * s.fxCpuSeconds() / Math.max(1, s.pulses()), "ms")));
        if (f.folded() != f.total()) { // every event is folded once, none skipped, however fast they came
            figures.add(UiFigure.failed(name, "events folded", "", "the views folded " + f.folded() + " of " + f.total() + " events"));
        }
        return figures;
    }

    /**
     * Starts the probe once the program is flooding and stops it once the run has ended and the views show
     * its last event: the time the views took to catch up is part of the flood. On the FX thread.
     */
    private static final class FloodWatch implements InvalidationListener {
        private final RunViewModel run;
        private final CompletableFuture<Flooded> done;
        private PulseProbe probe;
        private long firstShown;
        private int updates; // times the views published what they show, while measured
        private int lastShown;
        private boolean started; // the run has left IDLE: a FINISHED state is this run's

        FloodWatch(RunViewModel run, CompletableFuture<Flooded> done) {
            this.run = run;
            this.done = done;
        }

        void listen() {
            run.eventCountProperty().addListener(this);
            run.shownProperty().addListener(this);
            run.stateProperty().addListener(this);
        }

        @Override
        public void invalidated(javafx.beans.Observable o) {
            RunState state = run.getState();
            started |= state.busy();
            if (probe == null && run.eventCountProperty().get() >= FLOOD_UNDER_WAY) {
                probe = PulseProbe.start();
                firstShown = run.shownProperty().get() + 1;
                lastShown = run.shownProperty().get();
            } else if (probe != null && run.shownProperty().get() != lastShown) {
                lastShown = run.shownProperty().get();
                updates++;
            }
            if (!started || state.busy()) {
                return;
            }
            long total = run.eventCountProperty().get();
            if (state == RunState.FAILED || state == RunState.IDLE) {
                finish();
                done.completeExceptionally(new IllegalStateException("the run failed: " + run.errorProperty().get()));
            } else if (state == RunState.FINISHED && run.shownProperty().get() + 1 == total) {
                finish();
                if (probe == null) {
                    done.completeExceptionally(new IllegalStateException("the program made only " + total + " events"
                            + lastWords(run)));
                } else {
                    done.complete(new Flooded(probe.stop(), total - firstShown, run.foldedEventCount(), total, updates));
                }
            }
        }

        /** The run's last console lines, which say why a program that should have flooded did not. */
        private static String lastWords(RunViewModel run) {
            var lines = run.allLines();
            return lines.isEmpty() ? "" : ": " + lines.subList(Math.max(0, lines.size() - 3), lines.size()).stream()
                    .map(l -> l.text()).toList();
        }

        private void finish() {
            run.eventCountProperty().removeListener(this);
            run.shownProperty().removeListener(this);
            run.stateProperty().removeListener(this);
        }
    }

    // ---- a big trace --------------------------------------------------------------------------------

    private List<UiFigure> trace(Window w) throws InterruptedException {
        String name = options.quick() ? "trace_100k" : "trace_1m";
        Path file = null;
        try {
            file = Files.createTempFile("proclab-bench-", ".jsonl");
            int events = PipeRunTrace.write(file, options.traceEvents());
            progress(name, String.format(Locale.ROOT, "wrote %,d events, %,d MB", events, Files.size(file) >> 20));
            System.gc();
            List<UiFigure> figures = new ArrayList<>(open(w, name, file, events));
            if (figures.stream().allMatch(f -> f.failure() == null)) {
                figures.addAll(stepBack(w, name));
            }
            return figures;
        } catch (IOException e) {
            progress(name, "failed: " + e.getMessage());
            return List.of(UiFigure.failed(name, "open", "s", "could not write the trace: " + e.getMessage()));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    /** File → Open trace, as the menu does it (read in the background, folded a slice per pulse). */
    private List<UiFigure> open(Window w, String name, Path file, int events) throws InterruptedException {
        CompletableFuture<FrameStats> opened = new CompletableFuture<>();
        long[] took = new long[1];
        long[] read = new long[1]; // when the file was read and checked through: the views change only then
        long[] cpu = new long[1];
        HeadlessFx.runOnFx(() -> {
            w.window().show(CentreView.PIPES_AND_QUEUES);
            w.window().traces().setProblemHandler(p -> opened.completeExceptionally(new IllegalStateException(p.reason())));
            PulseProbe probe = PulseProbe.start();
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            w.window().traces().progressProperty().addListener((o, was, now) -> {
                if (read[0] == 0 && now.doubleValue() >= TraceActions.READING_SHARE) {
                    read[0] = System.nanoTime() - t0;
                }
            });
            w.window().traces().openTraceInBackground(file).whenComplete((loaded, error) -> {
                took[0] = System.nanoTime() - t0;
                cpu[0] = processCpuNanos() - cpu0;
                FrameStats s = probe.stop();
                if (error != null || !Boolean.TRUE.equals(loaded)) {
                    opened.completeExceptionally(error != null ? error : new IllegalStateException("the trace was not opened"));
                } else {
                    opened.complete(s);
                }
            });
        });
        try {
            FrameStats s = opened.get(options.timeoutSeconds(), TimeUnit.SECONDS);
            int shown = HeadlessFx.onFx(() -> w.run().shownProperty().get() + 1);
            progress(name, String.format(Locale.ROOT, "opened in %.2f s (read and checked in %.2f s), %,d events shown;"
                    + " %.1f s of CPU on all threads", took[0] / 1e9, read[0] / 1e9, shown, cpu[0] / 1e9));
            progress(name, "longest pulses opening: " + s.worstGaps());
            if (shown != events) {
                return List.of(UiFigure.failed(name, "open", "s", "the views show " + shown + " of " + events + " events"));
            }
            return List.of(UiFigure.atMost(name, "open", took[0] / 1e9, "s", OPEN_TARGET_S),
                    UiFigure.atMost(name, "worst pulse opening", s.worstPulseMillis(), "ms", PULSE_TARGET_MS),
                    UiFigure.info(name, "FX thread busy opening", 100 * s.fxCpuSeconds() / s.seconds(), "%"),
                    UiFigure.info(name, "open: read and checked", read[0] / 1e9, "s"),
                    UiFigure.info(name, "open: render thread CPU", s.renderCpuSeconds(), "s"),
                    UiFigure.info(name, "open: CPU, all threads", cpu[0] / 1e9, "s"));
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof TimeoutException ? "not open within " + options.timeoutSeconds() + " s" : e.getCause().getMessage();
            progress(name, "failed: " + why);
            return List.of(UiFigure.failed(name, "open", "s", why));
        }
    }

    /**
     * ← on the timeline, as a user steps back from the end, one step per frame: each step's time is the key's
     * handling (the views' folds and publications) plus the CSS and layout passes of the pulse that follows,
     * measured between the scene's pre- and post-layout pulse listeners. (Calling {@code root.applyCss()}
     * instead, as this bench once did, restyles the whole scene: about 25 ms a step that no pulse spends.)
     */
    private List<UiFigure> stepBack(Window w, String name) throws InterruptedException {
        List<Double> millis = new ArrayList<>();
        Scene scene = HeadlessFx.onFx(() -> w.stage().getScene());
        long[] passStart = new long[1]; // when the latest pulse's CSS pass began
        long[] passNanos = new long[1]; // the CSS and layout passes of the pulse after the key: taken on the FX
        CountDownLatch[] laidOut = new CountDownLatch[1]; // thread, as later pulses move passStart on
        Runnable pre = () -> passStart[0] = System.nanoTime();
        Runnable post = () -> {
            CountDownLatch l = laidOut[0];
            if (l != null && l.getCount() > 0) {
                passNanos[0] = System.nanoTime() - passStart[0];
                l.countDown();
            }
        };
        int before = HeadlessFx.onFx(() -> {
            scene.addPreLayoutPulseListener(pre);
            scene.addPostLayoutPulseListener(post);
            return w.run().shownProperty().get();
        });
        try {
            for (int i = 0; i < options.steps(); i++) {
                CountDownLatch latch = new CountDownLatch(1);
                double keyMillis = HeadlessFx.onFx(() -> {
                    long t0 = System.nanoTime();
                    w.window().timeline().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.LEFT,
                            false, false, false, false));
                    laidOut[0] = latch; // the next pulse's layout is this step's
                    return (System.nanoTime() - t0) / 1e6;
                });
                if (!latch.await(options.timeoutSeconds(), TimeUnit.SECONDS)) {
                    return List.of(UiFigure.failed(name, "step back", "ms", "no frame was laid out after step " + (i + 1)));
                }
                millis.add(keyMillis + passNanos[0] / 1e6);
                Thread.sleep(50); // a frame drawn between two steps, as between two key presses
            }
        } finally {
            HeadlessFx.onFx(() -> {
                scene.removePreLayoutPulseListener(pre);
                scene.removePostLayoutPulseListener(post);
                return null;
            });
        }
        int after = HeadlessFx.onFx(() -> w.run().shownProperty().get());
        if (before - after != options.steps()) {
            return List.of(UiFigure.failed(name, "step back", "ms", "the timeline went from event " + before + " to "
                    + after + " in " + options.steps() + " steps back"));
        }
        List<Double> sorted = millis.stream().sorted().toList();
        double worst = sorted.get(sorted.size() - 1);
        double median = sorted.get(sorted.size() / 2);
        progress(name, String.format(Locale.ROOT, "%d steps back, ms: %s", millis.size(),
                millis.stream().map(Table::number).toList()));
        return List.of(UiFigure.atMost(name, "step back, worst", worst, "ms", STEP_TARGET_MS),
                UiFigure.info(name, "step back, median", median, "ms"));
    }

    /** The CPU time of this JVM so far, all threads (-1 if not known): what the load of the machine changes least. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    // ---- report -------------------------------------------------------------------------------------

    private void progress(String what, String text) {
        long now = System.nanoTime();
        err.printf(Locale.ROOT, "bench --ui: %-14s %s  [%.1f s]%n", what, text, (now - lastProgress) / 1e9);
        lastProgress = now;
        err.flush();
    }

    private void printHeader(double loadBefore, double seconds) {
        out.println();
        out.printf(Locale.ROOT, "ProcLab bench --ui, %s run, %s; %d CPUs, Java %s%n", options.quick() ? "quick" : "full",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.printf(Locale.ROOT, "The app's main window, %.0f x %.0f, on JavaFX's %s platform with %s rendering: every frame"
                        + " laid out and drawn, none shown.%n", WIDTH, HEIGHT, System.getProperty("glass.platform", "default"),
                System.getProperty("prism.order", "default"));
        if (loadBefore >= 0) {
            out.printf(Locale.ROOT, "Took %.0f s; system load average %.2f before, %.2f after.%n", seconds, loadBefore,
                    Bench.loadAverage());
        }
        out.println();
    }

    private void printAbout() {
        out.println();
        out.println("What the rows measure:");
        out.printf(Locale.ROOT, "  %-14s the window with nothing to do, for %.1f s: the most frames this machine draws now%n", "idle",
                options.floodSeconds() / 2);
        out.printf(Locale.ROOT, "  %-14s a program prints 100-byte lines as fast as it can for %.0f s (the Processes view in front);"
                + " measured from its %,dth event until the views show its last%n", "print_flood", options.floodSeconds(), FLOOD_UNDER_WAY);
        out.printf(Locale.ROOT, "  %-14s a program sends %d-byte messages through a pipe to a child as fast as it can for %.0f s"
                + " (Pipes & queues in front), measured the same way%n", "pipe_flood", MESSAGE_BYTES, options.floodSeconds());
        out.printf(Locale.ROOT, "  %-14s File > Open trace of a %,d-event trace (lesson 3's pipe, many messages) until the views"
                + " show its end; then the timeline's left arrow %d times, one frame apart%n",
                options.quick() ? "trace_100k" : "trace_1m", options.traceEvents(), options.steps());
        out.println("  frames per second: pulses (frames) of the FX thread; worst pulse: the longest gap between two;"
                + " worst wait: the longest a task posted to the FX thread every " + PulseProbe.PING_MILLIS
                + " ms waited, as a click would; views updated: how often the views showed newer events");
    }
}
