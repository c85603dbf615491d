package org.proclab.bench;

import java.util.List;
import java.util.Optional;

/**
 * What one run of a workload printed: its RESULT lines, and when it went wrong, why and the lines
 * that may explain it (stderr, what the JVM printed, a deadlock report).
 *
 * @param events the number of events in the session's log (0 for Python)
 */
public record RunOutput(List<ResultLine> results, String problem, List<String> diagnostics, long events) {
    public RunOutput {
        results = List.copyOf(results);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<ResultLine> result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    static RunOutput failed(String problem, List<String> diagnostics) {
        return new RunOutput(List.of(), problem, diagnostics, 0);
    }
}
