package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.kernel.Scheduler;
import org.proclab.ui.source.CodeMarker;

/** A process held before its next operation stands on that operation's line, not on its last event's. */
@Tag("unit")
class PendingLinesTest {
    private static final CodeMarker P1 = new CodeMarker(11, "Process-1", 1, 16);
    private static final CodeMarker P2 = new CodeMarker(12, "Process-2", 2, 16);

    @Test
    void aWaitingProcessMovesToItsOperationsLine_theOthersStay() {
        List<Scheduler.Pending> pending = List.of(
                new Scheduler.Pending(1, 11, "Process-1", "get() on value-1", "WithoutLock.java", 17),
                new Scheduler.Pending(2, 11, "Process-1", "set(1) on value-1", "WithoutLock.java", 18));
        assertEquals(List.of(new CodeMarker(11, "Process-1", 1, 17), P2),
                PendingLines.withPending(List.of(P1, P2), pending, "WithoutLock.java"), "its oldest operation");
    }

    @Test
    void anOperationInAnotherFile_orWithoutALine_movesNothing() {
        List<Scheduler.Pending> pending = List.of(
                new Scheduler.Pending(1, 11, "Process-1", "get() on value-1", "Other.java", 17),
                new Scheduler.Pending(2, 12, "Process-2", "get() on value-1", "WithoutLock.java", 0));
        assertEquals(List.of(P1, P2), PendingLines.withPending(List.of(P1, P2), pending, "WithoutLock.java"));
    }
}
