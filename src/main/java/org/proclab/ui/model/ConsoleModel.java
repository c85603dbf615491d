package org.proclab.ui.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proclab.trace.Event;

/**
 * The consoles as a fold of the event log: every line every process printed, in log order, each
 * attributed to its process; plus per-process views of the same lines.
 */
public final class ConsoleModel {
    private record Who(String name, int colorIndex) {}

    private static final Who KERNEL = new Who("proclab", -1);

    private final List<ConsoleLine> lines = new ArrayList<>();
    private final Map<Long, List<ConsoleLine>> byPid = new HashMap<>();
    private final Map<Long, Who> who = new HashMap<>();

    /** Folds one event in; returns the line it added, or null if it added none. */
    public ConsoleLine apply(Event e) {
        ConsoleLine line = switch (e.kind()) {
            case START -> {
                who.put(e.pid(), new Who(e.text(), who.size()));
                yield null;
            }
            case OUTPUT -> line(e, stream(e.obj()), e.text(), null);
            case EXIT -> line(e, ConsoleLine.Stream.EXIT, e.text(), e.hasNum() ? (int) e.num() : null);
            case NOTE, REFUSED, DEADLOCK -> line(e, ConsoleLine.Stream.KERNEL, e.text(), null);
            default -> null;
        };
        if (line != null) {
            lines.add(line);
            byPid.computeIfAbsent(line.pid(), k -> new ArrayList<>()).add(line);
        }
        return line;
    }

    private ConsoleLine line(Event e, ConsoleLine.Stream stream, String text, Integer code) {
        Who w = who.getOrDefault(e.pid(), KERNEL);
        long pid = w == KERNEL ? 0 : e.pid();
        return new ConsoleLine(e.seq(), pid, w.name(), w.colorIndex(), stream, text == null ? "" : text, code);
    }

    private static ConsoleLine.Stream stream(String obj) {
        if ("stderr".equals(obj)) {
            return ConsoleLine.Stream.STDERR;
        }
        return "jvm".equals(obj) ? ConsoleLine.Stream.JVM : ConsoleLine.Stream.STDOUT;
    }

    /** Every line, in log order. */
    public List<ConsoleLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    /** The lines of one process, in log order. */
    public List<ConsoleLine> linesOf(long pid) {
        return Collections.unmodifiableList(byPid.getOrDefault(pid, List.of()));
    }
}
