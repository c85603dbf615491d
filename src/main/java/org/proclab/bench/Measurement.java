package org.proclab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repetitions of one workload on one side (ProcLab or Python): each repetition's value, the extra
 * RESULT lines of the last repetition (such as a final count), and what went wrong, if anything.
 */
public final class Measurement {
    private final List<Double> values = new ArrayList<>();
    private final Map<String, Double> extras = new LinkedHashMap<>();
    private String failure;

    void add(double value) {
        values.add(value);
    }

    void extra(String name, double value) {
        extras.put(name, value);
    }

    void fail(String why) {
        if (failure == null) {
            failure = why;
        }
    }

    public List<Double> values() {
        return List.copyOf(values);
    }

    public Map<String, Double> extras() {
        return Map.copyOf(extras);
    }

    /** Null when every repetition ran. */
    public String failure() {
        return failure;
    }

    public boolean ok() {
        return failure == null && !values.isEmpty();
    }

    /** The median of the repetitions; NaN if there are none. */
    public double median() {
        return median(values);
    }

    static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] s = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
