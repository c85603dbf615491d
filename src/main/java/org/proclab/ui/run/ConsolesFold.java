package org.proclab.ui.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.proclab.trace.Event;
import org.proclab.ui.model.ConsoleLine;
import org.proclab.ui.model.ConsoleModel;
import org.proclab.ui.model.Fold;
import org.proclab.ui.model.ProcessTable;

/**
 * The consoles, published for the views: every line, and each process's lines. The lines only grow, so a
 * checkpoint is their number, and the lists the views hold change by one range at a time: added at the end,
 * or cut back when the timeline went back.
 */
final class ConsolesFold implements Fold<ConsoleModel.Mark> {
    private final ConsoleModel console;
    private final ObservableList<ConsoleLine> allLines = FXCollections.observableArrayList();
    private final ObservableList<ConsoleLine> allLinesView = FXCollections.unmodifiableObservableList(allLines);
    private final Map<Long, ObservableList<ConsoleLine>> linesByPid = new HashMap<>();
    private final Map<Long, ObservableList<ConsoleLine>> linesViews = new HashMap<>();
    private final Set<Long> touched = new HashSet<>();
    private boolean restored;

    ConsolesFold(ProcessTable processes) {
        console = new ConsoleModel(processes);
    }

    @Override
    public void apply(List<Event> batch) {
        for (Event e : batch) {
            ConsoleLine l = console.apply(e);
            if (l != null) {
                touched.add(l.pid());
            }
        }
        publish();
    }

    @Override
    public void reset() {
        console.clear();
        allLines.clear();
        linesByPid.values().forEach(List::clear);
        linesByPid.clear();
        linesViews.clear();
        touched.clear();
        restored = false;
    }

    @Override
    public ConsoleModel.Mark snapshot() {
        return console.mark();
    }

    @Override
    public void restore(ConsoleModel.Mark mark) {
        console.restore(mark);
        restored = true;
    }

    /** The same log gives the same lines: the lists need only be cut back or added to, by their sizes. */
    private void publish() {
        sync(allLines, console.lines());
        if (restored) {
            touched.addAll(linesByPid.keySet());
            restored = false;
        }
        for (long pid : touched) {
            sync(modifiableLinesOf(pid), console.linesOf(pid));
        }
        touched.clear();
    }

    private static void sync(ObservableList<ConsoleLine> shown, List<ConsoleLine> now) {
        if (shown.size() > now.size()) {
            shown.remove(now.size(), shown.size());
        } else if (shown.size() < now.size()) {
            shown.addAll(now.subList(shown.size(), now.size()));
        }
    }

    ObservableList<ConsoleLine> allLines() {
        return allLinesView;
    }

    ObservableList<ConsoleLine> linesOf(long pid) {
        return linesViews.computeIfAbsent(pid, k -> FXCollections.unmodifiableObservableList(modifiableLinesOf(k)));
    }

    private ObservableList<ConsoleLine> modifiableLinesOf(long pid) {
        return linesByPid.computeIfAbsent(pid, k -> FXCollections.observableArrayList());
    }
}
