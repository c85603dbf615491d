package org.proclab.lessons.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.kernel.Runs;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * Lesson 6 through the real kernel, with real child JVMs: every version counts exactly the regular files
 * that Files.walk and {@code find -type f} count, per directory and in total, and reports what it
 * cannot read without failing.
 */
@Tag("process")
class EnumerateLessonTest {
    /** Files per top directory: uneven on purpose, so the lanes differ. */
    private static final int[] SIZES = {1400, 1000, 700, 300};

    @TempDir
    static Path tmp;

    private static final List<Path> tops = new ArrayList<>();
    private static final Map<Path, Long> expected = new LinkedHashMap<>();
    private static Path missing;
    private static Path locked;
    private static boolean lockWorks;
    private static long total;

    @BeforeAll
    static void makeTree() throws IOException {
        for (int t = 0; t < SIZES.length; t++) {
            Path top = Files.createDirectories(tmp.resolve("top " + t)); // a space: paths are not split on it
            tops.add(top);
            for (int i = 0; i < SIZES[t]; i++) {
                // nested three deep, 20 files per leaf directory
                Path leaf = top.resolve("s" + (i / 200)).resolve("t" + (i / 20 % 10));
                Files.createDirectories(leaf);
                Files.createFile(leaf.resolve("f" + i + ".txt"));
            }
            Files.createDirectories(top.resolve("empty/also-empty"));
            Files.createFile(top.resolve(".hidden"));                              // counted, as find does
            Files.createSymbolicLink(top.resolve("link-to-top0"), tmp.resolve("top 0")); // not followed
            Files.createSymbolicLink(top.resolve("broken-link"), tmp.resolve("nowhere")); // not a file
        }
        locked = tops.get(2).resolve("locked");
        Files.createDirectories(locked);
        for (int i = 0; i < 50; i++) {
            Files.createFile(locked.resolve("secret" + i));
        }
        for (Path top : tops) {
            expected.put(top, regularFiles(top)); // before locking: Files.walk fails on a locked directory
        }
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        lockWorks = EnumerateWalkerTest.cannotList(locked); // false as root: chmod 000 does not stop root
        if (lockWorks) {
            expected.merge(tops.get(2), -50L, Long::sum);
        }
        missing = tmp.resolve("gone");
        total = expected.values().stream().mapToLong(Long::longValue).sum();
    }

    @AfterAll
    static void unlock() throws IOException {
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }

