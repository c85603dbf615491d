package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.PipeRunTrace;
import org.proclab.trace.TraceFiles;
import org.proclab.ui.ipc.PipesModel;
import org.proclab.ui.model.ConsoleModel;

/** The parts of {@code proclab bench --ui} that need no window: the frame arithmetic, the table, the trace it opens. */
@Tag("unit")
class UiBenchPartsTest {
    private static final long MS = 1_000_000;

    @Test
    void frameStats_pulsesEvery10ms_100FramesPerSecondAndWorstGap10ms() {
        FrameStats s = new FrameStats(0);
        for (int i = 1; i <= 100; i++) {
            s.pulse(i * 10 * MS);
        }
        s.stop(1000 * MS);
        assertEquals(100, s.framesPerSecond(), 1e-9);
        assertEquals(10, s.worstPulseMillis(), 1e-9);
    }

    @Test
    void frameStats_aThreadBusyAtEitherEnd_countsThoseGapsToo() {
        FrameStats s = new FrameStats(0);
        s.pulse(300 * MS); // nothing drawn for the first 300 ms
        s.pulse(310 * MS);
        s.stop(800 * MS); // nor for the last 490
        assertEquals(490, s.worstPulseMillis(), 1e-9);
        assertEquals(2 / 0.8, s.framesPerSecond(), 1e-9);
    }

    @Test
    void frameStats_afterStop_pulsesAndWaitsAreNotCounted() {
        FrameStats s = new FrameStats(0);
        s.pulse(10 * MS);
        s.waited(5 * MS);
        s.stop(20 * MS);
        s.pulse(2000 * MS);
        s.waited(900 * MS);
        assertEquals(1, s.pulses());
        assertEquals(10, s.worstPulseMillis(), 1e-9);
        assertEquals(5, s.worstWaitMillis(), 1e-9);
    }

    @Test
    void frameStats_longestGaps_keptLongestFirstWithWhatEachThreadSpentInThem() {
        FrameStats s = new FrameStats(0);
        // uptime ms, FX CPU ns, render CPU ns, GC ms at each pulse
        s.pulse(10 * MS, new FrameStats.Costs(1_000, 0, 0, 0));
        s.pulse(30 * MS, new FrameStats.Costs(1_020, 5 * MS, 4 * MS, 0)); // a gap of 20 ms
        s.pulse(330 * MS, new FrameStats.Costs(1_320, 45 * MS, 34 * MS, 200)); // 300 ms: 40 FX, 30 render, 200 GC
        s.pulse(380 * MS, new FrameStats.Costs(1_370, 50 * MS, 40 * MS, 200)); // 50 ms
        s.pulse(480 * MS, new FrameStats.Costs(1_470, 90 * MS, 45 * MS, 200)); // 100 ms: 40 FX, 5 render
        s.stop(500 * MS);
        List<FrameStats.Gap> worst = s.worstGaps();
        assertEquals(List.of(300.0, 100.0, 50.0), worst.stream().map(FrameStats.Gap::millis).toList());
        assertEquals(new FrameStats.Gap(1_020, 300, 40, 30, 200), worst.get(0), "began at the pulse before it");
        assertEquals(new FrameStats.Gap(1_370, 100, 40, 5, 0), worst.get(1));
    }

    @Test
    void frameStats_gapsBeforeTheFirstPulseAndAfterTheLast_toldApartWhenTheirCountersWereRead() {
        FrameStats s = new FrameStats(0, new FrameStats.Costs(1_000, 0, 0, 0));
        s.pulse(150 * MS, new FrameStats.Costs(1_150, 60 * MS, 10 * MS, 0)); // 150 ms before the first pulse
        s.pulse(170 * MS, new FrameStats.Costs(1_170, 65 * MS, 12 * MS, 0)); // 20 ms
        s.stop(290 * MS, new FrameStats.Costs(1_290, 75 * MS, 12 * MS, 30)); // 120 ms after the last
        assertEquals(150, s.worstPulseMillis(), 1e-9);
        assertEquals(List.of(new FrameStats.Gap(1_000, 150, 60, 10, 0), new FrameStats.Gap(1_170, 120, 10, 0, 30),
                new FrameStats.Gap(1_150, 20, 5, 2, 0)), s.worstGaps());
    }

