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
import org.proclab.ui.model.Fold;
import org.proclab.ui.model.ProcessTable;

/**
 * Where each live process stands in the shown program: the line of its latest event in that file. A fold
 * of the event log, so the timeline moves the markers with every other view.
 *
 * <p>A START is the parent's doing ({@code p.start()}, {@code new Pool(n)}), so its line moves the parent,
 * not the child. A process that has exited loses its marker: it executes no line any more, and the process
 * tree already says it ended. Events without a file or line change nothing, nor does a helper thread's wait.
 * A program of several files (lesson 6's helper classes) marks a process only in the file of its latest event:
 * that is where it is; {@link #processesByFileProperty()} says which files have processes in them.
 */
public final class CodeMarkersModel implements Fold<CodeMarkersModel.State> {
    private final ProcessTable processes;
    private final boolean ownTable;
    private final Map<Long, Map<String, Integer>> lines = new LinkedHashMap<>(); // pid -> file -> its latest line
    private final Map<Long, String> currentFile = new HashMap<>(); // pid -> the file of its latest event
    private String fileName = "";
    private long lastMoved = -1;

    private final ReadOnlyObjectWrapper<List<CodeMarker>> markers =
            new ReadOnlyObjectWrapper<>(this, "markers", List.of());
    private final ReadOnlyIntegerWrapper focusLine = new ReadOnlyIntegerWrapper(this, "focusLine", 0);
    private final ReadOnlyObjectWrapper<Map<String, List<CodeMarker>>> processesByFile =
            new ReadOnlyObjectWrapper<>(this, "processesByFile", Map.of());

    /** A saved state: each process's latest line per file, the file it is in, and who moved last. */
    public record State(Map<Long, Map<String, Integer>> lines, Map<Long, String> currentFile, long lastMoved) {}

    /** Markers on their own: they fold their own process table. */
    public CodeMarkersModel() {
        this(new ProcessTable(), true);
    }

    /** Markers that read the run's process table (names, colours, who ended), which their host folds. */
    public CodeMarkersModel(ProcessTable processes) {
        this(processes, false);
    }

    private CodeMarkersModel(ProcessTable processes, boolean ownTable) {
        this.processes = processes;
        this.ownTable = ownTable;
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
        lines.clear();
        currentFile.clear();
        lastMoved = -1;
        if (ownTable) {
            processes.reset();
        }
        publish();
    }

    @Override
    public State snapshot() {
        Map<Long, Map<String, Integer>> copy = new LinkedHashMap<>();
        lines.forEach((pid, of) -> copy.put(pid, Map.copyOf(of)));
        return new State(copy, Map.copyOf(currentFile), lastMoved);
    }

    @Override
    public void restore(State s) {
        lines.clear();
        s.lines().forEach((pid, of) -> lines.put(pid, new HashMap<>(of)));
        currentFile.clear();
        currentFile.putAll(s.currentFile());
        lastMoved = s.lastMoved();
    }

    private void fold(Event e) {
        if (ownTable) {
            processes.apply(e);
        }
        if (e.kind() == EventKind.START) {
            lines.putIfAbsent(e.pid(), new HashMap<>());
            long parent = e.hasNum() ? e.num() : -1;
            moved(parent, e);
            return;
        }
        if (e.kind() == EventKind.EXIT) {
            return;
        }
        if (e.kind() == EventKind.BLOCK && e.hasNum() && e.num() == 0) {
            return; // a helper thread waits (a pool's result handler): the process's main thread is elsewhere
        }
        moved(e.pid(), e);
    }

    private void moved(long pid, Event e) {
        Map<String, Integer> of = lines.get(pid);
        if (of == null || e.file() == null || e.line() <= 0) {
            return;
        }
        of.put(e.file(), e.line());
        currentFile.put(pid, e.file());
        if (e.file().equals(fileName)) {
            lastMoved = pid;
        }
    }

    private void publish() {
        List<CodeMarker> out = new ArrayList<>();
        Map<String, List<CodeMarker>> byFile = new LinkedHashMap<>();
        int focus = 0;
        for (Map.Entry<Long, Map<String, Integer>> en : lines.entrySet()) {
            ProcessTable.Info p = processes.get(en.getKey());
            String in = currentFile.get(en.getKey());
            if (p == null || p.ended() || in == null) {
                continue;
            }
            CodeMarker m = new CodeMarker(en.getKey(), p.name(), p.colorIndex(), en.getValue().get(in));
            byFile.computeIfAbsent(in, f -> new ArrayList<>()).add(m);
            if (!in.equals(fileName)) {
                continue;
            }
            out.add(m);
            if (en.getKey() == lastMoved) {
                focus = m.line();
            }
        }
        if (!Objects.equals(out, markers.get())) {
            markers.set(List.copyOf(out));
        }
        if (!Objects.equals(byFile, processesByFile.get())) {
            processesByFile.set(Map.copyOf(byFile));
        }
        focusLine.set(focus);
    }

    /** Each file that live processes are in (their latest event's), with their markers there, in START order. */
    public ReadOnlyObjectProperty<Map<String, List<CodeMarker>>> processesByFileProperty() {
        return processesByFile.getReadOnlyProperty();
    }

    /** One marker per live process that is in the file, in START order; replaced on every change. */
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
