package org.proclab.ui.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proclab.trace.Event;

/**
 * The consoles as a fold of the event log: every line every process printed, in log order, each
 * attributed to its process (named and coloured by the {@link ProcessTable}); plus per-process views of
 * the same lines. The lines only grow, so a checkpoint of them is their number ({@link #mark()}): going
 * back shows fewer of them, and the ones after stay kept, so a checkpoint further on can be restored too.
 */
public final class ConsoleModel {
    private final ProcessTable processes;
    private final boolean ownTable;
    // every line folded so far; the first `size` are the ones shown (fewer after going back)
    private final List<ConsoleLine> lines = new ArrayList<>();
    private final Map<Long, List<ConsoleLine>> byPid = new HashMap<>();
    private int size;
    private final Map<Long, Integer> sizeOf = new HashMap<>();

    /** How far the console is: its lines, and each process's. */
    public record Mark(int lines, Map<Long, Integer> byPid) {}

    /** A console on its own: it folds its own process table. */
    public ConsoleModel() {
        this(new ProcessTable(), true);
    }

    /** A console that reads the run's process table, which its host folds. */
    public ConsoleModel(ProcessTable processes) {
        this(processes, false);
    }

    private ConsoleModel(ProcessTable processes, boolean ownTable) {
        this.processes = processes;
        this.ownTable = ownTable;
    }

    /** Folds one event in; returns the line it added, or null if it added none. */
    public ConsoleLine apply(Event e) {
        if (ownTable) {
            processes.apply(e);
        }
        ConsoleLine line = switch (e.kind()) {
            case OUTPUT -> line(e, stream(e.obj()), e.text(), null);
            case EXIT -> line(e, ConsoleLine.Stream.EXIT, e.text(), e.hasNum() ? (int) e.num() : null);
            case NOTE, REFUSED, DEADLOCK -> line(e, ConsoleLine.Stream.KERNEL, e.text(), null);
            default -> null;
        };
        if (line != null) {
            put(lines, size++, line);
            int n = sizeOf.getOrDefault(line.pid(), 0);
            put(byPid.computeIfAbsent(line.pid(), k -> new ArrayList<>()), n, line);
            sizeOf.put(line.pid(), n + 1);
        }
        return line;
    }

    private ConsoleLine line(Event e, ConsoleLine.Stream stream, String text, Integer code) {
        ProcessTable.Info who = processes.get(e.pid());
        return who == null
                ? new ConsoleLine(e.seq(), 0, "proclab", -1, stream, text == null ? "" : text, code)
                : new ConsoleLine(e.seq(), e.pid(), who.name(), who.colorIndex(), stream, text == null ? "" : text, code);
    }

    private static ConsoleLine.Stream stream(String obj) {
        if ("stderr".equals(obj)) {
            return ConsoleLine.Stream.STDERR;
        }
        return "jvm".equals(obj) ? ConsoleLine.Stream.JVM : ConsoleLine.Stream.STDOUT;
    }

    /** The same log folds to the same lines: one folded again takes the place of the one kept there. */
    private static void put(List<ConsoleLine> list, int at, ConsoleLine line) {
        if (at < list.size()) {
            list.set(at, line);
        } else {
            list.add(line);
        }
    }

    /** How far the console is now, for a checkpoint. */
    public Mark mark() {
        return new Mark(size, Map.copyOf(sizeOf));
    }

    /** Back (or on) to a mark taken earlier in the same log. */
    public void restore(Mark m) {
        size = m.lines();
        sizeOf.clear();
        sizeOf.putAll(m.byPid());
    }

    /** Forgets every line. */
    public void clear() {
        lines.clear();
        byPid.clear();
        size = 0;
        sizeOf.clear();
        if (ownTable) {
            processes.reset();
        }
    }

    /** Line {@code i} of every line folded so far, also one past the shown ones after going back. */
    public ConsoleLine kept(int i) {
        return lines.get(i);
    }

    /** Line {@code i} of one process's lines folded so far (see {@link #kept(int)}). */
    public ConsoleLine keptOf(long pid, int i) {
        return byPid.get(pid).get(i);
    }

    /** Every line, in log order. */
    public List<ConsoleLine> lines() {
        return Collections.unmodifiableList(lines.subList(0, size));
    }

    /** The lines of one process, in log order. */
    public List<ConsoleLine> linesOf(long pid) {
        return Collections.unmodifiableList(byPid.getOrDefault(pid, List.of()).subList(0, sizeOf.getOrDefault(pid, 0)));
    }
}
