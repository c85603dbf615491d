package org.proclab.bench;

import java.util.Locale;

/**
 * One line of {@code proclab bench --ui}: a workload, what was measured of it, the figure and the target it
 * is held against. A figure that could not be measured is NaN, with {@code failure} saying why.
 *
 * @param higherIsBetter whether the target is a floor (frames per second) or a ceiling (milliseconds)
 * @param target         the floor or ceiling, or NaN for a figure shown without one
 */
record UiFigure(String workload, String measure, double value, String unit, boolean higherIsBetter, double target,
                String failure) {

    static UiFigure atLeast(String workload, String measure, double value, String unit, double target) {
        return new UiFigure(workload, measure, value, unit, true, target, null);
    }

    static UiFigure atMost(String workload, String measure, double value, String unit, double target) {
        return new UiFigure(workload, measure, value, unit, false, target, null);
    }

    /** A figure shown for what it tells, held against nothing. */
    static UiFigure info(String workload, String measure, double value, String unit) {
        return new UiFigure(workload, measure, value, unit, true, Double.NaN, null);
    }

    static UiFigure failed(String workload, String measure, String unit, String why) {
        return new UiFigure(workload, measure, Double.NaN, unit, true, Double.NaN, why);
    }

    boolean hasTarget() {
        return !Double.isNaN(target);
    }

    boolean met() {
        return failure == null && hasTarget() && (higherIsBetter ? value >= target : value <= target);
    }

    /** "≥ 30" or "≤ 100", in ASCII when the console cannot show the signs. */
    String targetText(boolean unicode) {
        if (!hasTarget()) {
            return "-";
        }
        String sign = higherIsBetter ? (unicode ? "≥" : ">=") : (unicode ? "≤" : "<=");
        return sign + " " + (target == Math.rint(target) ? String.format(Locale.ROOT, "%.0f", target) : Table.number(target));
    }

    String verdict() {
        return failure != null ? "FAILED" : !hasTarget() ? "" : met() ? "met" : "NOT MET";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s %s %s", workload, measure, Table.number(value), unit);
    }
}
