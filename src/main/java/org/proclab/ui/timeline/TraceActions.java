package org.proclab.ui.timeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.proclab.trace.ChromeTrace;
import org.proclab.trace.Event;
import org.proclab.trace.IndexedTrace;
import org.proclab.trace.TraceFiles;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.run.RunViewModel;

/**
 * File → Save trace, Open trace, Export Chrome trace and Export view as PNG. Each has a form that takes the
 * file and does the work at once (for tests and scripts) and one that asks for the file (the menu). From
 * the menu the work runs off the FX thread, with {@link #busyProperty()} and {@link #progressProperty()} for
 * a progress indicator: a trace is read through once to check and index it ({@link IndexedTrace}, which
 * holds no events), then folded into the views a slice per pulse ({@link ReplayLoader}), so the window
 * stays responsive and the heap does not grow with the file. A file that is not a trace is said in a dialog, in one line: which file,
 * which line, what is wrong. A success is said in the timeline's message.
 */
public final class TraceActions {
    /** The share of the progress bar for reading the file through; the folding takes the rest. */
    public static final double READING_SHARE = 0.5;

    /** A problem with a file, for a person: the title of the dialog and its one line. */
    public record FileProblem(String title, String reason) {}

    private final RunViewModel run;
    private final I18n i18n;
    private final Supplier<Node> shownView;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final Executor background = r -> {
        Thread t = new Thread(r, "proclab-trace-file");
        t.setDaemon(true);
        t.start();
    };
    private Consumer<FileProblem> problems = this::showDialog;
    private Window owner;
    private File lastDir;
    private ReplayLoader loader; // the last trace folded in a slice per pulse, for measurements

    /** {@code shownView} gives the centre view in front, for Export view as PNG. */
    public TraceActions(RunViewModel run, I18n i18n, Supplier<Node> shownView) {
        this.run = run;
        this.i18n = i18n;
        this.shownView = shownView;
        // a new run is not the trace that was opened or saved
        run.stateProperty().addListener((o, a, b) -> {
            if (b == org.proclab.ui.run.RunState.STARTING) {
                message.set("");
            }
        });
    }

    /** Where problems go; a dialog unless set (tests collect them). */
    public void setProblemHandler(Consumer<FileProblem> handler) {
        this.problems = handler;
    }

    // ---- at once ----------------------------------------------------------------------------------

    /** Writes every event of the last run (or of the trace shown) as JSON lines. */
    public boolean saveTrace(Path file) {
        return done(file, write(file, run.eventsSoFar(), false));
    }

    /** Writes the events in Chrome's trace format, which Perfetto (ui.perfetto.dev) opens. */
    public boolean exportChrome(Path file) {
        return done(file, write(file, run.eventsSoFar(), true));
    }

    /** Writes a picture of the centre view in front, as it is now. */
    public boolean exportPng(Path file) {
        WritableImage image = snapshot();
        return image != null && done(file, writePng(image, file));
    }

    /**
     * Replays a saved trace (also one written by {@code proclab run --trace}). A file that is not a trace
     * leaves everything as it was and is said in a dialog. Not while a run is going on.
     */
    public boolean openTrace(Path file) {
        if (run.getState().busy() || busy.get()) {
            return false;
        }
        Object read = read(file, fraction -> { });
        if (read instanceof FileProblem p) {
            problems.accept(p);
            return false;
        }
        IndexedTrace trace = (IndexedTrace) read;
        run.replay(trace);
        message.set(opened(file, trace));
        return true;
    }

    // ---- in the background ------------------------------------------------------------------------

