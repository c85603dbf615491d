package org.proclab.ui.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.proclab.trace.Event;
import org.proclab.trace.EventSource;
import org.proclab.ui.model.ConsoleLine;
import org.proclab.ui.model.ConsoleModel;
import org.proclab.ui.model.Fold;
import org.proclab.ui.model.ProcessTable;

/**
 * The consoles, published for the views: every line, and each process's lines. The lines only grow, so a
 * checkpoint is their number, and the lists the views hold are ranges of the kept lines that change by
 * one range at a time: added at the end, cut back when the timeline went back, or slid on once a program
 * has printed more than memory keeps (see {@link ConsoleModel}).
 */
final class ConsolesFold implements Fold<ConsoleModel.Mark> {
    private final ConsoleModel console;
    private ConsoleList allLines;
    private ObservableList<ConsoleLine> allLinesView;
    private final Map<Long, ConsoleList> linesByPid = new HashMap<>();
    private final Map<Long, ObservableList<ConsoleLine>> linesViews = new HashMap<>();
    private final Set<Long> touched = new HashSet<>();
    private boolean restored;
    private boolean jumped; // restored since the last look at whether memory holds the lines to show
    /** Events read at once when reading lines back from the log. */
    private static final int READ_BACK_CHUNK = 4096;

    ConsolesFold(ProcessTable processes) {
        console = new ConsoleModel(processes);
        allLines = new ConsoleList(console::kept);
        allLinesView = FXCollections.unmodifiableObservableList(allLines);
    }

    @Override
    public void apply(List<Event> batch) {
        foldQuietly(batch);
        publish();
    }

    @Override
    public void foldQuietly(List<Event> batch) {
        for (Event e : batch) {
            ConsoleLine l = console.apply(e);
            if (l != null) {
                touched.add(l.pid());
            }
        }
    }

    @Override
    public void reset() {
        allLines.show(0, 0);
        linesByPid.values().forEach(l -> l.show(0, 0));
        console.clear();
        linesByPid.clear();
        linesViews.clear();
        touched.clear();
        restored = false;
        jumped = false;
    }

    @Override
    public ConsoleModel.Mark snapshot() {
        return console.mark();
    }

    @Override
    public void restore(ConsoleModel.Mark mark) {
        console.restore(mark);
        restored = true;
        jumped = true;
    }

    /**
     * After the timeline jumped: if memory no longer holds the lines just before the shown event (the
     * program printed more than it keeps), reads them back from {@code log}, from event {@code folded} back
     * until a console's worth is found, and shows them.
     */
    void refillAfterJump(EventSource log, int folded) {
        if (!jumped) {
            return;
        }
        jumped = false;
        if (!console.missesLines()) {
            return;
        }
        List<ConsoleLine> back = new ArrayList<>(); // newest first
        long chars = 0;
        int to = folded;
        while (to > 0 && back.size() < ConsoleModel.MAX_LINES && back.size() < console.count()
                && chars < ConsoleModel.MAX_CHARS) {
            int from = Math.max(0, to - READ_BACK_CHUNK);
            List<Event> part = log.read(from, to);
            for (int i = part.size() - 1; i >= 0 && back.size() < ConsoleModel.MAX_LINES; i--) {
                ConsoleLine l = console.lineOf(part.get(i));
                if (l != null) {
                    back.add(l);
                    chars += l.text().length();
                }
            }
            to = from;
        }
        java.util.Collections.reverse(back);
        console.refill(back);
        restored = true;
        publish();
    }

    /** The same log gives the same lines: the lists need only show more or fewer of them. */
    private void publish() {
        allLines.show(console.firstShown(), console.count());
        if (restored) {
            touched.addAll(linesByPid.keySet());
            restored = false;
        }
        for (long pid : touched) {
            linesOfPid(pid).show(console.firstShownOf(pid), console.countOf(pid));
        }
        touched.clear();
    }

    ObservableList<ConsoleLine> allLines() {
        return allLinesView;
    }

    ObservableList<ConsoleLine> linesOf(long pid) {
        return linesViews.computeIfAbsent(pid, k -> FXCollections.unmodifiableObservableList(linesOfPid(k)));
    }

    private ConsoleList linesOfPid(long pid) {
        return linesByPid.computeIfAbsent(pid, k -> new ConsoleList(i -> console.keptOf(k, i)));
    }
}
