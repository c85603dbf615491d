package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Where HotSpot's backtraces can be read (before JDK 24), each operation's line comes from one, not from a walk. */
@Tag("unit")
class BacktracesTest {

    @Test
    void onHotSpotBefore24_theBacktraceReaderIsInUse() {
        assumeTrue(Runtime.version().feature() < 24, "JDK 24 on: lines are walked, so that Unsafe does not warn");
        assumeTrue(System.getProperty("java.vm.name", "").contains("Server VM"), "not HotSpot: lines are walked");
        assertNotNull(Backtraces.READER, "the layout check refused this JVM's backtraces: every line is walked (slower)");
    }
}
