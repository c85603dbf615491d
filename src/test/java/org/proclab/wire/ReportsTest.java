package org.proclab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.mp.MP;

/** How MP.report's key and value travel to the kernel, and which keys a student may use. */
@Tag("unit")
class ReportsTest {

    @Test
    void keyAndValue_comeBackAsSent_evenWhenTheValueHoldsEqualsSigns() {
        String text = Reports.encode("lane.2.dir", "/data/a=b c");
        assertEquals("lane.2.dir", Reports.key(text));
        assertEquals("/data/a=b c", Reports.value(text));
    }

    @Test
    void validKey_acceptsNamesOfLettersDigitsDotsDashes_andRefusesTheRest() {
        assertTrue(Reports.validKey("lane.12.files"));
        assertTrue(Reports.validKey("many-processes_2"));
        assertFalse(Reports.validKey(""));
        assertFalse(Reports.validKey(null));
        assertFalse(Reports.validKey("two words"));
        assertFalse(Reports.validKey("a=b"));
        assertFalse(Reports.validKey("x".repeat(Reports.MAX_KEY + 1)));
    }

    @Test
    void value_isCutToItsLimit_onBothSides() {
        String huge = "v".repeat(5 * Reports.MAX_VALUE);
        assertEquals(Reports.MAX_VALUE, Reports.value(Reports.encode("k", huge)).length());
        assertEquals(Reports.MAX_VALUE, Reports.value("k=" + huge).length(), "the kernel cuts what a worker did not");
        assertTrue(Reports.value("k=" + huge).endsWith("\u2026"));
        assertEquals(Reports.MAX_KEY, Reports.key("k".repeat(500) + "=1").length());
    }

    @Test
    void textWithoutEqualsSign_isAKeyWithAnEmptyValue() {
        assertEquals("plan", Reports.key("plan"));
        assertEquals("", Reports.value("plan"));
        assertEquals("", Reports.key(null));
        assertEquals("", Reports.value(null));
    }

    @Test
    void report_refusesABadKey_withASentenceNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MP.report("files found", 3));
        assertEquals("a report's key must be 1 to 64 letters, digits, '.', '-' or '_', not \"files found\"", e.getMessage());
    }
}
