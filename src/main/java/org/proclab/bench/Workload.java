package org.proclab.bench;

import java.util.ArrayList;
import java.util.List;
import org.proclab.kernel.StartMethod;

/**
 * One row of the bench: a workload, the Java program that runs it under ProcLab and the arguments of
 * the Python script that runs it with multiprocessing, with the same sizes on both sides.
 *
 * @param name          the row key, also the name in the RESULT lines
 * @param unit          what the value counts
 * @param higherIsBetter throughput (true) or time (false); decides the direction of the ratio
 * @param program       the program that runs it under ProcLab, or null for {@code jvm_hello} and {@code enumerate_find}
 * @param startMethod   the start method of the ProcLab session and of Python's context
 * @param full          sizes of a full run
 * @param quick         sizes of a {@code --quick} run
 * @param about         what the row measures, for the notes under the table
 * @param maxRuns       at most this many runs per bench run unless {@code --repeat} is given; 0: no cap
 */
public record Workload(String name, String unit, boolean higherIsBetter, Program program, StartMethod startMethod,
                       Sizes full, Sizes quick, String about, int maxRuns) {

    /** A row run as many times as the bench's repetitions say. */
    public Workload(String name, String unit, boolean higherIsBetter, Program program, StartMethod startMethod,
                    Sizes full, Sizes quick, String about) {
        this(name, unit, higherIsBetter, program, startMethod, full, quick, about, 0);
    }

    /**
     * How many times the bench runs this row: the repetitions, but at most {@code maxRuns} (when not 0)
     * unless {@code --repeat} was given. The pool and enumerate rows take medians inside one run, or are
     * too slow to run three times.
     */
    public int runs(int repetitions, boolean repeatGiven) {
        return maxRuns > 0 && !repeatGiven ? Math.min(repetitions, maxRuns) : repetitions;
    }

    /** The programs in {@code org.proclab.bench.programs}, each with the arguments it reads after the row name. */
    public enum Program {
        PIPE_ONE_WAY("PipeOneWay"), PIPE_ROUND_TRIP("PipeRoundTrip"), QUEUE_FAN_IN("QueueFanIn"),
        VALUE_LOCKED("ValueLocked"), START_JOIN("StartJoin"), WORKER_READY("WorkerReady"),
        POOL_APPLY_ASYNC("PoolApplyAsync"), POOL_MAP("PoolMap"), POOL_CREATE("PoolCreate"),
        /** Lesson 6's program itself, run once per repetition for all the {@code enumerate_*} rows. */
        ENUMERATE("org.proclab.lessons.enumerate.Enumerate");

        private final String className;

        Program(String name) {
            this.className = name.contains(".") ? name : "org.proclab.bench.programs." + name;
        }

        public String className() {
            return className;
        }

        List<String> args(String row, Sizes s) {
            return switch (this) {
                case PIPE_ONE_WAY -> List.of(Boolean.toString(row.endsWith("duplex")), str(s.n()), str(s.warm()));
                case QUEUE_FAN_IN -> List.of(str(s.producers()), str(s.n()), str(s.warm()));
                case START_JOIN, WORKER_READY, POOL_CREATE -> List.of(str(s.samples()), str(s.warm()));
                case PIPE_ROUND_TRIP, VALUE_LOCKED -> List.of(str(s.n()), str(s.warm()));
                case POOL_APPLY_ASYNC, POOL_MAP -> List.of(str(s.n()), str(s.warm()), str(s.samples()));
                case ENUMERATE -> throw new IllegalStateException("the enumerate rows are run by EnumerateRows");
            };
        }
    }

    /**
     * How much work: {@code n} messages, round trips or increments per child (or in all, for queues);
     * {@code warm} untimed warm-up iterations; {@code samples} timed samples for the process rows;
     * {@code producers} for the queue rows.
     */
    public record Sizes(int n, int warm, int samples, int producers) {
        static Sizes messages(int n, int warm) {
            return new Sizes(n, warm, 0, 0);
        }

        static Sizes samples(int samples, int warm) {
            return new Sizes(0, warm, samples, 0);
        }
    }

    public Sizes sizes(boolean quickRun) {
        return quickRun ? quick : full;
    }

    /** True for the row that times a plain {@code java Hello} rather than a ProcLab program. */
    public boolean isJvmHello() {
        return name.equals(Workloads.JVM_HELLO);
    }

    /** True for the lesson 6 rows, {@code enumerate_*}, which share one generated tree and one run per repetition. */
    public boolean isEnumerate() {
        return name.startsWith(EnumerateRows.PREFIX);
    }

    /** True for {@code enumerate_find}: one figure, {@code find DIR -type f | wc -l}, and no Python side. */
    public boolean isFind() {
        return name.equals(EnumerateRows.FIND);
    }

    /** The Java program's arguments: the row name first, then the sizes it reads. */
    public List<String> programArgs(boolean quickRun) {
        List<String> args = new ArrayList<>(List.of(name));
        args.addAll(program.args(name, sizes(quickRun)));
        return args;
    }

    /** The arguments of {@code bench/mp_bench.py} after the script's path. */
    public List<String> pythonArgs(boolean quickRun) {
        Sizes s = sizes(quickRun);
        List<String> args = new ArrayList<>(List.of(name, "--warm", str(s.warm()),
                "--start-method", startMethod.id()));
        if (s.n() > 0) {
            args.addAll(List.of("--n", str(s.n())));
        }
        if (s.samples() > 0) {   // samples, or rounds of n for the pool rows
            args.addAll(List.of("--samples", str(s.samples())));
        }
        return args;
    }

    private static String str(int i) {
        return Integer.toString(i);
    }
}
