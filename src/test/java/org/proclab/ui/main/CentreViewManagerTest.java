package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.eventlog.EventObjects;

/** A manager's events point at the manager view, in the pipes and queues tab, whatever the proxy's name says. */
@Tag("unit")
class CentreViewManagerTest {

    @Test
    void drawing_managerAndEveryProxy_isThePipesAndQueuesTab() {
        for (String id : new String[] {"manager-1", "dict-1", "list-2", "namespace-1", "value-proxy-1", "lock-proxy-1",
                "queue-proxy-1"}) {
            assertEquals(CentreView.PIPES_AND_QUEUES, CentreView.drawing(id), id);
        }
        assertEquals(CentreView.LOCKS_AND_VALUES, CentreView.drawing("lock-1"), "a kernel lock stays where it was");
        assertEquals(CentreView.PIPES_AND_QUEUES, CentreView.forLesson("manager"));
    }

    @Test
    void objectOf_aProxyCallAndItsServe_isTheProxy() {
        assertEquals("dict-1", EventObjects.objectOf(new Event(1, 0, 7, EventKind.PROXY_CALL, "dict-1", "get('count')", 3, null, 0)));
        assertEquals("dict-1", EventObjects.objectOf(new Event(2, 0, 8, EventKind.PROXY_SERVE, "dict-1", "get('count')", 3, null, 0)));
        assertEquals("manager-1", EventObjects.objectOf(new Event(3, 0, 7, EventKind.MANAGER_NEW, "manager-1", null, Event.NO_NUM, null, 0)));
    }
}
