package org.proclab.bench;

import java.util.List;
import java.util.Locale;

/** The table of {@code proclab bench --ui}: one line per figure, with its target and whether it is met. */
final class UiTable {
    private static final String FORMAT = "%-18s %-22s %10s %-4s %8s  %s%n";

    private UiTable() {}

    static String render(List<UiFigure> figures, boolean unicode) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, FORMAT, "workload", "measure", "ProcLab", "unit", "target", ""));
        for (UiFigure f : figures) {
            s.append(String.format(Locale.ROOT, FORMAT, f.workload(), f.measure(),
                    f.failure() != null ? "failed" : Table.number(f.value()), f.unit(), f.targetText(unicode), f.verdict()));
        }
        return s.toString();
    }
}
