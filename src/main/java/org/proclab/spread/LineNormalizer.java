package org.proclab.spread;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes from a printed line what differs between runs without meaning anything: each pid of the run
 * becomes its process's name in angle brackets, and a duration ("12 ms", "0.4 s") becomes "# ms".
 * Without this, every run would be an outcome of its own.
 */
public final class LineNormalizer {
    private static final Pattern NUMBER = Pattern.compile("(?<!\\w|\\d\\.)\\d+(?!\\w|\\.\\d)");
    private static final Pattern DURATION = Pattern.compile("(?<!\\w|\\d\\.)\\d+(?:\\.\\d+)?\\s?(ms|µs|us|ns|s)\\b");

    private final Map<Long, String> names;

    /** {@code names}: every pid of the run and the name its process gave. */
    public LineNormalizer(Map<Long, String> names) {
        this.names = Map.copyOf(names);
    }

    public String normalize(String line) {
        if (line == null) {
            return "";
        }
        Matcher m = NUMBER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = pidName(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group() : "<" + name + ">"));
        }
        m.appendTail(out);
        return DURATION.matcher(out).replaceAll(r -> "# " + r.group(1));
    }

    private String pidName(String digits) {
        if (digits.length() > 18) {
            return null;
        }
        return names.get(Long.parseLong(digits));
    }
}
