package org.proclab.spread;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LineNormalizerTest {
    private final LineNormalizer n = new LineNormalizer(Map.of(4711L, "MainProcess", 4712L, "Process-1"));

    @Test
    void normalize_pidsBecomeNames_otherNumbersStay() {
        assertEquals("child <Process-1> of <MainProcess>, 3 items", n.normalize("child 4712 of 4711, 3 items"));
        assertEquals("pid=<Process-1>.", n.normalize("pid=4712."));
    }

    @Test
    void normalize_numberThatOnlyContainsAPid_stays() {
        assertEquals("47110 and 4711.5 and x4711", n.normalize("47110 and 4711.5 and x4711"));
    }

    @Test
    void normalize_durations_becomeHash() {
        assertEquals("took # ms, then # s, then # µs", n.normalize("took 12 ms, then 0.25 s, then 3µs"));
        assertEquals("final value: 13 (20 if no update was lost)", n.normalize("final value: 13 (20 if no update was lost)"));
    }

    @Test
    void normalize_null_isEmpty() {
        assertEquals("", n.normalize(null));
    }
}
