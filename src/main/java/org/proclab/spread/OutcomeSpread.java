package org.proclab.spread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many runs of one program grouped by outcome: the distinct outcomes with how many runs had each, most
 * frequent first (ties: the one seen first). For each outcome it tells the lines that differ between
 * outcomes, so a view can show those and collapse the rest: the lines every outcome starts with and ends
 * with are the same everywhere; what lies between is what differs (a value, or an order).
 */
public final class OutcomeSpread {
    /** One distinct outcome: the runs (numbered from 1) that had it, and its lines that differ from the others. */
    public record Group(Outcome outcome, List<Integer> runs, List<OutputLine> differing) {
        public Group {
            runs = List.copyOf(runs);
            differing = List.copyOf(differing);
        }

        public int count() {
            return runs.size();
        }
    }

    public static final OutcomeSpread EMPTY = new OutcomeSpread(List.of());

    private final List<Outcome> runs;
    private final List<Group> groups;
    private final int commonBefore;
    private final int commonAfter;

    /** The outcomes of runs 1, 2, ... in the order they ran. */
    public OutcomeSpread(List<Outcome> runs) {
        this.runs = List.copyOf(runs);
        Map<Outcome.Key, List<Integer>> byKey = new LinkedHashMap<>();
        Map<Outcome.Key, Outcome> first = new LinkedHashMap<>();
        for (int i = 0; i < this.runs.size(); i++) {
            Outcome o = this.runs.get(i);
            byKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(i + 1);
            first.putIfAbsent(o.key(), o);
        }
        List<List<OutputLine>> distinct = first.values().stream().map(Outcome::lines).toList();
        // with one outcome nothing differs: all of it is "the same in every run"
        this.commonBefore = distinct.isEmpty() ? 0 : distinct.size() == 1 ? distinct.get(0).size() : commonPrefix(distinct);
        this.commonAfter = distinct.size() < 2 ? 0 : commonSuffix(distinct, commonBefore);
        List<Group> gs = new ArrayList<>();
        for (Map.Entry<Outcome.Key, Outcome> e : first.entrySet()) {
            List<OutputLine> lines = e.getValue().lines();
            gs.add(new Group(e.getValue(), byKey.get(e.getKey()),
                    lines.subList(commonBefore, lines.size() - commonAfter)));
        }
        gs.sort(Comparator.comparingInt(Group::count).reversed()); // stable: ties keep the order first seen
        this.groups = List.copyOf(gs);
    }

    /** Every run's outcome, in the order they ran. */
    public List<Outcome> runs() {
        return runs;
    }

    public int total() {
        return runs.size();
    }

    /** The distinct outcomes, most frequent first. */
    public List<Group> groups() {
        return groups;
    }

    /** How many lines every outcome starts with, the same in all (all of them if there is only one outcome). */
    public int commonBefore() {
        return commonBefore;
    }

    /** How many lines every outcome ends with, the same in all (0 if there is only one outcome). */
    public int commonAfter() {
        return commonAfter;
    }

    /**
     * The distinct values printed after {@code label} (such as "final value:"), with how many runs printed
     * each, most frequent first: the first word after the label in the first line that holds it.
     */
    public Map<String, Integer> valuesAfter(String label) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Outcome o : runs) {
            for (OutputLine l : o.lines()) {
                int at = l.text().indexOf(label);
                if (at >= 0) {
                    String rest = l.text().substring(at + label.length()).strip();
                    String value = rest.isEmpty() ? "" : rest.split("\\s+", 2)[0];
                    counts.merge(value, 1, Integer::sum);
                    break;
                }
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * For prediction {@code i} with {@code choices} choices: in how many runs each choice turned out right.
     * Runs that could not tell are not counted.
     */
    public int[] answerCounts(int i, int choices) {
        int[] counts = new int[choices];
        for (Outcome o : runs) {
            Integer a = o.answer(i);
            if (a != null && a >= 0 && a < choices) {
                counts[a]++;
            }
        }
        return counts;
    }

    private static int commonPrefix(List<List<OutputLine>> all) {
        int n = all.stream().mapToInt(List::size).min().orElse(0);
        int k = 0;
        while (k < n && sameAt(all, k, false)) {
            k++;
        }
        return k;
    }

    private static int commonSuffix(List<List<OutputLine>> all, int prefix) {
        int n = all.stream().mapToInt(List::size).min().orElse(0) - prefix; // never overlap the prefix
        int k = 0;
        while (k < n && sameAt(all, k, true)) {
            k++;
        }
        return k;
    }

    /** Whether every list has the same line at index {@code k} (counted from the end if {@code fromEnd}). */
    private static boolean sameAt(List<List<OutputLine>> all, int k, boolean fromEnd) {
        OutputLine first = null;
        for (List<OutputLine> l : all) {
            OutputLine line = l.get(fromEnd ? l.size() - 1 - k : k);
            if (first == null) {
                first = line;
            } else if (!first.equals(line)) {
                return false;
            }
        }
        return true;
    }
}
