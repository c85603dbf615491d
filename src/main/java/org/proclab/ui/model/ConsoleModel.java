package org.proclab.ui.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proclab.trace.Event;

/**
 * The consoles as a fold of the event log: the lines the processes printed, in log order, each
 * attributed to its process (named and coloured by the {@link ProcessTable}); plus per-process views of
 * the same lines. The lines only grow, so a checkpoint of them is their number ({@link #mark()}): going
 * back shows fewer of them, and the ones after stay kept, so a checkpoint further on can be restored too.
 * <p>
 * Memory holds only the latest lines ({@link #MAX_LINES} in all and {@link #MAX_LINES_PER_PROCESS} of each
 * process, fewer if they are long: see {@link LineWindow}); the event log on disk has every one. So
 * {@link #lines()} starts at {@link #firstShown()}, which is 0 until a program prints a lot.
 */
public final class ConsoleModel {
    private final ProcessTable processes;
    private final boolean ownTable;
    /** Lines kept in memory for the console of every process, and about the characters they may hold. */
    public static final int MAX_LINES = 20_000;
    public static final long MAX_CHARS = 4L << 20;
    /** Lines kept for one process's own console. */
    public static final int MAX_LINES_PER_PROCESS = 5_000;
    public static final long MAX_CHARS_PER_PROCESS = 1L << 20;
    /** After a jump, fewer kept lines than this before the current point are read back from the log. */
    static final int REFILL_BELOW = 1_000;

    // the latest lines folded so far; the first `size` lines of the run are the ones shown (fewer after going back)
    private final LineWindow lines = new LineWindow(MAX_LINES, MAX_CHARS);
    private final Map<Long, LineWindow> byPid = new HashMap<>();
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
        ConsoleLine line = lineOf(e);
        if (line != null) {
            lines.put(size++, line);
            int n = sizeOf.getOrDefault(line.pid(), 0);
            byPid.computeIfAbsent(line.pid(), k -> new LineWindow(MAX_LINES_PER_PROCESS, MAX_CHARS_PER_PROCESS)).put(n, line);
            sizeOf.put(line.pid(), n + 1);
        }
        return line;
    }

    /** The line an event makes, or null if it makes none; folds nothing. */
    public ConsoleLine lineOf(Event e) {
        return switch (e.kind()) {
            case OUTPUT -> line(e, stream(e.obj()), e.text(), null);
            case EXIT -> line(e, ConsoleLine.Stream.EXIT, e.text(), e.hasNum() ? (int) e.num() : null);
            case NOTE, REFUSED, DEADLOCK -> line(e, ConsoleLine.Stream.KERNEL, e.text(), null);
            default -> null;
        };
    }

    /**
     * Whether memory lacks lines the console should show now: after the timeline went back (or far ahead)
     * to where the kept lines do not reach, or reach only a few lines back. See {@link #refill}.
     */
    public boolean missesLines() {
        if (size == 0) {
            return false;
        }
        if (size < lines.start() || size > lines.end()) {
            return true;
        }
        return lines.start() > 0 && size - lines.start() < Math.min(REFILL_BELOW, size);
    }

    /**
     * Keeps {@code latest} as the lines just before the current point (the last of them is line
     * {@code count() - 1}), read back from the log, in log order; the lines kept before are dropped.
     */
    public void refill(List<ConsoleLine> latest) {
        lines.clear();
        byPid.clear();
        int first = size - latest.size();
        Map<Long, Integer> next = new HashMap<>();
        for (int i = latest.size() - 1; i >= 0; i--) { // each process's line numbers, counted back from now
            ConsoleLine l = latest.get(i);
            next.merge(l.pid(), 1, Integer::sum);
        }
        Map<Long, Integer> at = new HashMap<>();
        next.forEach((pid, n) -> at.put(pid, sizeOf.getOrDefault(pid, 0) - n));
        for (int i = 0; i < latest.size(); i++) {
            ConsoleLine l = latest.get(i);
            lines.put(first + i, l);
            int n = at.merge(l.pid(), 1, Integer::sum) - 1;
            byPid.computeIfAbsent(l.pid(), k -> new LineWindow(MAX_LINES_PER_PROCESS, MAX_CHARS_PER_PROCESS)).put(n, l);
        }
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

    /** Line {@code i} of the run's lines, also one past the shown ones after going back; null if not kept. */
    public ConsoleLine kept(int i) {
        return lines.get(i);
    }

    /** Line {@code i} of one process's lines (see {@link #kept(int)}). */
    public ConsoleLine keptOf(long pid, int i) {
        LineWindow w = byPid.get(pid);
        return w == null ? null : w.get(i);
    }

    /** How many lines the run has printed up to the shown event, kept or not. */
    public int count() {
        return size;
    }

    /** How many lines one process has printed up to the shown event. */
    public int countOf(long pid) {
        return sizeOf.getOrDefault(pid, 0);
    }

    /** The number of the first line shown: the lines before it are in the event log only. */
    public int firstShown() {
        return Math.min(size, lines.start());
    }

    /** {@link #firstShown()} of one process's lines. */
    public int firstShownOf(long pid) {
        LineWindow w = byPid.get(pid);
        return w == null ? 0 : Math.min(countOf(pid), w.start());
    }

    /** The lines shown, in log order: lines {@link #firstShown()} to {@link #count()}. */
    public List<ConsoleLine> lines() {
        return window(lines, firstShown(), size);
    }

    /** The shown lines of one process, in log order. */
    public List<ConsoleLine> linesOf(long pid) {
        LineWindow w = byPid.get(pid);
        return w == null ? List.of() : window(w, firstShownOf(pid), countOf(pid));
    }

    private static List<ConsoleLine> window(LineWindow w, int from, int to) {
        List<ConsoleLine> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(w.get(i));
        }
        return Collections.unmodifiableList(out);
    }
}
