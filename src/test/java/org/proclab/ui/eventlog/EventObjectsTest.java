package org.proclab.ui.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

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
}
