package org.proclab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Finds Python and runs {@code bench/mp_bench.py} with it. */
final class PythonRunner {
    static final String SCRIPT = "mp_bench.py";

    /** The interpreter's real executable (not a version manager's shim) plus any extra words of --python. */
    private final List<String> command;
    private final String version;
    private final Path script;

    private PythonRunner(List<String> command, String version, Path script) {
        this.command = List.copyOf(command);
        this.version = version;
        this.script = script;
    }

    Path script() {
        return script;
    }

    String version() {
        return version;
    }

    List<String> command() {
        return command;
    }

    /**
     * Asks {@code cmd} for its version and its own executable. The executable is used from then on, so
     * that a shim (pyenv's is a shell script) is not timed in every run.
     */
    static Optional<PythonRunner> find(String cmd, Path script) {
        List<String> words = new ArrayList<>(List.of(cmd.trim().split("\\s+")));
        List<String> probe = new ArrayList<>(words);
        probe.addAll(List.of("-c", "import sys, multiprocessing; print(sys.executable); print(sys.version.split()[0])"));
        try {
            Captured c = capture(probe, 30);
            String[] lines = c.out().strip().split("\\R");
            if (c.code() != 0 || lines.length < 2) {
                return Optional.empty();
            }
            if (!lines[0].isBlank()) {
                words.set(0, lines[0].strip());
            }
            return Optional.of(new PythonRunner(words, lines[1].strip(), script));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    RunOutput run(List<String> args, long timeoutSeconds) throws InterruptedException {
        return run(script, args, timeoutSeconds, line -> ResultLine.parse(line).map(List::of).orElse(List.of()));
    }

    /** Runs another script of bench/ ({@code enumerate.py}), with {@code parser} reading its stdout lines. */
    RunOutput run(Path otherScript, List<String> args, long timeoutSeconds, Function<String, List<ResultLine>> parser)
            throws InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.add(otherScript.toString());
        cmd.addAll(args);
        try {
            Captured c = capture(cmd, timeoutSeconds);
            List<ResultLine> results = new ArrayList<>();
            for (String line : c.out().split("\\R")) {
                results.addAll(parser.apply(line));
            }
            List<String> diagnostics = c.err().isBlank() ? List.of() : List.of(c.err().strip().split("\\R"));
            String problem = c.code() == 0 ? null
                    : c.code() == TIMED_OUT ? "timed out after " + timeoutSeconds + " s"
                    : "python exited with code " + c.code();
            return new RunOutput(results, problem, diagnostics, 0);
        } catch (IOException e) {
            return RunOutput.failed("could not run " + cmd + ": " + e.getMessage(), List.of());
        }
    }

    private static final int TIMED_OUT = Integer.MIN_VALUE;

    private record Captured(int code, String out, String err) {}

    /** Runs a command with its output in files, so that no pipe can fill up and stall it, nor a hang stall us. */
    private static Captured capture(List<String> cmd, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("proclab-bench-", ".out");
        Path err = Files.createTempFile("proclab-bench-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.redirectOutput(out.toFile());
            pb.redirectError(err.toFile());
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                    System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
            Process p = pb.start();
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            return new Captured(done ? p.exitValue() : TIMED_OUT, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
