package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BenchPartsTest {

    @Test
    void parse_resultLine_nameValueUnit() {
        ResultLine r = ResultLine.parse("RESULT pipe_roundtrip 41.250 us").orElseThrow();
        assertEquals("pipe_roundtrip", r.name());
        assertEquals(41.25, r.value(), 1e-9);
        assertEquals("us", r.unit());
    }

    @Test
    void parse_otherLines_empty() {
        for (String line : List.of("hello", "RESULT x", "RESULT x notanumber ms", "result x 1 ms", "")) {
            assertFalse(ResultLine.parse(line).isPresent(), line);
        }
    }

    @Test
    void speedup_isAboveOneWhenProcLabIsFaster_inBothDirections() {
        Workload throughput = Workloads.find("queue_1to1").orElseThrow();
        Workload time = Workloads.find("pipe_roundtrip").orElseThrow();
        assertEquals(2.0, Table.speedup(throughput, 200, 100), 1e-9);
        assertEquals(2.0, Table.speedup(time, 50, 100), 1e-9);
    }

    @Test
    void table_ratioOfASlowRow_keepsTwoSignificantDigits_neverZero() {
        Workload w = Workloads.find("queue_1to1").orElseThrow();
        Measurement slow = new Measurement();
        slow.add(4);
        Measurement python = new Measurement();
        python.add(10_000);
        String table = Table.render(List.of(new Bench.Row(w, slow, python)), true, false);
        String row = table.lines().filter(l -> l.startsWith("queue_1to1")).findFirst().orElseThrow();
        assertTrue(row.contains(" 0.00040 "), row);
        Measurement fast = new Measurement();
        fast.add(25_000);
        row = Table.render(List.of(new Bench.Row(w, fast, python)), true, false).lines().skip(1).findFirst().orElseThrow();
        assertTrue(row.contains(" 2.50 "), row);
    }

    @Test
    void median_oddAndEven() {
        assertEquals(3.0, Measurement.median(List.of(9.0, 1.0, 3.0)), 1e-9);
        assertEquals(2.5, Measurement.median(List.of(4.0, 1.0, 2.0, 3.0)), 1e-9);
        assertTrue(Double.isNaN(Measurement.median(List.of())));
    }

    @Test
    void workloads_uniqueNames_andBothSidesGetTheSameSizes() {
        assertEquals(Workloads.names().size(), new HashSet<>(Workloads.names()).size());
        Workload simplex = Workloads.find("pipe_oneway_simplex").orElseThrow();
        assertEquals(List.of("pipe_oneway_simplex", "false", "200000", "20000"), simplex.programArgs(false));
        assertEquals(List.of("pipe_oneway_simplex", "--warm", "2000", "--start-method", "fork", "--n", "20000"),
                simplex.pythonArgs(true));
        Workload spawn = Workloads.find("process_start_join_spawn").orElseThrow();
        assertEquals(List.of("process_start_join_spawn", "20", "2"), spawn.programArgs(false));
        assertTrue(spawn.pythonArgs(false).containsAll(List.of("--start-method", "spawn", "--samples", "20")));
    }

    @Test
    void programs_everyProgramClassHasAMain() throws Exception {
        for (Workload.Program p : Workload.Program.values()) {
            Class.forName(p.className()).getMethod("main", String[].class);
        }
    }

    @Test
    void newRows_areListed_andPoolRowsPassRoundsToBothSides() {
        for (String row : List.of("pool_apply_async_callbacks", "pool_map_chunk1", "pool_map_default",
                "pool_create_close_join", "pool_create_close_join_spawn", "enumerate_1proc", "enumerate_children", "enumerate_pool", "enumerate_find")) {
            assertTrue(Workloads.find(row).isPresent(), row);
        }
        Workload apply = Workloads.find("pool_apply_async_callbacks").orElseThrow();
        assertEquals(List.of("pool_apply_async_callbacks", "1000", "100", "3"), apply.programArgs(false));
        assertEquals(List.of("pool_apply_async_callbacks", "--warm", "100", "--start-method", "fork", "--n", "1000",
                "--samples", "3"), apply.pythonArgs(false));
        assertEquals(1, apply.runs(3, false));
        assertEquals(5, apply.runs(5, true), "--repeat overrides the cap");
        assertEquals(3, Workloads.find("pipe_roundtrip").orElseThrow().runs(3, false));
        assertTrue(Workloads.find("enumerate_find").orElseThrow().isFind());
        assertTrue(Workloads.find("enumerate_pool").orElseThrow().isEnumerate());
        assertFalse(Workloads.find("enumerate_find").orElseThrow().isJvmHello());
    }

    @Test
    void enumerateVersionLines_ofTheLessonAndOfEnumeratePy_becomeResultLines() {
        List<ResultLine> java = EnumerateRows.parse(
                "version many-processes  processes  4 files    200000 unreadable   0 ms   3721", 200_000);
        assertEquals(List.of(new ResultLine("enumerate_children", 3721, "ms"),
                new ResultLine("enumerate_children.final", 200_000, "files"),
                new ResultLine("enumerate_children.expected", 200_000, "files")), java);
        List<ResultLine> py = EnumerateRows.parse(
                "version one-process     processes  1 files     19999 unreadable   0 ms    108", 20_000);
        assertEquals(new ResultLine("enumerate_1proc", 108, "ms"), py.get(0));
        assertEquals(19_999, py.get(1).value(), 1e-9);
        assertEquals(1, EnumerateRows.parse("version pool processes 2 files 7 ms 12", 7).stream()
                .filter(r -> r.name().equals("enumerate_pool")).count());
        for (String other : List.of("progress lane 2 files 3000", "begin pool processes 2",
                "version many-counts processes 4 files 10 unreadable 0 ms 5", "")) {
            assertTrue(EnumerateRows.parse(other, 10).isEmpty(), other);
        }
    }

    @Test
    void hostWarmUp_firstKernelRow_notJavaHelloNorTheLessonSixRows() {
        List<Workload> rows = java.util.stream.Stream.of("jvm_hello", "enumerate_find", "enumerate_1proc", "queue_4to1",
                "pipe_roundtrip").map(n -> Workloads.find(n).orElseThrow()).toList();
        assertEquals("queue_4to1", HostWarmUp.rowFor(rows).orElseThrow().name());
        assertTrue(HostWarmUp.rowFor(rows.subList(0, 3)).isEmpty(), "no row runs a kernel workload: no warm-up");
    }

    @Test
    void hostWarmUp_twoRuns_oneWhenQuick() {
        assertEquals(2, HostWarmUp.runs(false));
        assertEquals(1, HostWarmUp.runs(true));
    }

    @Test
    void tree_hasTheAskedNumberOfFilesInFourTopDirs() throws Exception {
        java.nio.file.Path root = EnumerateRows.makeTree(1_000);
        try {
            assertEquals(1_000, EnumerateRows.treeFiles(1_000));
            for (String top : EnumerateRows.topDirs(root)) {
                try (var s = java.nio.file.Files.walk(java.nio.file.Path.of(top))) {
                    assertEquals(250, s.filter(java.nio.file.Files::isRegularFile).count(), top);
                }
            }
            if (EnumerateRows.findAvailable()) {
                assertEquals(1_000, EnumerateRows.timeFind(root).files());
            }
        } finally {
            WholeProcess.deleteQuietly(root);
        }
        assertFalse(java.nio.file.Files.exists(root));
    }
}
