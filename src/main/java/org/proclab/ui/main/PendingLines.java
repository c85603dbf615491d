package org.proclab.ui.main;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;
import org.proclab.kernel.Scheduler;

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
}
