package org.proclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class MillisTextTest {

    private static String text(long nanos) {
        char[] buf = new char[MillisText.MAX_CHARS];
        return new String(buf, 0, MillisText.write(nanos, buf));
    }

    @Test
    void writesWhatDoubleToStringWrote_belowTenMillionMilliseconds() {
        // the trace's t_ms used to be Double.toString of the rounded microseconds; old and new traces read alike
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++) {
            long nanos = i < 100_000 ? i * 997L : random.nextLong(10_000_000_000_000L);
            assertEquals(Double.toString(Math.round(nanos / 1000.0) / 1000.0), text(nanos), "nanos " + nanos);
        }
        assertEquals("0.0", text(0));
        assertEquals("0.001", text(1_000));
        assertEquals("0.001", text(500)); // rounded to whole microseconds, half up
        assertEquals("12.0", text(12_000_000));
        assertEquals("1.05", text(1_050_000));
        assertEquals("9999999.999", text(9_999_999_999_000L));
    }

    @Test
    void longRunsStayPlainDecimals_andNegativeTimesKeepTheirSign() {
        assertEquals("10000000.0", text(10_000_000_000_000L)); // Double.toString: 1.0E7
        assertEquals("9223372036854.776", text(Long.MAX_VALUE));
        assertEquals("-9223372036854.776", text(Long.MIN_VALUE));
        assertEquals("-1.5", text(-1_500_000));
        assertEquals("-0.001", text(-1_000)); // -0.5 µs rounds up to 0, as Math.round does
        assertEquals("0.0", text(-500));
    }

    @Test
    void aWrittenTimeReadsBackToTheSameMicrosecond(@TempDir Path dir) throws Exception {
        long[] nanos = {0, 1_000, 999_999_000, 12_345_678_000L, 10_000_000_123_000L, 86_400_000_000_000L};
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < nanos.length; i++) {
            events.add(new Event(i, nanos[i], 1, EventKind.EXIT, null, "returned", 0, null, 0));
        }
        Path f = dir.resolve("t.jsonl");
        TraceFiles.write(events, f);
        List<Event> back = TraceFiles.read(f);
        for (int i = 0; i < nanos.length; i++) {
            assertEquals(nanos[i], back.get(i).nanos(), Files.readAllLines(f).get(i));
        }
    }
}
