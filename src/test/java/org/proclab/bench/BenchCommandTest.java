package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.cli.Cli;

/** Runs {@code proclab bench --quick} on cheap rows with real worker JVMs; asserts what it reports, never how fast. */
@Tag("process")
class BenchCommandTest {
    private static final List<String> ROWS = List.of("pipe_oneway_simplex", "pipe_roundtrip", "value_locked_increments");

    @Test
    void bench_quickCheapRows_printsPositiveNumbersAndExactFinalCount() {
        Captured c = cli("bench", "--quick", "--only", String.join(",", ROWS));
        assertEquals(0, c.code(), c.out() + c.err());
        boolean withPython = !c.out().contains("Python was not");

        for (String row : ROWS) {
            String[] cells = tableLine(c.out(), row)
                    .orElseThrow(() -> new AssertionError("no table row " + row + " in:\n" + c.out()))
                    .trim().split("\\s+");
            // workload unit start ProcLab [Python ratio direction]
            assertTrue(number(cells[3]) > 0, row + ": ProcLab " + cells[3]);
            if (withPython) {
                assertTrue(number(cells[4]) > 0, row + ": Python " + cells[4]);
                assertTrue(number(cells[5]) > 0, row + ": ratio " + cells[5]);
            }
        }
        assertTrue(c.out().contains("value_locked_increments final value: ProcLab 2000 (expected 2000: ok)"), c.out());
        if (withPython) {
            assertTrue(c.out().contains("; Python 2000 (expected 2000: ok)"), c.out());
        }
        assertTrue(tableLine(c.out(), "queue_1to1").isEmpty(), "--only must leave out the other rows");
        // every ProcLab run went through the kernel: its progress line counts the logged events
        assertTrue(c.err().contains("events in the log"), c.err());
    }

    @Test
    void bench_quickPoolApplyAsync_positiveNumbersAndAllCallbacksCounted() {
        String row = "pool_apply_async_callbacks";
        Captured c = cli("bench", "--quick", "--only", row);
        assertEquals(0, c.code(), c.out() + c.err());
        boolean withPython = !c.out().contains("Python was not");
        String[] cells = tableLine(c.out(), row)
                .orElseThrow(() -> new AssertionError("no table row " + row + " in:\n" + c.out()))
                .trim().split("\\s+");
        assertEquals("ms", cells[1]);
        assertTrue(number(cells[3]) > 0, row + ": ProcLab " + cells[3]);
        if (withPython) {
            assertTrue(number(cells[4]) > 0, row + ": Python " + cells[4]);
            assertTrue(number(cells[5]) > 0, row + ": ratio " + cells[5]);
        }
        assertTrue(c.out().contains(row + " final value: ProcLab 1000 (expected 1000: ok)"), c.out());
        if (withPython) {
            assertTrue(c.out().contains("; Python 1000 (expected 1000: ok)"), c.out());
        }
    }

    @Test
    void bench_withoutPython_showsProcLabColumnAndSaysSo() {
        Captured c = cli("bench", "--quick", "--python", "no-such-python-xyz", "--only", "pipe_roundtrip");
        assertEquals(0, c.code(), c.out() + c.err());
        assertTrue(c.out().contains("Python was not found (tried `no-such-python-xyz`)"), c.out());
        String[] cells = tableLine(c.out(), "pipe_roundtrip").orElseThrow().trim().split("\\s+");
        assertEquals(4, cells.length, "only workload, unit, start method and ProcLab: " + List.of(cells));
        assertTrue(number(cells[3]) > 0);
    }

    @Test
    void bench_unknownWorkload_usageErrorNamesTheRows() {
        Captured c = cli("bench", "--only", "pipe_roundtrip,no_such_row");
        assertEquals(Bench.EXIT_USAGE, c.code());
        assertTrue(c.err().contains("unknown workload no_such_row"), c.err());
        assertTrue(c.err().contains("queue_4to1"), c.err());
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
