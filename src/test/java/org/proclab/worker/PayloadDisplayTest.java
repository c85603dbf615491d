package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The short text the views show for a message. */
@Tag("unit")
class PayloadDisplayTest {
    record Point(int x, int y) implements Serializable {}

    @Test
    void display_showsNoneForNull_andJavasNullInsideACollection() {
        assertEquals("None", Payloads.display(null));
        assertEquals("[1, null]", Payloads.display(Arrays.asList(1, null)));
    }

    @Test
    void display_showsValuesAsTheProgramWouldPrintThem() {
        assertEquals("42", Payloads.display(42));
        assertEquals("'hi'", Payloads.display("hi"));
        assertEquals("[1, 2, 3]", Payloads.display(List.of(1, 2, 3)));
        assertEquals("{a=[1], b=2}", Payloads.display(new TreeMap<>(Map.of("a", List.of(1), "b", 2))));
        assertEquals("Point[x=1, y=2]", Payloads.display(new Point(1, 2)));
        assertEquals("bytes[3]", Payloads.display(new byte[3]));
        assertEquals("int[4]", Payloads.display(new int[4]));
    }

    @Test
    void display_ofANumberOrBoolean_isItsToString_atItsLongest() {
        assertEquals("-2147483648", Payloads.display(Integer.MIN_VALUE));
        assertEquals("-9223372036854775808", Payloads.display(Long.MIN_VALUE));
        assertEquals("-4.9E-324", Payloads.display(-Double.MIN_VALUE));
        assertEquals("-1.7976931348623157E308", Payloads.display(-Double.MAX_VALUE));
        assertEquals("NaN", Payloads.display(Double.NaN));
        assertEquals("false", Payloads.display(false));
        assertEquals("[-9223372036854775808, true]", Payloads.display(List.of(Long.MIN_VALUE, true)));
    }

    @Test
    void display_cutsLongTextAt48Characters() {
        String shown = Payloads.display("x".repeat(1000));
        assertEquals(48, shown.length());
        assertTrue(shown.startsWith("'xxx") && shown.endsWith("…"), shown);
    }

    @Test
    void display_ofAHugeList_readsOnlyItsFirstElements() {
        List<Integer> huge = new ArrayList<>();
        for (int i = 0; i < 2_000_000; i++) {
            huge.add(i);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        String shown = Payloads.display(huge);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, …", shown);
        assertTrue(allocated < 100_000, "toString would build megabytes; allocated " + allocated);
    }

    @Test
    void display_ofAListThatHoldsItself_endsAsToStringWould() {
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertEquals("[(this Collection)]", Payloads.display(self));
    }
}
