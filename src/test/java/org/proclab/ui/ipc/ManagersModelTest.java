package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.model.ProcessTreeModel;

/** The fold behind the manager view: server, shared objects, calls in flight and answered, the manager's end. */
@Tag("unit")
class ManagersModelTest {

    private static ManagersModel fold(IpcEvents log) {
        ManagersModel m = new ManagersModel();
        log.list().forEach(m::apply);
        return m;
    }

    @Test
    void busy_serverProxiesAndTheCallsInFlightWithTheirPhase() {
        ManagersModel.Manager m = fold(ManagerRun.busy()).snapshot().manager("manager-1");
        assertEquals(101, m.server());
        assertEquals(100, m.owner());
        assertEquals(ManagersModel.State.RUNNING, m.state());
        assertEquals(List.of("dict-1", "list-1"), m.proxies().stream().map(ManagersModel.Proxy::id).toList());
        assertEquals(List.of("dict", "list"), m.proxies().stream().map(ManagersModel.Proxy::type).toList());
        // the creation call counts as a call: dict() plus two answered get('count')
        assertEquals(3, m.proxies().get(0).calls());
        assertEquals(List.of(new ManagersModel.Call(6, 102, "dict-1", "get('count')", true, null),
                new ManagersModel.Call(7, 103, "dict-1", "put('count', 1)", false, null)), m.inFlight());
        assertEquals("append('a 0')", m.recent().get(m.recent().size() - 1).call());
    }

    @Test
    void answered_leavesTheCallsInFlight_andOnlyTheLastFiveAreKept() {
        IpcEvents log = ManagerRun.busy();
        ManagerRun.answer(log, 102, "dict-1", "0", 6);
        ManagerRun.serve(log, "dict-1", "put('count', 1)", 7);
        ManagerRun.answer(log, 103, "dict-1", "None", 7);
        ManagersModel.Manager m = fold(log).snapshot().manager("manager-1");
        assertEquals(List.of(), m.inFlight());
        assertEquals(ManagersModel.RECENT, m.recent().size());
        assertEquals(new ManagersModel.Call(7, 103, "dict-1", "put('count', 1)", true, "None"), m.recent().get(4));
        assertEquals("put('count', 1)", m.proxies().get(0).last().call());
    }

    @Test
    void shutDown_failsTheCallsLeft_andACallersEndForgetsItsCall() {
        IpcEvents log = ManagerRun.busy();
        log.add(100, EventKind.MANAGER_STATE, "manager-1", "shutdown", Event.NO_NUM);
        ManagerRun.answer(log, 103, "dict-1", "failed: manager-1 has been shut down: its shared objects are gone", 7);
        log.exit(102, "killed by signal 9");
        ManagersModel.Manager m = fold(log).snapshot().manager("manager-1");
        assertEquals(ManagersModel.State.SHUT_DOWN, m.state());
        assertEquals(List.of(), m.inFlight(), "b's call failed, a ended while its call was served");
        assertTrue(m.recent().get(m.recent().size() - 1).failed());
    }

    @Test
    void serverProcessDied_stateEnded() {
        IpcEvents log = ManagerRun.busy().add(101, EventKind.MANAGER_STATE, "manager-1", "ended", Event.NO_NUM);
        assertEquals(ManagersModel.State.ENDED, fold(log).snapshot().manager("manager-1").state());
    }

    @Test
    void copy_isACheckpointThatLaterEventsDoNotChange() {
        IpcEvents log = ManagerRun.busy();
        ManagersModel m = fold(log);
        ManagersModel checkpoint = m.copy();
        m.apply(new Event(log.size(), 0, 102, EventKind.PROXY_RETURN, "dict-1", "0", 6, null, 0));
        assertEquals(2, checkpoint.snapshot().manager("manager-1").inFlight().size());
        assertEquals(1, m.snapshot().manager("manager-1").inFlight().size());
    }

    @Test
    void otherObjects_areNotManagers() {
        IpcEvents log = IpcEvents.log().main(100).queue(100, "queue-1", 0).put(100, "queue-1", "1", 1);
        assertTrue(fold(log).snapshot().managers().isEmpty());
    }

    @Test
    void processTree_marksTheServerProcessAsTheManager_andItsWaitEndsWhenItServes() {
        List<Event> events = ManagerRun.busy().list();
        ProcessTreeModel tree = ProcessTreeModel.foldOf(events, events.size());
        assertTrue(tree.process(101).isManager());
        assertFalse(tree.process(100).isManager());
        assertFalse(tree.process(102).isManager());
        assertTrue(tree.process(103).isBlocked(), "b waits in its put('count', 1)");
        assertFalse(tree.process(101).isBlocked(), "the manager serves a's call");
    }
}