    @Test
    void figure_floorsAndCeilings_metOnlyOnTheRightSide() {
        assertTrue(UiFigure.atLeast("f", "frames per second", 30, "/s", 30).met());
        assertFalse(UiFigure.atLeast("f", "frames per second", 29.9, "/s", 30).met());
        assertTrue(UiFigure.atMost("f", "worst pulse", 100, "ms", 100).met());
        assertFalse(UiFigure.atMost("f", "worst pulse", 764, "ms", 100).met());
        UiFigure failed = UiFigure.failed("f", "open", "s", "no trace");
        assertFalse(failed.met());
        assertEquals("FAILED", failed.verdict());
        assertEquals("", UiFigure.info("f", "events shown per second", 1e5, "/s").verdict());
    }

    @Test
    void table_eachFigureBesideItsTargetAndVerdict() {
        String table = UiTable.render(List.of(
                UiFigure.atLeast("print_flood", "frames per second", 2.04, "/s", 30),
                UiFigure.atMost("print_flood", "worst pulse", 764, "ms", 100),
                UiFigure.atMost("trace_1m", "open", 2.5, "s", 3),
                UiFigure.info("print_flood", "events shown per second", 98_765, "/s")), true);
        List<String> lines = table.lines().toList();
        assertEquals(5, lines.size(), table);
        assertTrue(lines.get(1).matches("print_flood\\s+frames per second\\s+2\\.04 /s\\s+≥ 30\\s+NOT MET"), lines.get(1));
        assertTrue(lines.get(2).matches("print_flood\\s+worst pulse\\s+764 ms\\s+≤ 100\\s+NOT MET"), lines.get(2));
        assertTrue(lines.get(3).matches("trace_1m\\s+open\\s+2\\.50 s\\s+≤ 3\\s+met"), lines.get(3));
        assertTrue(lines.get(4).matches("print_flood\\s+events shown per second\\s+98,765 /s\\s+-\\s*"), lines.get(4));
        assertTrue(UiTable.render(List.of(UiFigure.atLeast("f", "m", 1, "/s", 30)), false).contains(">= 30"));
    }

    @Test
    void benchTrace_isLessonThreesPipeWithManyMessages_readBackAsWritten(@TempDir Path dir) throws IOException {
        List<Event> events = PipeRunTrace.events(1_000);
        int messages = (1_000 - 13) / 3;
        assertEquals(13 + 3 * messages, events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i, events.get(i).seq());
        }
        Event last = events.get(events.size() - 1);
        assertEquals(EventKind.EXIT, last.kind());
        assertEquals(PipeRunTrace.MAIN, last.pid());
        Path file = dir.resolve("big.jsonl");
        assertEquals(events.size(), PipeRunTrace.write(file, 1_000));
        assertEquals(List.copyOf(events), TraceFiles.read(file));

        // what the views will show: every message printed by the consumer, none left in the pipe, end-of-file seen
        ConsoleModel console = new ConsoleModel();
        PipesModel pipes = new PipesModel();
        for (Event e : events) {
            console.apply(e);
            pipes.apply(e);
        }
        assertEquals("consumer got " + messages, console.kept(messages - 1).text());
        PipesModel.Snapshot pipe = pipes.snapshot();
        assertEquals(1, pipe.pipes().size(), pipe.toString());
        PipesModel.Pipe p = pipe.pipes().get(0);
        assertTrue(p.first().inFlight().isEmpty() && p.second().inFlight().isEmpty(), pipe.toString());
        assertEquals(List.of(PipeRunTrace.CHILD), p.first().eofSeenBy(), pipe.toString());
    }
}
