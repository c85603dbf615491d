package org.proclab.bench;

import java.util.Optional;

/** One {@code RESULT <name> <value> <unit>} line, as the Java programs and the Python script print it. */
public record ResultLine(String name, double value, String unit) {
    public static final String PREFIX = "RESULT ";

    /** The line parsed, or empty if it is not a well-formed RESULT line. */
    public static Optional<ResultLine> parse(String line) {
        if (line == null || !line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PREFIX.length()).trim().split("\\s+");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ResultLine(parts[0], Double.parseDouble(parts[1]), parts[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
