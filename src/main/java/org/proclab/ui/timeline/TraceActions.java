package org.proclab.ui.timeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.proclab.trace.ChromeTrace;
import org.proclab.trace.Event;
import org.proclab.trace.TraceFiles;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.run.RunViewModel;

/**
 * File → Save trace, Open trace, Export Chrome trace and Export view as PNG. Each has a form that takes
 * the file (for tests and scripts) and one that asks for it. A failure is shown in the status bar and
 * changes nothing else; a success is said in the timeline's message.
 */
public final class TraceActions {
    private final RunViewModel run;
    private final I18n i18n;
    private final Supplier<Node> shownView;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private File lastDir;

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

    /** Writes every event of the last run (or of the trace shown) as JSON lines. */
    public boolean saveTrace(Path file) {
        return write(file, () -> TraceFiles.write(List.copyOf(run.events()), file));
    }

    /** Writes the events in Chrome's trace format, which Perfetto (ui.perfetto.dev) opens. */
    public boolean exportChrome(Path file) {
        return write(file, () -> ChromeTrace.write(List.copyOf(run.events()), file));
    }

    /** Writes a picture of the centre view in front, as it is now. */
    public boolean exportPng(Path file) {
        return write(file, () -> {
            Node view = shownView.get();
            if (view == null) {
                throw new IOException(i18n.get("trace.noView"));
            }
            WritableImage image = view.snapshot(new SnapshotParameters(), null);
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        });
    }

    /**
     * Replays a saved trace (also one written by {@code proclab run --trace}). A file that is not a trace
     * leaves everything as it was and puts the reason in the status bar. Not while a run is going on.
     */
    public boolean openTrace(Path file) {
        if (run.getState().busy()) {
            return false;
        }
        List<Event> events;
        try {
            events = TraceFiles.read(file);
        } catch (TraceFiles.TraceFormatException e) {
            run.reportError(e.getMessage());
            return false;
        } catch (IOException | RuntimeException e) {
            run.reportError(i18n.get("trace.readFailed", file, describe(e)));
            return false;
        }
        run.replay(events);
        message.set(i18n.get("trace.opened", file.getFileName(), events.size()));
        return true;
    }

    private interface Io {
        void run() throws IOException;
    }

    private boolean write(Path file, Io io) {
        try {
            io.run();
            message.set(i18n.get("trace.saved", file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            run.reportError(i18n.get("trace.writeFailed", file, describe(e)));
            return false;
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    public void chooseAndSaveTrace(Window owner) {
        Path p = chooseSave(owner, "trace.filter.jsonl", "*.jsonl", "trace.jsonl");
        if (p != null) {
            saveTrace(p);
        }
    }

    public void chooseAndExportChrome(Window owner) {
        Path p = chooseSave(owner, "trace.filter.chrome", "*.json", "trace-chrome.json");
        if (p != null) {
            exportChrome(p);
        }
    }

    public void chooseAndExportPng(Window owner) {
        Path p = chooseSave(owner, "trace.filter.png", "*.png", "view.png");
        if (p != null) {
            exportPng(p);
        }
    }

    public void chooseAndOpenTrace(Window owner) {
        FileChooser c = chooser("trace.filter.jsonl", "*.jsonl");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("trace.filter.all"), "*"));
        File f = c.showOpenDialog(owner);
        if (f != null) {
            lastDir = f.getParentFile();
            openTrace(f.toPath());
        }
    }

    private Path chooseSave(Window owner, String filterKey, String pattern, String initialName) {
        FileChooser c = chooser(filterKey, pattern);
        c.setInitialFileName(initialName);
        File f = c.showSaveDialog(owner);
        if (f == null) {
            return null;
        }
        lastDir = f.getParentFile();
        return f.toPath();
    }

    private FileChooser chooser(String filterKey, String pattern) {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(filterKey), pattern));
        if (lastDir != null && lastDir.isDirectory()) {
            c.setInitialDirectory(lastDir);
        }
        return c;
    }

    /** What the last action did ("Saved trace.jsonl"), for the timeline to show. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
