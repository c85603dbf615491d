package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
