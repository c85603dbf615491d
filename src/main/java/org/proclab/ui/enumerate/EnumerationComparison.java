package org.proclab.ui.enumerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.proclab.ui.enumerate.EnumerationModel.Snapshot;
import org.proclab.ui.enumerate.EnumerationModel.Version;
import org.proclab.ui.i18n.I18n;

/**
 * The sentences under lesson 6's columns that say, with this run's figures, why a version with more
 * processes took longer (or less long) than one process: its time split into starting its processes (each
 * a new JVM), walking (its processes share the machine's cores and one disk) and the rest (handing the
 * results over, ending the processes). One process's own time is split too: before its first walk
 * (loading the walker and JNA), walking, and between and after its walks (reporting the counts). Pure:
 * the same snapshot and language give the same sentences.
 */
public final class EnumerationComparison {

    /**
     * One version's part: a headline, then the reasons, one per line.
     *
     * @param version the version's name, as the program calls it
     * @param slower  true if it took longer than one process
     */
    public record Part(String version, boolean slower, String headline, List<String> reasons) {
        public Part {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * What the comparison says.
     *
     * @param baseline the line about one process, which the others are measured against
     * @param parts    one per finished version with more than one process, in the order they ran
     * @param lesson   the conclusion
     */
    public record Text(String baseline, List<Part> parts, String lesson) {
        public Text {
            parts = List.copyOf(parts);
        }
    }

    private EnumerationComparison() {}

    /**
     * The comparison of {@code s} in {@code texts}' language, once a one-process version and at least one other
     * have finished with their walks' times reported (and the machine's cores); empty before.
     */
    public static Optional<Text> of(Snapshot s, ResourceBundle texts) {
        Version base = s.versions().stream().filter(v -> v.processes() == 1 && v.timed()).findFirst().orElse(null);
        if (base == null || s.cpus() <= 0) {
            return Optional.empty();
        }
        long baseWalk = base.walkSum();
        List<Part> parts = new ArrayList<>();
        for (Version v : s.versions()) {
            if (v != base && v.processes() > 1 && v.timed()) {
                parts.add(part(v, base, baseWalk, s.cpus(), texts));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        long beforeWalks = base.firstWalkBegan(); // loading the walker, and JNA for its typed listing
        long aroundWalks = Math.max(0, base.millis() - beforeWalks - baseWalk);
        String baseline = text(texts, "baseline", title(base, texts), base.millis(), baseWalk, beforeWalks, aroundWalks);
        boolean anySlower = parts.stream().anyMatch(Part::slower);
        return Optional.of(new Text(baseline, parts, text(texts, anySlower ? "lesson.slower" : "lesson.faster", s.cpus())));
    }

    private static Part part(Version v, Version base, long baseWalk, int cpus, ResourceBundle texts) {
        boolean slower = v.millis() > base.millis();
        String headline = slower
                ? text(texts, "slower", title(v, texts), v.millis(), (double) v.millis() / Math.max(1, base.millis()))
                : text(texts, "faster", title(v, texts), v.millis());
        int atOnce = Math.min(v.processes(), cpus); // processes that can walk at the same moment
        long starting = v.firstWalkBegan();
        long walking = v.walking();
        long rest = Math.max(0, v.millis() - starting - walking);
        List<String> reasons = List.of(
                text(texts, "starting", starting, v.processes()),
                text(texts, "walking", walks(v, texts), walks(base, texts), v.processes(), cpus),
                text(texts, "span", walking, baseWalk, atOnce, baseWalk / atOnce),
                text(texts, "rest", rest));
        return new Part(v.name(), slower, headline, reasons);
    }

    /** How long its walks took: "250 ms", or from the shortest to the longest, "180–250 ms". */
    private static String walks(Version v, ResourceBundle texts) {
        long shortest = v.lanes().stream().mapToLong(EnumerationModel.Lane::walkMillis).min().orElse(0);
        long longest = v.lanes().stream().mapToLong(EnumerationModel.Lane::walkMillis).max().orElse(0);
        return shortest == longest ? text(texts, "millis", longest) : text(texts, "millisRange", shortest, longest);
    }

    /** The version's title in the view ("A process per directory"), or its name if it has none. */
    public static String title(Version v, ResourceBundle texts) {
        String key = "enumerate.version." + v.name();
        return texts.containsKey(key) ? I18n.text(texts, key) : v.name();
    }

    private static String text(ResourceBundle b, String key, Object... args) {
        return I18n.text(b, "enumerate.compare." + key, args);
    }
}