    /**
     * {@link #openTrace} with the file read and checked off the FX thread (the views keep showing what they
     * showed until it proves a trace), then folded into the views a slice per pulse while another thread
     * decodes the next events; the views end at the last event. Progress: the first half is the reading, the
     * second the folding. Call on the FX thread.
     */
    public CompletableFuture<Boolean> openTraceInBackground(Path file) {
        if (run.getState().busy() || busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        String before = message.get(); // still true if the file proves no trace
        start(0);
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        ProgressToFx reading = new ProgressToFx(0, READING_SHARE);
        CompletableFuture.supplyAsync(() -> read(file, reading), background).whenComplete((read, error) -> Platform.runLater(() -> {
            reading.close();
            FileProblem p = error != null ? problem("trace.openFailed", file, error)
                    : read instanceof FileProblem fp ? fp : null;
            if (p != null || run.getState().busy()) { // a run started meanwhile keeps the views
                finish();
                message.set(before);
                if (p != null) {
                    problems.accept(p);
                }
                result.complete(false);
                return;
            }
            IndexedTrace trace = (IndexedTrace) read;
            loader = new ReplayLoader(run, trace, f -> progress.set(READING_SHARE + (1 - READING_SHARE) * f), outcome -> {
                finish();
                if (outcome == ReplayLoader.Outcome.LOADED) {
                    message.set(opened(file, trace));
                } else if (outcome == ReplayLoader.Outcome.FAILED) {
                    run.reset(); // half a trace is not what the file holds
                    problems.accept(new FileProblem(i18n.get("trace.openFailedTitle"),
                            i18n.get("trace.openFailed", String.valueOf(file.getFileName()), i18n.get("trace.why.changed"))));
                }
                result.complete(outcome == ReplayLoader.Outcome.LOADED);
            });
            loader.start();
        }));
        return result;
    }

    /** "Replaying big.jsonl: 1,000,000 events", and a line cut short at its end, if it was. */
    private String opened(Path file, IndexedTrace trace) {
        String name = String.valueOf(file.getFileName());
        return trace.truncatedLine() > 0
                ? i18n.get("trace.openedCut", name, trace.size(), Integer.toString(trace.truncatedLine()))
                : i18n.get("trace.opened", name, trace.size());
    }

    /**
     * Progress heard on the reading thread, passed to {@link #progressProperty()} on the FX thread: only when
     * it moved on by a percent, so the FX thread is not flooded.
     */
    private final class ProgressToFx implements DoubleConsumer {
        private final double from;
        private final double share;
        private volatile boolean closed;
        private double told = -1;

        ProgressToFx(double from, double share) {
            this.from = from;
            this.share = share;
        }

        @Override
        public void accept(double fraction) {
            if (fraction - told < 0.01) {
                return;
            }
            told = fraction;
            double p = from + share * fraction;
            Platform.runLater(() -> {
                if (!closed) {
                    progress.set(p);
                }
            });
        }

        /** Later reports are dropped: the work went on to its next part (call on the FX thread). */
        void close() {
            closed = true;
        }
    }

    /** {@link #saveTrace} with the writing off the FX thread; call on the FX thread. */
    public CompletableFuture<Boolean> saveTraceInBackground(Path file) {
        return inBackground(file, run.eventsSoFar(), false);
    }

    /** {@link #exportChrome} with the writing off the FX thread; call on the FX thread. */
    public CompletableFuture<Boolean> exportChromeInBackground(Path file) {
        return inBackground(file, run.eventsSoFar(), true);
    }

    /** {@link #exportPng}: the picture is taken on the FX thread, encoded and written off it. */
    public CompletableFuture<Boolean> exportPngInBackground(Path file) {
        WritableImage image = snapshot();
        if (image == null || busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        start(-1);
        return CompletableFuture.supplyAsync(() -> writePng(image, file), background)
                .thenApplyAsync(p -> {
                    finish();
                    return done(file, p);
                }, Platform::runLater);
    }

    private CompletableFuture<Boolean> inBackground(Path file, List<Event> events, boolean chrome) {
        if (busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        start(-1);
        return CompletableFuture.supplyAsync(() -> write(file, events, chrome), background)
                .thenApplyAsync(p -> {
                    finish();
                    return done(file, p);
                }, Platform::runLater);
    }

    private void start(double p) {
        progress.set(p);
        busy.set(true);
        message.set("");
    }

    private void finish() {
        busy.set(false);
        progress.set(0);
    }

    // ---- the work, on any thread ------------------------------------------------------------------

    /** The trace, read through and indexed, or the problem with the file. */
    private Object read(Path file, DoubleConsumer progress) {
        try {
            return IndexedTrace.open(file, progress);
        } catch (TraceFiles.TraceFormatException e) {
            return notATrace(file, e);
        } catch (IOException | RuntimeException e) {
            return problem("trace.openFailed", file, e);
        }
    }

    /** Null when written, else the problem. */
    private FileProblem write(Path file, List<Event> events, boolean chrome) {
        try {
            if (chrome) {
                ChromeTrace.write(events, file);
            } else {
                TraceFiles.write(events, file);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return problem("trace.writeFailed", file, e);
        }
    }

    private FileProblem writePng(WritableImage image, Path file) {
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return problem("trace.writeFailed", file, e);
        }
    }

    private WritableImage snapshot() {
        Node view = shownView.get();
        if (view == null) {
            problems.accept(new FileProblem(i18n.get("trace.writeFailedTitle"), i18n.get("trace.noView")));
            return null;
        }
        return view.snapshot(new SnapshotParameters(), null);
    }

    private boolean done(Path file, FileProblem p) {
        if (p != null) {
            problems.accept(p);
            return false;
        }
        message.set(i18n.get("trace.saved", file.getFileName()));
        return true;
    }

    /** "notes.txt, line 1: this line is not JSON, so this is not a ProcLab trace." */
    private FileProblem notATrace(Path file, TraceFiles.TraceFormatException e) {
        String name = String.valueOf(file.getFileName());
        String key = "trace.problem." + switch (e.problem()) {
            case NOT_UTF8 -> "notText";
            case EMPTY -> "empty";
            case NOT_JSON -> "notJson";
            case NOT_AN_EVENT -> "notAnEvent";
            case UNKNOWN_KIND -> "unknownKind";
            case WRONG_TYPE -> "wrongType";
        };
        return new FileProblem(i18n.get("trace.notATraceTitle"),
                i18n.get(key, name, Integer.toString(e.line()), e.detail() == null ? "" : e.detail()));
    }

    /** A file the system would not read or write: said without the exception's class or trace. */
    private FileProblem problem(String key, Path file, Throwable e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? i18n.get("trace.why.missing")
                : e instanceof java.nio.file.AccessDeniedException ? i18n.get("trace.why.denied")
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : i18n.get("trace.why.other");
        return new FileProblem(i18n.get(key + "Title"), i18n.get(key, String.valueOf(file.getFileName()), why));
    }

    private void showDialog(FileProblem p) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(p.title());
        a.setHeaderText(null);
        a.setContentText(p.reason());
        a.getDialogPane().setId("file-problem");
        a.show();
    }

    // ---- from the menu ----------------------------------------------------------------------------

    public void chooseAndSaveTrace(Window owner) {
        Path p = chooseSave(owner, "trace.filter.jsonl", "*.jsonl", "trace.jsonl");
        if (p != null) {
            saveTraceInBackground(p);
        }
    }

    public void chooseAndExportChrome(Window owner) {
        Path p = chooseSave(owner, "trace.filter.chrome", "*.json", "trace-chrome.json");
        if (p != null) {
            exportChromeInBackground(p);
        }
    }

    public void chooseAndExportPng(Window owner) {
        Path p = chooseSave(owner, "trace.filter.png", "*.png", "view.png");
        if (p != null) {
            exportPngInBackground(p);
        }
    }

    public void chooseAndOpenTrace(Window owner) {
        this.owner = owner;
        FileChooser c = chooser(owner);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("trace.filter.jsonl"), "*.jsonl"));
        // proclab run --trace FILE may have given it any name
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("trace.filter.all"), "*"));
        File f = c.showOpenDialog(owner);
        if (f != null) {
            lastDir = f.getParentFile();
            openTraceInBackground(f.toPath());
        }
    }

    private Path chooseSave(Window owner, String filterKey, String pattern, String initialName) {
        FileChooser c = chooser(owner);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(filterKey), pattern));
        c.setInitialFileName(initialName);
        File f = c.showSaveDialog(owner);
        if (f == null) {
            return null;
        }
        lastDir = f.getParentFile();
        return f.toPath();
    }

    /** Opens where the last file was, else in the user's documents (never the directory the app started in). */
    private FileChooser chooser(Window owner) {
        this.owner = owner;
        FileChooser c = new FileChooser();
        c.setInitialDirectory(startDirectory(lastDir));
        return c;
    }

    /** The last directory used if it still exists, else Documents in the home directory, else the home directory. */
    static File startDirectory(File last) {
        if (last != null && last.isDirectory()) {
            return last;
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).toFile();
    }

    // ---- state ------------------------------------------------------------------------------------

    /** The longest the last trace opened in the background held the FX thread in one pulse, in ms (0 if none). */
    double worstFoldPulseMillis() {
        return loader == null ? 0 : loader.worstNanos() / 1e6;
    }

    /** How many times the views published while the last trace opened in the background was folded in (0 if none). */
    long loaderPublications() {
        return loader == null ? 0 : loader.publications();
    }

    /** The pulses the last trace opened in the background was folded in (0 if none). */
    long loaderPulses() {
        return loader == null ? 0 : loader.pulses();
    }

    /** What the last action did ("Saved trace.jsonl"), for the timeline to show. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A file is being read, folded in or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How far the work is, 0 to 1, or -1 while that is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
