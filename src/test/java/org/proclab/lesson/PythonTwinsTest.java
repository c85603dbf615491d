package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proclab.kernel.Runs;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * Each Python twin, run with {@code python3}, prints what its Java program prints under ProcLab: the same lines from
 * the same processes. What differs by nature is normalized away (pids, times, the API's spelling, a failure's
 * wording, a stack trace's frames, a value that depends on which process went first), and lines are compared per
 * process without their order, which processes on a crowded machine do not keep. A program that ProcLab finds deadlocked must hang in Python after the same lines.
 * Skipped, saying so, where {@code python3} is not on the PATH.
 */
@Tag("process")
class PythonTwinsTest {
    private static final Path TWINS = Path.of("resources", "lessons", "python");
    /** The test's harness: marks each line with the process that printed it (see the file). */
    private static final Path HARNESS = Path.of("src", "test", "resources", "python-twins");
    private static final long FINISH_SECONDS = 180;

    private static Optional<Path> python3;

    @BeforeAll
    static void findPython() {
        python3 = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, "python3"))
                .filter(Files::isExecutable)
                .findFirst();
        if (python3.isEmpty()) {
            System.err.println("PythonTwinsTest: SKIPPED, python3 is not on the PATH, so no Python twin was run");
        }
    }

    static List<Arguments> programs() {
        return PythonTwinMapTest.programs().stream()
                .map(p -> new Arguments(p.name(), p))
                .toList();
    }

    /** A program, named for the test report. */
    record Arguments(String name, PythonTwinMapTest.Program program) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void twin_printsTheJavaProgramsLines_fromTheSameProcesses(Arguments a, @TempDir Path tmp) throws Exception {
        assumeTrue(python3.isPresent(), "python3 is not on the PATH: the Python twin was not run");
        PythonTwinMapTest.Program p = a.program();
        List<String> args = p.lesson().takesDirectories() ? directories(tmp) : p.lesson().argsFor(p.variant());

        Process python = startTwin(p.twin().file(), args);
        Lines pyLines = new Lines(python);
        Runs.Outcome java = Runs.run(Class.forName(p.className()), args.toArray(String[]::new));
        boolean deadlocked = !java.of(EventKind.DEADLOCK).isEmpty();
        Map<String, List<String>> expected = javaLines(java);
        assertFalse(expected.isEmpty(), a.name() + ": the Java program printed nothing");

        try {
            if (deadlocked) {
                // ProcLab stopped it; Python hangs for ever: after the same lines, it must still be running
                assertTrue(pyLines.awaitContaining(expected, FINISH_SECONDS),
                        a.name() + ": the twin did not print " + expected + " but " + pyLines.normalized());
                assertFalse(python.waitFor(2, TimeUnit.SECONDS),
                        a.name() + ": ProcLab found the Java program deadlocked, but the twin ended");
                assertEquals(expected, pyLines.normalized(), a.name());
            } else {
                assertTrue(python.waitFor(FINISH_SECONDS, TimeUnit.SECONDS), a.name() + ": the twin did not end");
                pyLines.awaitEnd();
                assertEquals(0, python.exitValue(), a.name() + " exit code; printed " + pyLines.normalized());
                assertEquals(expected, pyLines.normalized(), a.name());
            }
        } finally {
            python.descendants().forEach(ProcessHandle::destroyForcibly);
            python.destroyForcibly();
        }
    }

    /** Three directories with files, one of them nested, one empty: for lesson 6, which counts files. */
    private static List<String> directories(Path tmp) throws IOException {
        List<String> out = new ArrayList<>();
        int[] files = {4, 2, 0};
        for (int d = 0; d < files.length; d++) {
            Path dir = Files.createDirectories(tmp.resolve("dir" + d).resolve("inner"));
            for (int f = 0; f < files[d]; f++) {
                Files.writeString(dir.resolve("f" + f), "x");
                Files.writeString(dir.getParent().resolve("g" + f), "x");
            }
            out.add(dir.getParent().toString());
        }
        return out;
    }

    private static Process startTwin(String file, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(python3.orElseThrow().toString(), file));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(TWINS.toFile()).redirectErrorStream(true);
        pb.environment().put("PYTHONPATH", HARNESS.toAbsolutePath().toString());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        return pb.start();
    }

    // ---- the Java program's lines, and the twin's ---------------------------------------------------------------

    private static Map<String, List<String>> javaLines(Runs.Outcome o) {
        Map<Long, String> names = new HashMap<>();
        for (Event e : o.of(EventKind.START)) {
            names.put(e.pid(), e.text());
        }
        Lines.Collector c = new Lines.Collector(names);
        for (Event e : o.of(EventKind.OUTPUT)) {
            c.add(e.pid(), "stderr".equals(e.obj()), e.text());
        }
        return c.normalized();
    }

    /** What the twin prints, read as the harness marks it: "PID\tout|err|start\tTEXT". */
    static final class Lines {
        private final Map<Long, String> names = new HashMap<>();
        private final List<String[]> raw = new ArrayList<>();
        private final Thread reader;

        Lines(Process python) {
            names.put(python.pid(), "MainProcess");
            reader = new Thread(() -> read(python), "python-twin-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(Process python) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = in.readLine()) != null; ) {
                    String[] f = l.split("\t", 3);
                    synchronized (this) {
                        if (f.length == 3 && f[0].matches("\\d+") && f[1].equals("start")) {
                            names.put(Long.parseLong(f[0]), f[2]);
                        } else if (f.length == 3 && f[0].matches("\\d+")) {
                            raw.add(f);
                        } else {
                            raw.add(new String[] {"0", "err", l});   // Python's own complaint, before the harness ran
                        }
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process was killed: what was read is what it printed
            }
        }

        synchronized Map<String, List<String>> normalized() {
            Collector c = new Collector(names);
            for (String[] f : raw) {
                c.add(Long.parseLong(f[0]), "err".equals(f[1]), f[2]);
            }
            return c.normalized();
        }

        void awaitEnd() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(FINISH_SECONDS));   // an orphan may still hold the output open
        }

        /** Waits until every expected line has been printed, as often as expected; false if not within the time. */
        synchronized boolean awaitContaining(Map<String, List<String>> expected, long seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!contains(normalized(), expected)) {
                long left = end - System.nanoTime();
                if (left <= 0 || !reader.isAlive()) {
                    return contains(normalized(), expected);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        private static boolean contains(Map<String, List<String>> got, Map<String, List<String>> expected) {
            for (Map.Entry<String, List<String>> e : expected.entrySet()) {
                List<String> have = new ArrayList<>(got.getOrDefault(e.getKey(), List.of()));
                for (String line : e.getValue()) {
                    if (!have.remove(line)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Lines per process name, each normalized, sorted: the same in Java and Python where the programs agree.
         * The normalizations are what cannot be the same in two languages or two runs.
         */
        static final class Collector {
            private static final Pattern POOL_WORKER = Pattern.compile("(?:Fork|Spawn|Forkserver)?PoolWorker-\\d+");
            private static final Pattern OUTSIDE_PID = Pattern.compile("(\\bparent\\b[^0-9<]*)\\b\\d+\\b");
            private static final Pattern SECONDS = Pattern.compile("\\b\\d+(?:\\.\\d+)? s\\b");
            private static final Pattern MILLIS = Pattern.compile("\\bms\\s+\\d+\\b");
            private static final Pattern IN_MILLIS = Pattern.compile("\\bin \\d+ ms\\b");
            private static final Pattern FAILED = Pattern.compile("\\bfailed: .*");
            private static final Pattern UNORDERED = Pattern.compile("^(imap_unordered: )\\[(.*)]$");
            private static final Pattern PROCESS_HEADER = Pattern.compile("^Process \\S+:$");
            private static final Pattern EXCEPTION = Pattern.compile("^[\\w.$]*(?:Exception|Error): (.*)$");
            /** The API's Java spelling and its Python one. */
            private static final Map<String, String> SPELLING = Map.of("applyAsync", "apply_async",
                    "imapUnordered", "imap_unordered");
            /** A value a process prints on its own line: which process took the lock first decides it. */
            private static final Pattern NUMBER = Pattern.compile("^-?\\d+$");
            /** Lesson 4 without the lock: how many updates are lost is the point, and varies from run to run. */
            private static final Pattern LOST_UPDATES = Pattern.compile("^(final value: )(\\d+)( \\(20 if no update was lost\\))$");
            /** Lesson 7 without the lock: the same, through a manager's dict. */
            private static final Pattern LOST_IN_MANAGER = Pattern.compile("^(count in the manager's dict: )(\\d+)( \\(10 if no update was lost\\))$");

            private final Map<Long, String> names;
            private final Map<String, List<String>> lines = new TreeMap<>();
            private final Map<Long, Long> lastNumber = new HashMap<>();

            Collector(Map<Long, String> names) {
                this.names = names;
            }

            private static String process(String name) {
                return name == null ? "?" : POOL_WORKER.matcher(name).replaceAll("PoolWorker");
            }

            void add(long pid, boolean stderr, String text) {
                String line = stderr ? stderrLine(text) : text;
                if (line == null) {
                    return;
                }
                // times first: a time of 1,132 ms in a run where a process has pid 1132 is still a time
                line = SECONDS.matcher(line).replaceAll("<t> s");
                line = MILLIS.matcher(line).replaceAll("ms <t>");
                line = IN_MILLIS.matcher(line).replaceAll("in <t> ms");
                for (Map.Entry<Long, String> n : names.entrySet()) {
                    line = line.replaceAll("\\b" + n.getKey() + "\\b", Matcher.quoteReplacement("<" + process(n.getValue()) + ">"));
                }
                line = OUTSIDE_PID.matcher(line).replaceAll("$1<pid>");
                line = FAILED.matcher(line).replaceAll("failed");
                for (Map.Entry<String, String> s : SPELLING.entrySet()) {
                    line = line.replace(s.getKey(), s.getValue());
                }
                line = line.replaceAll("\\s+", " ").strip();
                if (!stderr && NUMBER.matcher(line).matches()) {
                    // compared by its step from the process's previous number: under the lock each step is its own
                    long n = Long.parseLong(line);
                    Long before = lastNumber.put(pid, n);
                    line = before == null ? "<first number>" : "+" + (n - before);
                }
                Matcher lost = LOST_UPDATES.matcher(line);
                if (lost.matches()) {
                    int n = Integer.parseInt(lost.group(2));
                    line = lost.group(1) + (n > 0 && n <= 20 ? "<at most 20>" : n) + lost.group(3);
                }
                Matcher lostInManager = LOST_IN_MANAGER.matcher(line);
                if (lostInManager.matches()) {
                    int n = Integer.parseInt(lostInManager.group(2));
                    line = lostInManager.group(1) + (n > 0 && n <= 10 ? "<at most 10>" : n) + lostInManager.group(3);
                }
                Matcher m = UNORDERED.matcher(line);
                if (m.matches()) {
                    String[] items = m.group(2).split(", ");
                    Arrays.sort(items);
                    line = m.group(1) + "[" + String.join(", ", items) + "] (sorted)";
                }
                lines.computeIfAbsent(process(names.get(pid)) + (stderr ? " stderr" : ""), k -> new ArrayList<>()).add(line);
            }

            /** A traceback's frames are the language's; its header and the exception's message are the program's. */
            private static String stderrLine(String text) {
                if (PROCESS_HEADER.matcher(text).matches()) {
                    return text;
                }
                Matcher m = EXCEPTION.matcher(text.strip());
                return m.matches() ? "raised: " + m.group(1) : null;
            }

            Map<String, List<String>> normalized() {
                Map<String, List<String>> out = new TreeMap<>();
                lines.forEach((k, v) -> out.put(k, v.stream().sorted().toList()));
                return out;
            }
        }
    }
}
