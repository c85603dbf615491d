package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.cli.Cli;
import org.proclab.testing.Await;

/**
 * Runs {@code proclab bench --quick} on cheap rows with real worker JVMs; asserts what it reports, never how
 * fast. With and without Python are separate cases: ProcLab alone ({@code --python none}), Python found on
 * the PATH (needs {@code python3}, which {@code .ci/run} installs), and no Python on the PATH at all.
 */
@Tag("process")
class BenchCommandTest {
    private static final List<String> ROWS = List.of("pipe_oneway_simplex", "pipe_roundtrip", "value_locked_increments");

    @Test
    void bench_procLabOnly_cheapRows_positiveNumbersAndExactFinalCount() {
        Captured c = cli("bench", "--quick", "--python", "none", "--only", String.join(",", ROWS));
        assertEquals(0, c.code(), c.out() + c.err());
        assertTrue(c.out().contains("Python was not run (--python none): only the ProcLab column is shown."), c.out());
        // the first row ran once before, unmeasured, and said so; its measured run is still the only one counted
        assertTrue(c.err().matches("(?s).*pipe_oneway_simplex +ProcLab +warm-up 1: not counted \\([\\d,]+ events in the log\\).*"),
                c.err());
        assertTrue(c.out().contains("Before measuring, the first row ran 1 time, not counted, to warm the app's JVM"), c.out());
        assertTrue(c.err().contains("pipe_oneway_simplex        ProcLab      1/1:"), c.err());
        for (String row : ROWS) {
            String[] cells = cells(c.out(), row);
            assertEquals(4, cells.length, "workload, unit, start method and ProcLab: " + List.of(cells));
            assertTrue(number(cells[3]) > 0, row + ": ProcLab " + cells[3]);
        }
        assertTrue(c.out().contains("value_locked_increments final value: ProcLab 10000 (expected 10000: ok)"), c.out());
        assertTrue(tableLine(c.out(), "queue_1to1").isEmpty(), "--only must leave out the other rows");
        // every ProcLab run went through the kernel: its progress line counts the logged events, and 10,000
        // locked increments are at least 40,000 (an acquire, a get, a set and a release each)
        Matcher m = Pattern.compile("value_locked_increments +ProcLab +\\d/\\d: .*\\(([\\d,]+) events in the log\\)")
                .matcher(c.err());
        assertTrue(m.find(), c.err());
        assertTrue(Long.parseLong(m.group(1).replace(",", "")) >= 40_000, m.group());
    }

    @Test
    void bench_procLabOnly_poolApplyAsync_positiveNumbersAndAllCallbacksCounted() {
        String row = "pool_apply_async_callbacks";
        Captured c = cli("bench", "--quick", "--python", "none", "--only", row);
        assertEquals(0, c.code(), c.out() + c.err());
        String[] cells = cells(c.out(), row);
        assertEquals("ms", cells[1]);
        assertTrue(number(cells[3]) > 0, row + ": ProcLab " + cells[3]);
        assertTrue(c.out().contains(row + " final value: ProcLab 1000 (expected 1000: ok)"), c.out());
    }

    @Test
    void bench_withPython3_bothColumnsTheRatio_andPythonsFinalCounts() {
        assumeTrue(onPath("python3"), "python3 is not on the PATH: the comparison with Python cannot run here");
        List<String> rows = List.of("pipe_roundtrip", "value_locked_increments", "pool_apply_async_callbacks");
        Captured c = cli("bench", "--quick", "--only", String.join(",", rows));
        assertEquals(0, c.code(), c.out() + c.err());
        assertTrue(!c.out().contains("Python was not"), c.out());
        for (String row : rows) {
            // workload unit start ProcLab Python ratio direction
            String[] cells = cells(c.out(), row);
            assertTrue(number(cells[3]) > 0, row + ": ProcLab " + cells[3]);
            assertTrue(number(cells[4]) > 0, row + ": Python " + cells[4]);
            assertTrue(number(cells[5]) > 0, row + ": ratio " + cells[5]);
        }
        assertTrue(c.out().contains("value_locked_increments final value: ProcLab 10000 (expected 10000: ok); Python 10000 (expected 10000: ok)"), c.out());
        assertTrue(c.out().contains("pool_apply_async_callbacks final value: ProcLab 1000 (expected 1000: ok); Python 1000 (expected 1000: ok)"), c.out());
    }

