package org.proclab.spread;

import java.util.List;
import java.util.Locale;
import org.proclab.lesson.Script;

/**
 * The spread of repeated runs as plain text, for the command line: one entry per distinct outcome with
 * its count and the lines that tell it from the others, then how often each choice of the lesson's
 * predictions turned out right.
 */
public final class SpreadReport {
    private SpreadReport() {}

    /** {@code what} names the program ("lock-value, variant no-lock"); {@code script} may be null. */
    public static String of(String what, OutcomeSpread spread, Script script, Locale locale) {
        StringBuilder out = new StringBuilder();
        int distinct = spread.groups().size();
        out.append(spread.total()).append(spread.total() == 1 ? " run of " : " runs of ").append(what).append(": ")
                .append(distinct).append(distinct == 1 ? " outcome" : " distinct outcomes").append('\n');
        int width = Integer.toString(spread.groups().isEmpty() ? 0 : spread.groups().get(0).count()).length();
        String indent = " ".repeat(width + 3);
        for (OutcomeSpread.Group g : spread.groups()) {
            List<String> lines = shown(g, spread);
            for (int i = 0; i < lines.size(); i++) {
                out.append(i == 0 ? String.format(Locale.ROOT, "%" + width + "d\u00D7  ", g.count()) : indent)
                        .append(lines.get(i)).append('\n');
            }
        }
        if (distinct > 1 && spread.commonBefore() + spread.commonAfter() > 0) {
            out.append("(not shown: ").append(count(spread.commonBefore(), "line")).append(" before and ")
                    .append(count(spread.commonAfter(), "line")).append(" after, the same in every run)\n");
        }
        if (script != null) {
            for (int p = 0; p < script.predictions().size(); p++) {
                Script.Prediction pr = script.predictions().get(p);
                int[] counts = spread.answerCounts(p, pr.choices().size());
                out.append("prediction: ").append(pr.ask().in(locale)).append('\n');
                for (int c = 0; c < counts.length; c++) {
                    out.append("  choice ").append(c + 1).append(" held in ").append(count(counts[c], "run"))
                            .append(": ").append(pr.choices().get(c).in(locale)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The lines that tell a group from the others, then how it ended if not with exit code 0. */
    static List<String> shown(OutcomeSpread.Group g, OutcomeSpread spread) {
        List<String> lines = new java.util.ArrayList<>(g.differing().stream().map(OutputLine::display).toList());
        Outcome o = g.outcome();
        switch (o.ending()) {
            case DEADLOCK -> lines.add("(deadlock: stopped)");
            case TIMEOUT -> lines.add("(time-out: stopped)");
            case EXIT_CODE -> lines.add("(exit code " + (o.exitCode() == null ? "unknown" : o.exitCode()) + ")");
            case OK -> { }
        }
        if (lines.isEmpty()) {
            int n = o.lines().size();
            lines.add(spread.groups().size() == 1
                    ? "(every run printed the same " + count(n, "line") + (n == 0 ? ")" : "; the last: " + o.lines().get(n - 1).display() + ")")
                    : "(nothing else)");
        }
        return lines;
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
