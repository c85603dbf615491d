package org.proclab.ui.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.run.RunViewModel;

/**
 * Where each live process stands in the shown program: the line of its latest event in that file. A fold
 * of the event log, so the timeline moves the markers with every other view.
 *
 * <p>A START is the parent's doing ({@code p.start()}, {@code new Pool(n)}), so its line moves the parent,
 * not the child. A process that has exited loses its marker: it executes no line any more, and the process
 * tree already says it ended. Events without a file or line change nothing, nor does a helper thread's wait.
 */
public final class CodeMarkersModel implements RunViewModel.BatchFold {
    private final Map<Long, Proc> procs = new LinkedHashMap<>(); // START order
    private String fileName = "";
    private long lastMoved = -1;

    private final ReadOnlyObjectWrapper<List<CodeMarker>> markers =
            new ReadOnlyObjectWrapper<>(this, "markers", List.of());
    private final ReadOnlyIntegerWrapper focusLine = new ReadOnlyIntegerWrapper(this, "focusLine", 0);

    /** One process as the fold knows it; {@code lines} holds its latest line per source file. */
    private static final class Proc {
        final String name;
        final int colorIndex;
        final Map<String, Integer> lines = new HashMap<>();
        boolean exited;

        Proc(String name, int colorIndex) {
            this.name = name;
            this.colorIndex = colorIndex;
        }
    }

    /** The source file whose lines to mark, such as PipeLesson.java; "" or null marks none. */
    public void setFileName(String name) {
        fileName = name == null ? "" : name;
        publish();
    }

    public String getFileName() {
        return fileName;
    }

    @Override
    public void apply(List<Event> batch) {
        for (Event e : batch) {
            fold(e);
        }
        publish();
    }

    @Override
    public void reset() {
        procs.clear();
        lastMoved = -1;
        publish();
    }

    private void fold(Event e) {
        if (e.kind() == EventKind.START) {
            procs.putIfAbsent(e.pid(), new Proc(e.text() == null ? Long.toString(e.pid()) : e.text(), procs.size()));
            long parent = e.hasNum() ? e.num() : -1;
            moved(parent, e);
            return;
        }
        if (e.kind() == EventKind.EXIT) {
            Proc p = procs.get(e.pid());
            if (p != null) {
                p.exited = true;
            }
            return;
        }
        if (e.kind() == EventKind.BLOCK && e.hasNum() && e.num() == 0) {
            return; // a helper thread waits (a pool's result handler): the process's main thread is elsewhere
        }
        moved(e.pid(), e);
    }

    private void moved(long pid, Event e) {
        Proc p = procs.get(pid);
        if (p == null || e.file() == null || e.line() <= 0) {
            return;
        }
        p.lines.put(e.file(), e.line());
        if (e.file().equals(fileName)) {
            lastMoved = pid;
        }
    }

    private void publish() {
        List<CodeMarker> out = new ArrayList<>();
        int focus = 0;
        for (Map.Entry<Long, Proc> en : procs.entrySet()) {
            Proc p = en.getValue();
            Integer line = p.lines.get(fileName);
            if (p.exited || line == null) {
                continue;
            }
            out.add(new CodeMarker(en.getKey(), p.name, p.colorIndex, line));
            if (en.getKey() == lastMoved) {
                focus = line;
            }
        }
        if (!Objects.equals(out, markers.get())) {
            markers.set(List.copyOf(out));
        }
        focusLine.set(focus);
    }

    /** One marker per live process that has a line in the file, in START order; replaced on every change. */
    public ReadOnlyObjectProperty<List<CodeMarker>> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    public List<CodeMarker> getMarkers() {
        return markers.get();
    }

    public int getFocusLine() {
        return focusLine.get();
    }

    /** The line of the process that moved last in the file (the one to keep in view), or 0. */
    public ReadOnlyIntegerProperty focusLineProperty() {
        return focusLine.getReadOnlyProperty();
    }
}
