package org.proclab.bench;

import java.util.List;
import java.util.Locale;

/** The bench's table: one line per workload, medians of both sides and the ratio. */
final class Table {
    private static final String FORMAT = "%-26s %-13s %-6s %12s %12s %7s  %s%n";

    private Table() {}

    static String render(List<Bench.Row> rows, boolean withPython, boolean unicode) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, FORMAT, "workload", "unit", "start", "ProcLab",
                withPython ? "Python" : "", withPython ? "ratio" : "", withPython ? "ratio is" : ""));
        for (Bench.Row r : rows) {
            Workload w = r.workload();
            String unit = unicode && w.unit().equals("us") ? "µs" : w.unit();
            String start = w.isJvmHello() || w.isFind() ? "-" : w.startMethod().id();
            String pl = cell(r.proclab());
            String py = !withPython ? "" : w.isFind() ? "-" : cell(r.python());
            String ratio = !withPython ? "" : w.isFind() ? "-" : ratio(w, r.proclab(), r.python());
            String direction = w.isFind() ? "find -type f | wc -l (one figure, not ProcLab)"
                    : !withPython ? "" : w.higherIsBetter() ? "ProcLab/Python" : "Python/ProcLab";
            s.append(String.format(Locale.ROOT, FORMAT, w.name(), unit, start, pl, py, ratio, direction));
        }
        return s.toString();
    }

    /** The speed-up of ProcLab over Python: >1 means ProcLab is faster, whichever way the unit points. */
    static double speedup(Workload w, double proclab, double python) {
        return w.higherIsBetter() ? proclab / python : python / proclab;
    }

    private static String ratio(Workload w, Measurement pl, Measurement py) {
        if (!pl.ok() || !py.ok()) {
            return "-";
        }
        double r = speedup(w, pl.median(), py.median());
        return r >= 10 ? String.format(Locale.ROOT, "%.0f", r)
                : r >= 0.1 ? String.format(Locale.ROOT, "%.2f", r)
                // two significant digits: a slow row on a loaded machine must not print as 0.000
                : new java.math.BigDecimal(r).round(new java.math.MathContext(2)).toPlainString();
    }

    private static String cell(Measurement m) {
        return m.ok() ? number(m.median()) : "failed";
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        return a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
                : a >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : a >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
