package org.proclab.ui.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.control.SnapshotView;

@Tag("unit")
class EventObjectsTest {
    private static Event ev(EventKind k, String obj) {
        return new Event(0, 0, 7, k, obj, null, Event.NO_NUM, "A.java", 3);
    }

    @Test
    void objectOf_namesTheIpcObject_notProcesses() {
        assertEquals("pipe-1:0", EventObjects.objectOf(ev(EventKind.RECV, "pipe-1:0")));
        assertEquals("lock-1", EventObjects.objectOf(ev(EventKind.BLOCK, "lock-1")));
        assertEquals("pool-1", EventObjects.objectOf(ev(EventKind.TASK_DONE, "pool-1/task-3")));
        assertNull(EventObjects.objectOf(ev(EventKind.BLOCK, "19740")), "join() waits on a process");
        assertNull(EventObjects.objectOf(ev(EventKind.JOIN, "19740")));
        assertNull(EventObjects.objectOf(ev(EventKind.OUTPUT, "stdout")));
    }

    @Test
    void highlights_aPartHighlightsItsWhole() {
        assertTrue(SnapshotView.highlights("pipe-1:1", "pipe-1"));
        assertTrue(SnapshotView.highlights("pipe-1:1", "pipe-1:1"));
        assertFalse(SnapshotView.highlights("pipe-1:1", "pipe-1:0"));
        assertFalse(SnapshotView.highlights("lock-10", "lock-1"));
        assertTrue(SnapshotView.highlights("value-1.lock", "value-1"));
        assertFalse(SnapshotView.highlights(null, "value-1"));
    }
}