    /** The default {@code --python python3}, in a JVM whose PATH holds no Python at all. */
    @Test
    void bench_noPythonOnThePath_showsProcLabColumnAndSaysSo(@TempDir Path emptyDir) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.proclab.Launcher",
                "bench", "--quick", "--only", "pipe_roundtrip");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", emptyDir.toString());
        java.lang.Process bench = pb.start();
        String out = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bench.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, bench.exitValue(), out);
        assertTrue(out.contains("Python was not found (tried `python3`): only the ProcLab column is shown."), out);
        String[] cells = cells(out, "pipe_roundtrip");
        assertEquals(4, cells.length, "only workload, unit, start method and ProcLab: " + List.of(cells));
        assertTrue(number(cells[3]) > 0);
    }

    /**
     * {@code bench --ui --quick} in a JVM of its own, as a user runs it (the toolkit started headless by the
     * command itself): every figure is measured and printed beside its target, whatever it is on this machine.
     */
    @Test
    void benchUi_quick_everyFigureMeasuredBesideItsTarget() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.proclab.Launcher", "bench", "--ui", "--quick");
        java.lang.Process bench = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // the signs are ASCII where the console cannot show them
        String out = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("≥", ">=").replace("≤", "<=");
        assertTrue(bench.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, bench.exitValue(), out);
        assertTrue(out.contains("on JavaFX's Monocle platform with sw rendering"), out);
        for (String flood : List.of("print_flood", "pipe_flood")) {
            assertTrue(number(figure(out, flood + " frames per second", "/s", ">= 30")) > 0, out);
            assertTrue(number(figure(out, flood + " worst pulse", "ms", "<= 100")) > 0, out);
            figure(out, flood + " worst wait for the UI", "ms", "<= 100");
            // the views showed the flood's events, however slowly
            assertTrue(number(figure(out, flood + " events shown per second", "/s", "-")) > 0, out);
        }
        double open = number(figure(out, "trace_100k open", "s", "<= 3"));
        assertTrue(open > 0, out);
        double read = number(figure(out, "trace_100k open: read and checked", "s", "-"));
        assertTrue(read > 0 && read <= open, "the file is read through before the views fold it: " + out);
        assertTrue(number(figure(out, "trace_100k open: CPU, all threads", "s", "-")) > 0, out);
        figure(out, "trace_100k worst pulse opening", "ms", "<= 100");
        assertTrue(number(figure(out, "trace_100k step back, worst", "ms", "<= 100")) > 0, out);
        assertTrue(!out.contains("FAILED"), out);
    }

    /** The figure of a row "workload measure value unit target verdict", checking its unit and target. */
    private static String figure(String out, String row, String unit, String target) {
        String line = out.lines().filter(l -> l.replaceAll("\\s+", " ").startsWith(row + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row + " in:\n" + out));
        String[] rest = line.replaceAll("\\s+", " ").substring(row.length() + 1).split(" ");
        assertEquals(unit, rest[1], line);
        assertEquals(target, rest.length > 3 ? rest[2] + " " + rest[3] : rest[2], line);
        return rest[0];
    }

    @Test
    void bench_unknownWorkload_usageErrorNamesTheRows() {
        Captured c = cli("bench", "--only", "pipe_roundtrip,no_such_row");
        assertEquals(Bench.EXIT_USAGE, c.code());
        assertTrue(c.err().contains("unknown workload no_such_row"), c.err());
        assertTrue(c.err().contains("queue_4to1"), c.err());
    }

    private static boolean onPath(String command) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)));
        return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, command)).anyMatch(Files::isExecutable);
    }

    private static String[] cells(String out, String row) {
        return tableLine(out, row).orElseThrow(() -> new AssertionError("no table row " + row + " in:\n" + out))
                .trim().split("\\s+");
    }

    private static Optional<String> tableLine(String out, String row) {
        return out.lines().filter(l -> l.startsWith(row + " ")).findFirst();
    }

    private static double number(String cell) {
        return Double.parseDouble(cell.replace(",", ""));
    }

    private static Captured cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Cli.run(args);
            return new Captured(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private record Captured(int code, String out, String err) {}
}
