package org.proclab.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lesson 6 rows ({@code enumerate_*}): the tree they walk, reading the lesson's
 * {@code version <name> processes <n> files <count> [unreadable <n>] ms <time>} lines (the Java lesson's and
 * {@code bench/enumerate.py}'s alike) as RESULT lines, and timing {@code find DIR -type f | wc -l}.
 */
final class EnumerateRows {
    static final String PREFIX = "enumerate_";
    static final String ONE_PROCESS = "enumerate_1proc";
    static final String CHILDREN = "enumerate_children";
    static final String POOL = "enumerate_pool";
    static final String FIND = "enumerate_find";
    static final int FULL_FILES = 200_000;
    static final int QUICK_FILES = 20_000;
    static final int TOP_DIRS = 4;
    static final String PYTHON_SCRIPT = "enumerate.py";

    /** The lesson's version names and the rows they fill. */
    private static final Map<String, String> ROWS = Map.of(
            "one-process", ONE_PROCESS, "many-processes", CHILDREN, "pool", POOL);

    private static final Pattern VERSION = Pattern.compile(
            "^version\\s+(\\S+)\\s+processes\\s+(\\d+)\\s+files\\s+(\\d+)(?:\\s+unreadable\\s+(\\d+))?\\s+ms\\s+(\\d+(?:\\.\\d+)?)\\s*$");

    private EnumerateRows() {}

    /**
     * A version line as RESULT lines: the row's time, the files it counted ({@code .final}) and the
     * files the tree holds ({@code .expected}), so that a wrong count fails the row. Other lines: none.
     */
    static List<ResultLine> parse(String line, long expectedFiles) {
        if (line == null) {
            return List.of();
        }
        Matcher m = VERSION.matcher(line.strip());
        if (!m.matches() || !ROWS.containsKey(m.group(1))) {
            return List.of();
        }
        String row = ROWS.get(m.group(1));
        return List.of(new ResultLine(row, Double.parseDouble(m.group(5)), "ms"),
                new ResultLine(row + ".final", Double.parseDouble(m.group(3)), "files"),
                new ResultLine(row + ".expected", expectedFiles, "files"));
    }

    /** The directories the lesson is given: the top directories of the tree. */
    static List<String> topDirs(Path root) {
        List<String> dirs = new ArrayList<>();
        for (int t = 0; t < TOP_DIRS; t++) {
            dirs.add(root.resolve("top" + t).toString());
        }
        return dirs;
    }

    /**
     * Makes {@code total} empty files under a new temporary directory, laid out as
     * {@code enumerate.py make-tree} does: each top dir has 20 dirs of 25 dirs of files, plus an empty dir.
     */
    static Path makeTree(int total) throws IOException {
        Path root = Files.createTempDirectory(treeParent(), "proclab-bench-tree-");
        try {
            int perTop = total / TOP_DIRS;
            int leaves = 20 * 25;
            for (int t = 0; t < TOP_DIRS; t++) {
                Path top = root.resolve("top" + t);
                for (int i = 0; i < leaves; i++) {
                    Path d = top.resolve(String.format("s%02d", i / 25)).resolve(String.format("t%02d", i % 25));
                    Files.createDirectories(d);
                    int n = perTop / leaves + (i < perTop % leaves ? 1 : 0);
                    for (int k = 0; k < n; k++) {
                        Files.createFile(d.resolve(String.format("f%04d.txt", k)));
                    }
                }
                Files.createDirectories(top.resolve("empty"));
            }
            return root;
        } catch (IOException | RuntimeException e) {
            WholeProcess.deleteQuietly(root);
            throw e;
        }
    }

    /**
     * Where the tree goes: {@code /dev/shm} (a tmpfs on Linux) when it is a writable directory, else the
     * JVM's temporary directory. On a disk, making and deleting 200,000 files takes about twice as long
     * (some 30 s on the project's loaded VM), while every walk reads the same cached directories either way.
     */
    static Path treeParent() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** The number of files {@link #makeTree} makes for {@code total}. */
    static long treeFiles(int total) {
        return (long) (total / TOP_DIRS) * TOP_DIRS;
    }

    /** True when both {@code find} and {@code wc} are on the PATH. */
    static boolean findAvailable() {
        return onPath("find") && onPath("wc");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Milliseconds of {@code find DIR -type f | wc -l}, from starting the pipeline until {@code wc} has
     * ended, and the count wc printed.
     */
    static Found timeFind(Path root) throws IOException, InterruptedException {
        ProcessBuilder find = new ProcessBuilder("find", root.toString(), "-type", "f");
        find.redirectError(ProcessBuilder.Redirect.DISCARD);
        ProcessBuilder wc = new ProcessBuilder("wc", "-l");
        wc.redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        List<Process> ps = ProcessBuilder.startPipeline(List.of(find, wc));
        Process last = ps.get(ps.size() - 1);
        String out;
        try (InputStream in = last.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        for (Process p : ps) {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                ps.forEach(Process::destroyForcibly);
                throw new IOException("find | wc did not end within 120 s");
            }
        }
        long t1 = System.nanoTime();
        if (last.exitValue() != 0) {
            throw new IOException("wc -l ended with exit code " + last.exitValue());
        }
        try {
            return new Found((t1 - t0) / 1e6, Long.parseLong(out));
        } catch (NumberFormatException e) {
            throw new IOException("wc -l printed `" + out + "`");
        }
    }

    record Found(double ms, long files) {}

    /** bench/enumerate.py beside bench/mp_bench.py. */
    static Optional<Path> pythonScript(Path mpBench) {
        Path p = mpBench.resolveSibling(PYTHON_SCRIPT);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
