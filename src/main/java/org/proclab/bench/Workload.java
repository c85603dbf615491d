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
 * @param program       the program that runs it under ProcLab, or null for {@code jvm_hello}
 * @param startMethod   the start method of the ProcLab session and of Python's context
 * @param full          sizes of a full run
 * @param quick         sizes of a {@code --quick} run
 * @param about         what the row measures, for the notes under the table
 */
public record Workload(String name, String unit, boolean higherIsBetter, Program program, StartMethod startMethod,
                       Sizes full, Sizes quick, String about) {

    /** The programs in {@code org.proclab.bench.programs}, each with the arguments it reads after the row name. */
    public enum Program {
        PIPE_ONE_WAY("PipeOneWay"), PIPE_ROUND_TRIP("PipeRoundTrip"), QUEUE_FAN_IN("QueueFanIn"),
        VALUE_LOCKED("ValueLocked"), START_JOIN("StartJoin"), WORKER_READY("WorkerReady");

        private final String simpleName;

        Program(String simpleName) {
            this.simpleName = simpleName;
        }

        public String className() {
            return "org.proclab.bench.programs." + simpleName;
        }

        List<String> args(String row, Sizes s) {
            return switch (this) {
                case PIPE_ONE_WAY -> List.of(Boolean.toString(row.endsWith("duplex")), str(s.n()), str(s.warm()));
                case QUEUE_FAN_IN -> List.of(str(s.producers()), str(s.n()), str(s.warm()));
                case START_JOIN, WORKER_READY -> List.of(str(s.samples()), str(s.warm()));
                case PIPE_ROUND_TRIP, VALUE_LOCKED -> List.of(str(s.n()), str(s.warm()));
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
        return program == null;
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
        if (s.samples() > 0) {
            args.addAll(List.of("--samples", str(s.samples())));
        } else {
            args.addAll(List.of("--n", str(s.n())));
        }
        return args;
    }

    private static String str(int i) {
        return Integer.toString(i);
    }
}
