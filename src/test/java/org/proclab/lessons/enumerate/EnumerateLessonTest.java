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
import org.proclab.mp.MP;
import org.proclab.ui.enumerate.EnumerationComparison;
import org.proclab.ui.enumerate.EnumerationModel;
import org.proclab.ui.i18n.I18n;

/**
 * Lesson 6 through the real kernel, with real child JVMs: every version counts exactly the regular files
 * that Files.walk and {@code find -type f} count, per directory and in total, and reports what it
 * cannot read without failing. What the Enumeration view shows comes from the program's reports
 * ({@code MP.report}), never from its printed lines.
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

    /** The main process's reports of one version: from its "version" report to its "ms" report. */
    private static List<Event> section(Runs.Outcome o, String version) {
        long main = o.start("MainProcess").pid();
        List<Event> reports = o.of(EventKind.REPORT).stream().filter(e -> e.pid() == main).toList();
        int from = -1;
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).obj().equals("version") && reports.get(i).text().equals(version)) {
                from = i;
            }
        }
        if (from < 0) {
            throw new AssertionError("no version " + version + " reported in " + reports);
        }
        List<Event> s = new ArrayList<>();
        for (int i = from; i < reports.size(); i++) {
            s.add(reports.get(i));
            if (reports.get(i).obj().equals("ms")) {
                return s;
            }
        }
        throw new AssertionError("version " + version + " never ended: " + s);
    }

    /** The last value reported under {@code key} in a section, as a number. */
    private static long num(List<Event> section, String key) {
        Long last = null;
        for (Event e : section) {
            if (e.obj().equals(key)) {
                last = Long.parseLong(e.text());
            }
        }
        if (last == null) {
            throw new AssertionError("no " + key + " in: " + section);
        }
        return last;
    }

    /** The lanes a section reported done, by number. */
    private static List<Integer> doneLanes(List<Event> section) {
        return section.stream().filter(e -> e.obj().matches("lane\\.\\d+\\.done"))
                .map(e -> Integer.parseInt(e.obj().split("\\.")[1])).toList();
    }

    private static long unreadableExpected() {
        return 1 + (lockWorks ? 1 : 0);
    }

    @Test
    void everyVersion_reportsWhatFilesWalkAndFindCount_perDirectoryAndInTotal() throws Exception {
        assertEquals(total, findCount(), "find -type f agrees with Files.walk");

        Runs.Outcome o = Runs.shared(Enumerate.class, args());
        long main = o.start("MainProcess").pid();
        assertEquals(0, o.exitCode("MainProcess"), () -> "stderr: " + o.lines(main, "stderr"));
        int dirs = tops.size() + 1;
        int poolSize = Math.min(dirs, Runtime.getRuntime().availableProcessors());
        Map<String, Integer> processes = Map.of("one-process", 1, "many-processes", dirs, "pool", poolSize);

        for (String version : List.of("one-process", "many-processes", "pool")) {
            List<Event> section = section(o, version);
            assertEquals(total, num(section, "files"), version);
            assertEquals(unreadableExpected(), num(section, "unreadable"), version);
            assertEquals((long) processes.get(version), num(section, "processes"), version);

            assertEquals(java.util.stream.IntStream.rangeClosed(1, dirs).boxed().toList(), doneLanes(section).stream().sorted().toList(),
                    version + ": every directory done once: " + section);
            long sum = 0;
            for (int lane = 1; lane <= tops.size(); lane++) {
                long files = num(section, "lane." + lane + ".files");
                assertEquals((long) expected.get(tops.get(lane - 1)), files, version + " lane " + lane);
                String dirKey = "lane." + lane + ".dir";
                assertEquals(tops.get(lane - 1).toString(), section.stream().filter(e -> e.obj().equals(dirKey))
                        .findFirst().orElseThrow().text(), version + " lane " + lane);
                sum += files;
            }
            assertEquals(0, num(section, "lane." + dirs + ".files"), "the missing directory has no files");
            assertEquals(1, num(section, "lane." + dirs + ".unreadable"), "the missing directory is one unreadable path");
            assertEquals(total, sum, version + ": the lanes add up to the total");

            // every walk says when it began (after its version began) and how long it took, and it ended before
            // its version did; one process walks the directories one after another
            long previousEnd = 0;
            for (int lane = 1; lane <= dirs; lane++) {
                long began = num(section, "lane." + lane + ".began");
                long walked = num(section, "lane." + lane + ".ms");
                assertTrue(began >= 0 && walked >= 0, version + " lane " + lane + ": " + began + " + " + walked);
                assertTrue(began + walked <= num(section, "ms"), version + " lane " + lane + " ended after its version");
                if (version.equals("one-process")) {
                    assertTrue(began >= previousEnd, "lane " + lane + " began at " + began + " before lane " + (lane - 1) + " ended");
                    previousEnd = began + walked;
                }
            }

            // a lane's counts only grow, and never pass its final count
            Map<String, Long> last = new LinkedHashMap<>();
            for (Event e : section) {
                if (e.obj().endsWith(".files") && e.obj().startsWith("lane.")) {
                    long files = Long.parseLong(e.text());
                    assertTrue(files >= last.getOrDefault(e.obj(), 0L), version + " " + e);
                    assertTrue(files <= num(section, e.obj()), version + " " + e);
                    last.put(e.obj(), files);
                }
            }
        }

        // the table at the end, in the words bench/enumerate.py prints too
        List<String> table = o.stdout(main).stream().filter(l -> l.startsWith("version ")).toList();
        assertEquals(3, table.size(), "one line per version: " + table);
        table.forEach(l -> assertTrue(l.matches("version \\S+ +processes +\\d+ files +" + total + " unreadable +"
                + unreadableExpected() + " ms +\\d+"), l));

        // many-processes: lane k was walked by walker-k, a child of the main process, and it sent batches
        List<Event> many = section(o, "many-processes");
        for (int lane = 1; lane <= dirs; lane++) {
            Event start = o.start("walker-" + lane);
            assertEquals(main, start.num(), "walker-" + lane + "'s parent is the main process");
            assertEquals(start.pid(), num(many, "lane." + lane + ".pid"));
            assertEquals(0, o.exitCode("walker-" + lane));
        }
        // pool: every lane was walked by one of the pool's workers
        List<Long> workers = o.of(EventKind.START).stream().filter(e -> e.text().startsWith("PoolWorker-"))
                .map(Event::pid).toList();
        assertEquals(poolSize, workers.size());
        List<Event> pool = section(o, "pool");
        for (int lane = 1; lane <= dirs; lane++) {
            assertTrue(workers.contains(num(pool, "lane." + lane + ".pid")), "pool lane " + lane);
            assertEquals(main, num(section(o, "one-process"), "lane." + lane + ".pid"), "the main process walked it itself");
        }

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
    void theEnumerationView_foldsTheRun_intoThreeFinishedVersions_withEveryLanesCount() throws Exception {
        Runs.Outcome o = Runs.shared(Enumerate.class, args());
        EnumerationModel.Snapshot s = EnumerationModel.foldOf(o.events(), o.events().size()).snapshot();
        assertEquals(List.of("one-process", "many-processes", "pool"), s.versions().stream().map(EnumerationModel.Version::name).toList());
        assertEquals(MP.cpuCount(), s.cpus(), "the program reported the machine's cores");
        // the comparison under the columns has what it needs: every walk timed, one process to compare with
        EnumerationComparison.Text compared = EnumerationComparison.of(s, I18n.bundle(I18n.ENGLISH)).orElseThrow();
        assertEquals(List.of("many-processes", "pool"), compared.parts().stream().map(EnumerationComparison.Part::version).toList());
        for (EnumerationModel.Version v : s.versions()) {
            assertEquals(EnumerationModel.Phase.FINISHED, v.phase(), v.name());
            assertTrue(v.timed(), v.name() + ": every lane says when its walk began and how long it took");
            assertEquals(total, (long) v.files(), v.name());
            assertEquals(tops.size() + 1, v.lanes().size(), v.name());
            for (int lane = 1; lane <= tops.size(); lane++) {
                EnumerationModel.Lane l = v.lane(lane);
                assertEquals(tops.get(lane - 1).toString(), l.dir());
                assertEquals((long) expected.get(tops.get(lane - 1)), l.files(), v.name() + " lane " + lane);
                assertTrue(l.done() && l.pid() > 0 && l.colorIndex() >= 0, v.name() + " lane " + lane + ": " + l);
            }
            assertTrue(v.lane(tops.size() + 1).done());
        }
        assertTrue(s.version("many-processes").lanes().stream().allMatch(l -> l.worker().equals("walker-" + l.number())));
        assertTrue(s.version("pool").lanes().stream().allMatch(l -> l.worker().startsWith("PoolWorker-")));
    }

    @Test
    void aProgramThatReportsButPrintsNothing_showsTheSameInTheView() throws Exception {
        Runs.Outcome quiet = Runs.run(QuietEnumerate.class, args());
        long main = quiet.start("MainProcess").pid();
        assertEquals(0, quiet.exitCode("MainProcess"), () -> "stderr: " + quiet.lines(main, "stderr"));
        assertEquals(List.of(), quiet.stdout(main), "it printed nothing");
        Runs.Outcome loud = Runs.shared(Enumerate.class, args());
        assertEquals(drawn(loud), drawn(quiet));
    }

    /** What the view draws, without what differs from run to run: pids, colours and times. */
    private static List<String> drawn(Runs.Outcome o) {
        EnumerationModel.Snapshot s = EnumerationModel.foldOf(o.events(), o.events().size()).snapshot();
        List<String> out = new ArrayList<>();
        for (EnumerationModel.Version v : s.versions()) {
            out.add(v.name() + " " + v.processes() + " " + v.phase() + " " + v.files() + " " + v.unreadable() + " " + (v.millis() != null));
            for (EnumerationModel.Lane l : v.lanes()) {
                out.add("  " + l.number() + " " + l.dir() + " " + l.worker().replaceAll("-\\d+$", "") + " " + l.files() + " "
                        + l.unreadable() + " " + l.done());
            }
        }
        return out;
    }

    @Test
    void oneMessagePerFile_countsTheSame_withOnePutPerFileInsteadOfPerBatch() throws Exception {
        // the smallest directory and the missing one: a message per file is slow on purpose
        Path small = tops.get(3);
        Runs.Outcome o = Runs.run(OneMessagePerFile.class, small.toString(), missing.toString());
        long main = o.start("MainProcess").pid();
        assertEquals(0, o.exitCode("MainProcess"), () -> "stderr: " + o.lines(main, "stderr"));
        long files = expected.get(small);
        List<Event> puts = o.of(EventKind.PUT);
        List<String> queues = puts.stream().map(Event::obj).distinct().toList();
        assertEquals(2, queues.size(), "one queue per version, in the order they ran");
        for (int v = 0; v < 2; v++) {
            String version = v == 0 ? "batches-of-1000" : "one-per-file";
            List<Event> section = section(o, version);
            assertEquals(files, num(section, "files"), version);
            assertEquals(1, num(section, "unreadable"), version);
            assertEquals(files, num(section, "lane.1.files") + num(section, "lane.2.files"), version);
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
