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
 * checkpoint is their number, and the lists the views hold are prefixes of the kept lines that change by
 * one range at a time: added at the end, or cut back when the timeline went back.
 */
final class ConsolesFold implements Fold<ConsoleModel.Mark> {
    private final ConsoleModel console;
    private PrefixList<ConsoleLine> allLines;
    private ObservableList<ConsoleLine> allLinesView;
    private final Map<Long, PrefixList<ConsoleLine>> linesByPid = new HashMap<>();
    private final Map<Long, ObservableList<ConsoleLine>> linesViews = new HashMap<>();
    private final Set<Long> touched = new HashSet<>();
    private boolean restored;

    ConsolesFold(ProcessTable processes) {
        console = new ConsoleModel(processes);
        allLines = new PrefixList<>(console::kept);
        allLinesView = FXCollections.unmodifiableObservableList(allLines);
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
        allLines.show(0);
        linesByPid.values().forEach(l -> l.show(0));
        console.clear();
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

    /** The same log gives the same lines: the lists need only show more or fewer of them. */
    private void publish() {
        allLines.show(console.lines().size());
        if (restored) {
            touched.addAll(linesByPid.keySet());
            restored = false;
        }
        for (long pid : touched) {
            linesOfPid(pid).show(console.linesOf(pid).size());
        }
        touched.clear();
    }

    ObservableList<ConsoleLine> allLines() {
        return allLinesView;
    }

    ObservableList<ConsoleLine> linesOf(long pid) {
        return linesViews.computeIfAbsent(pid, k -> FXCollections.unmodifiableObservableList(linesOfPid(k)));
    }

    private PrefixList<ConsoleLine> linesOfPid(long pid) {
        return linesByPid.computeIfAbsent(pid, k -> new PrefixList<>(i -> console.keptOf(k, i)));
    }
}
