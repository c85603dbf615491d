package org.proclab.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.RunResult;
import org.proclab.kernel.Session;
import org.proclab.kernel.StartMethod;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * Runs one workload program as a ProcLab session, exactly as {@code proclab run} would: a real main JVM
 * and real child JVMs, every operation going through the kernel and into the event log. The RESULT
 * lines are read back from the log (OUTPUT events of the stdout stream).
 */
final class ProcLabRunner {
    private ProcLabRunner() {}

    static RunOutput run(String programClass, StartMethod method, List<String> args, Duration timeout)
            throws InterruptedException {
        return run(programClass, method, args, timeout, line -> ResultLine.parse(line).map(List::of).orElse(List.of()));
    }

    /** Like above, with {@code parser} turning each stdout line into RESULT lines (lesson 6 prints its own format). */
    static RunOutput run(String programClass, StartMethod method, List<String> args, Duration timeout,
                         Function<String, List<ResultLine>> parser) throws InterruptedException {
        try (Session session = Session.open(method)) {
            // the few events read here are kept as they come: reading the whole log back after the run would
            // leave hundreds of thousands of events to the collector in the next run's measured time
            List<Event> kept = Collections.synchronizedList(new ArrayList<>());
            Consumer<Event> keep = e -> {
                if (e.kind() == EventKind.OUTPUT || e.kind() == EventKind.DEADLOCK || e.kind() == EventKind.NOTE) {
                    kept.add(e);
                }
            };
            session.eventLog().subscribe(keep).forEach(keep); // none before the launch but the session's own
            session.stopWhenDeadlocked(); // a workload that can never finish fails at once, not at the time-out
            session.launch(new ProgramSpec(programClass, List.of(), args, method));
            RunResult result = session.await(timeout);
            long eventCount = session.eventLog().size();
            List<ResultLine> results = new ArrayList<>();
            List<String> diagnostics = new ArrayList<>();
            for (Event e : List.copyOf(kept)) {
                if (e.kind() == EventKind.OUTPUT && "stdout".equals(e.obj())) {
                    results.addAll(parser.apply(e.text()));
                } else if (e.kind() == EventKind.OUTPUT) {
                    diagnostics.add("[" + e.pid() + " " + e.obj() + "] " + e.text());
                } else {
                    diagnostics.add(e.kind() + ": " + e.text());
                }
            }
            String problem = null;
            if (result.stoppedBy() != null) {
                problem = "stopped by " + result.stoppedBy() + " after " + result.duration().toSeconds() + " s";
            } else if (result.exitCode() == null || result.exitCode() != 0) {
                problem = "the main process ended with exit code " + result.exitCode();
            }
            return new RunOutput(results, problem, diagnostics, eventCount);
        } catch (IOException e) {
            return RunOutput.failed("could not start a ProcLab session: " + e.getMessage(), List.of());
        }
    }
}
