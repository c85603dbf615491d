package org.proclab.ui.main;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;
import org.proclab.kernel.Scheduler;
import org.proclab.ui.source.CodeMarker;

/** Which lines of the shown source file have a process waiting on them, and whose colour to mark them in. */
final class PendingLines {
    private PendingLines() {}

    /** Line number -> colour index; the oldest waiting process wins a line two of them wait on. */
    static Map<Integer, Integer> of(List<Scheduler.Pending> pending, String fileName, LongToIntFunction colorOf) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (fileName == null || fileName.isEmpty()) {
            return out;
        }
        for (Scheduler.Pending p : pending) {
            if (fileName.equals(p.file()) && p.line() > 0) {
                out.putIfAbsent(p.line(), colorOf.applyAsInt(p.pid()));
            }
        }
        return out;
    }

    /**
     * The code markers, with each process that waits for its turn (step, slow motion, a prediction) moved
     * to the line of its waiting operation: it stands there, though no event has said so yet.
     */
    static List<CodeMarker> withPending(List<CodeMarker> markers, List<Scheduler.Pending> pending, String fileName) {
        if (pending.isEmpty() || fileName == null || fileName.isEmpty()) {
            return markers;
        }
        Map<Long, Integer> waitingAt = new LinkedHashMap<>();
        for (Scheduler.Pending p : pending) {
            if (fileName.equals(p.file()) && p.line() > 0) {
                waitingAt.putIfAbsent(p.pid(), p.line()); // its oldest: a process's operations keep their order
            }
        }
        return markers.stream()
                .map(m -> waitingAt.containsKey(m.pid()) ? new CodeMarker(m.pid(), m.name(), m.colorIndex(), waitingAt.get(m.pid())) : m)
                .toList();
    }
}