    private static long regularFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).count();
        }
    }

    private static String[] args() {
        List<String> a = new ArrayList<>();
        tops.forEach(p -> a.add(p.toString()));
        a.add(missing.toString());
        return a.toArray(String[]::new);
    }

    /** The lines of one version, from its "begin" line to its "version" line. */
    private static List<String> section(List<String> out, String version) {
        int from = out.indexOf(out.stream().filter(l -> l.startsWith("begin " + version + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no begin " + version + " in " + out)));
        List<String> s = new ArrayList<>();
        for (int i = from; i < out.size(); i++) {
            s.add(out.get(i));
            if (out.get(i).startsWith("version " + version + " ")) {
                return s;
            }
        }
        throw new AssertionError("version " + version + " never ended: " + s);
    }

    /** The number after {@code key} in a line of words. */
    private static long num(String line, String key) {
        String[] w = line.trim().split("\\s+");
        for (int i = 0; i + 1 < w.length; i++) {
            if (w[i].equals(key)) {
                return Long.parseLong(w[i + 1]);
            }
        }
        throw new AssertionError("no " + key + " in: " + line);
    }

    /** Lane number to its "done" line, in one version's section. */
    private static Map<Integer, String> doneLines(List<String> section) {
        Map<Integer, String> done = new LinkedHashMap<>();
        for (String l : section) {
            if (l.startsWith("done lane ")) {
                done.put((int) num(l, "lane"), l);
            }
        }
        return done;
    }

    private static long unreadableExpected() {
        return 1 + (lockWorks ? 1 : 0);
    }

    @Test
    void everyVersion_countsWhatFilesWalkAndFindCount_perDirectoryAndInTotal() throws Exception {
        assertEquals(total, findCount(), "find -type f agrees with Files.walk");

        Runs.Outcome o = Runs.run(Enumerate.class, args());
        long main = o.start("MainProcess").pid();
        assertEquals(0, o.exitCode("MainProcess"), () -> "stderr: " + o.lines(main, "stderr"));
        List<String> out = o.stdout(main);
        int dirs = tops.size() + 1;
        int poolSize = Math.min(dirs, Runtime.getRuntime().availableProcessors());
        Map<String, Integer> processes = Map.of("one-process", 1, "many-processes", dirs, "pool", poolSize);

        for (String version : List.of("one-process", "many-processes", "pool")) {
            List<String> section = section(out, version);
            String end = section.get(section.size() - 1);
            assertEquals(total, num(end, "files"), version + ": " + end);
            assertEquals(unreadableExpected(), num(end, "unreadable"), version + ": " + end);
            assertEquals((long) processes.get(version), num(end, "processes"), version);

            Map<Integer, String> done = doneLines(section);
            assertEquals(dirs, done.size(), version + ": one done line per directory: " + section);
            long sum = 0;
            for (int lane = 1; lane <= tops.size(); lane++) {
                long files = num(done.get(lane), "files");
                assertEquals((long) expected.get(tops.get(lane - 1)), files, version + " lane " + lane);
                sum += files;
            }
            assertEquals(0, num(done.get(dirs), "files"), "the missing directory has no files");
            assertEquals(1, num(done.get(dirs), "unreadable"), "the missing directory is one unreadable path");
            assertEquals(total, sum, version + ": the lanes add up to the total");

            // progress lines only grow, and never pass the lane's final count
            Map<Long, Long> last = new LinkedHashMap<>();
            for (String l : section) {
                if (l.startsWith("progress lane ")) {
                    long lane = num(l, "lane");
                    long files = num(l, "files");
                    assertTrue(files > last.getOrDefault(lane, 0L), l);
                    assertTrue(files <= num(done.get((int) lane), "files"), l);
                    last.put(lane, files);
                }
            }
        }

        // the table at the end repeats the three version lines
        List<String> table = out.stream().filter(l -> l.startsWith("version ")).toList();
        assertEquals(6, table.size(), "three as each version ends, three in the table: " + table);
        assertEquals(table.subList(0, 3), table.subList(3, 6));

        // many-processes: lane k was walked by walker-k, a child of the main process, and it sent batches
        Map<Integer, String> manyDone = doneLines(section(out, "many-processes"));
        for (int lane = 1; lane <= dirs; lane++) {
            Event start = o.start("walker-" + lane);
            assertEquals(main, start.num(), "walker-" + lane + "'s parent is the main process");
            assertEquals(start.pid(), num(manyDone.get(lane), "pid"));
            assertEquals(0, o.exitCode("walker-" + lane));
        }
        // pool: every lane was walked by one of the pool's workers
        List<Long> workers = o.of(EventKind.START).stream().filter(e -> e.text().startsWith("PoolWorker-"))
                .map(Event::pid).toList();
        assertEquals(poolSize, workers.size());
        doneLines(section(out, "pool")).values().forEach(l -> assertTrue(workers.contains(num(l, "pid")), l));
        // one-process: the main process walked everything itself
        doneLines(section(out, "one-process")).values().forEach(l -> assertEquals(main, num(l, "pid"), l));

        // whoever met the missing directory said so: the main process, walker-5 and one pool worker
        String cannot = "cannot read " + missing + ": no such file or directory";
        assertTrue(o.lines(main, "stderr").contains(cannot), () -> o.lines(main, "stderr").toString());
        assertTrue(o.lines(o.start("walker-" + dirs).pid(), "stderr").contains(cannot));
        assertEquals(1, workers.stream().filter(w -> o.lines(w, "stderr").contains(cannot)).count());
        if (lockWorks) {
            assertTrue(o.lines(main, "stderr").contains("cannot read " + locked + ": permission denied"));
        }
    }

    @Test
    void oneMessagePerFile_countsTheSame_withOnePutPerFileInsteadOfPerBatch() throws Exception {
        // the smallest directory and the missing one: a message per file is slow on purpose
        Path small = tops.get(3);
        Runs.Outcome o = Runs.run(OneMessagePerFile.class, small.toString(), missing.toString());
        long main = o.start("MainProcess").pid();
        assertEquals(0, o.exitCode("MainProcess"), () -> "stderr: " + o.lines(main, "stderr"));
        List<String> out = o.stdout(main);
        long files = expected.get(small);
        List<Event> puts = o.of(EventKind.PUT);
        List<String> queues = puts.stream().map(Event::obj).distinct().toList();
        assertEquals(2, queues.size(), "one queue per version, in the order they ran");
        for (int v = 0; v < 2; v++) {
            String version = v == 0 ? "batches-of-1000" : "one-per-file";
            List<String> section = section(out, version);
            String end = section.get(section.size() - 1);
            assertEquals(files, num(end, "files"), version);
            assertEquals(1, num(end, "unreadable"), version);
            assertEquals(files, doneLines(section).values().stream().mapToLong(l -> num(l, "files")).sum(), version);
            String q = queues.get(v);
            long n = puts.stream().filter(e -> e.obj().equals(q)).count();
            long messages = v == 0 ? (files + Enumerate.BATCH - 1) / Enumerate.BATCH : files;
            assertEquals(messages + 2, n, version + ": the data messages plus one 'finished' per child");
        }
    }

    /** {@code find DIRS -type f | wc -l}, or Files.walk's total where there is no find. */
    private static long findCount() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("find"));
        tops.forEach(p -> cmd.add(p.toString()));
        cmd.addAll(List.of("-type", "f"));
        java.lang.Process p;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return total; // no find here (Windows): Files.walk alone has to do
        }
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS));
        return listing.lines().count();
    }
}
