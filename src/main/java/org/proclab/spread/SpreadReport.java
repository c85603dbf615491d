package org.proclab.spread;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.proclab.i18n.Messages;
import org.proclab.lesson.Script;

/**
 * The spread of repeated runs as plain text, for the command line: one entry per distinct outcome with
 * its count and the lines that tell it from the others, then how often each choice of the lesson's
 * predictions turned out right. In English or Chinese (see {@link Messages}); the lines the programs
 * printed are shown as they are.
 */
public final class SpreadReport {
    private SpreadReport() {}

    /** {@code what} names the program ("lock-value, variant no-lock"); {@code script} may be null. */
    public static String of(String what, OutcomeSpread spread, Script script, Locale locale) {
        ResourceBundle b = Messages.bundle(locale);
        StringBuilder out = new StringBuilder();
        int distinct = spread.groups().size();
        out.append(Messages.text(b, "spread.heading", spread.total(), what, distinct)).append('\n');
        int width = Integer.toString(spread.groups().isEmpty() ? 0 : spread.groups().get(0).count()).length();
        String indent = " ".repeat(width + 3);
        for (OutcomeSpread.Group g : spread.groups()) {
            List<String> lines = shown(g, spread, b);
            for (int i = 0; i < lines.size(); i++) {
                out.append(i == 0 ? String.format(Locale.ROOT, "%" + width + "d\u00D7  ", g.count()) : indent)
                        .append(lines.get(i)).append('\n');
            }
        }
        if (distinct > 1 && spread.commonBefore() + spread.commonAfter() > 0) {
            out.append(Messages.text(b, "spread.notShown", spread.commonBefore(), spread.commonAfter())).append('\n');
        }
        if (script != null) {
            for (int p = 0; p < script.predictions().size(); p++) {
                Script.Prediction pr = script.predictions().get(p);
                int[] counts = spread.answerCounts(p, pr.choices().size());
                out.append(Messages.text(b, "spread.prediction", pr.ask().in(locale))).append('\n');
                for (int c = 0; c < counts.length; c++) {
                    out.append(Messages.text(b, "spread.choice", Integer.toString(c + 1), counts[c],
                            pr.choices().get(c).in(locale))).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The lines that tell a group from the others, then how it ended if not with exit code 0. */
    static List<String> shown(OutcomeSpread.Group g, OutcomeSpread spread, ResourceBundle b) {
        List<String> lines = new java.util.ArrayList<>(g.differing().stream().map(OutputLine::display).toList());
        Outcome o = g.outcome();
        switch (o.ending()) {
            case DEADLOCK -> lines.add(Messages.text(b, "spread.deadlock"));
            case TIMEOUT -> lines.add(Messages.text(b, "spread.timeout"));
            case EXIT_CODE -> lines.add(o.exitCode() == null ? Messages.text(b, "spread.exitCodeUnknown")
                    : Messages.text(b, "spread.exitCode", o.exitCode().toString()));
            case OK -> { }
        }
        if (lines.isEmpty()) {
            int n = o.lines().size();
            lines.add(spread.groups().size() > 1 ? Messages.text(b, "spread.nothingElse")
                    : n == 0 ? Messages.text(b, "spread.allSameNothing")
                    : Messages.text(b, "spread.allSame", n, o.lines().get(n - 1).display()));
        }
        return lines;
    }
}
