package org.proclab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.proclab.bench.Bench;
import org.proclab.bench.UiBench;
import org.proclab.bench.Workloads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures ProcLab's processes and IPC with real worker JVMs beside the same workloads in Python. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Run the same multi-process workloads with ProcLab (real worker JVMs, every operation in the event log)"
                + " and with Python's multiprocessing, and print one table of medians.",
        "With --ui, measure the app's window instead: frames per second and the worst pulse while a program floods it,"
                + " the time to open a big trace and to step back in it, each beside its target.",
        "Exit code: 0; 1 if a workload failed or the shared value's final count was wrong; 2 for an unknown workload."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "smaller sizes and one run per row (about 30 s)")
    boolean quick;

    @Option(names = "--ui", description = "measure the app's window (headless) instead of the processes: frames per second"
            + " during a flood of output and of pipe messages, opening a big trace, stepping back in it")
    boolean ui;

    @Option(names = "--python", paramLabel = "CMD", defaultValue = "python3",
            description = "the Python to compare with, or `none` (default: ${DEFAULT-VALUE})")
    String python;

    @Option(names = "--only", paramLabel = "NAME", split = ",", completionCandidates = RowNames.class,
            description = "run only these rows, comma-separated: ${COMPLETION-CANDIDATES}; with --ui: print_flood, pipe_flood, trace")
    List<String> only = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N",
            description = "runs per row, reported as their median (default: 3, or 1 with --quick)")
    Integer repeat;

    /** The row names, for the help text. */
    static final class RowNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Workloads.names().iterator();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (ui) {
            return new UiBench(new UiBench.Options(quick, only), System.out, System.err).run();
        }
        return new Bench(new Bench.Options(quick, python, only, repeat), System.out, System.err).run();
    }
}
