package org.proclab.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LineWindowTest {
    private static ConsoleLine line(String text) {
        return new ConsoleLine(0, 1, "main", 0, ConsoleLine.Stream.STDOUT, text, null);
    }

    @Test
    void put_pastTheLineBound_keepsOnlyTheLatestLines() {
        LineWindow w = new LineWindow(100, Long.MAX_VALUE);
        for (int i = 0; i < 1_000; i++) {
            w.put(i, line("l" + i));
        }
        assertEquals(900, w.start());
        assertEquals(1_000, w.end());
        assertNull(w.get(899), "dropped");
        assertEquals("l900", w.get(900).text());
        assertEquals("l999", w.get(999).text());
    }

    @Test
    void put_longLines_keepsAboutTheCharacterBound_butAlwaysTheLastLine() {
        LineWindow w = new LineWindow(1_000, 10_000);
        for (int i = 0; i < 100; i++) {
            w.put(i, line("x".repeat(1_000)));
        }
        assertTrue(w.chars() <= 10_000, "chars " + w.chars());
        assertTrue(w.end() - w.start() >= 9, "about ten lines of 1,000 characters");
        w.put(100, line("y".repeat(50_000)));
        assertEquals(100, w.start(), "one huge line: it alone");
        assertEquals("y".repeat(50_000), w.get(100).text());
    }

    @Test
    void put_aLineFoldedAgain_replacesIt_andOneNoLongerKept_isIgnored() {
        LineWindow w = new LineWindow(3, Long.MAX_VALUE);
        for (int i = 0; i < 5; i++) {
            w.put(i, line("a" + i));
        }
        w.put(3, line("b3"));
        w.put(0, line("b0"));
        assertEquals(2, w.start());
        assertEquals("b3", w.get(3).text());
        assertEquals("a4", w.get(4).text());
        assertNull(w.get(0));
    }

    @Test
    void put_pastTheEnd_startsAgainThere() {
        LineWindow w = new LineWindow(10, Long.MAX_VALUE);
        w.put(0, line("a"));
        w.put(50, line("b"));
        assertEquals(50, w.start());
        assertEquals(51, w.end());
        assertNull(w.get(0));
    }
}
