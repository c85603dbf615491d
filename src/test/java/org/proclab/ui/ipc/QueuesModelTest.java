package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.ipc.QueuesModel.Item;
import org.proclab.ui.ipc.QueuesModel.Queue;

@Tag("unit")
class QueuesModelTest {

    private static IpcEvents twoChildren(int maxsize) {
        return IpcEvents.log().main(100).queue(100, "queue-1", maxsize)
                .child(101, "producer", 100).handle(101, "queue-1", "fork")
                .child(102, "consumer", 100).handle(102, "queue-1", "fork");
    }

    private static List<String> items(Queue q) {
        return q.items().stream().map(Item::text).toList();
    }

    @Test
    void put_itemsWaitInOrder_untilGot() {
        IpcEvents log = twoChildren(0).put(101, "queue-1", "a", 1).put(101, "queue-1", "b", 2);
        Queue q = log.queues().queue("queue-1");
        assertEquals(List.of("a", "b"), items(q));
        assertEquals(101, q.items().get(0).putBy());
        assertFalse(q.bounded());

        Queue after = log.get(102, "queue-1", "a", 1).queues().queue("queue-1");
        assertEquals(List.of("b"), items(after));
        assertEquals("a", after.lastTaken().item().text());
        assertEquals(102, after.lastTaken().by());
        assertEquals(2, after.puts());
        assertEquals(1, after.gets());
    }

    @Test
    void get_onAnEmptyQueue_isABlockedGetter_untilItsGet() {
        IpcEvents log = twoChildren(0).block(102, "queue-1", "get()");
        Queue q = log.queues().queue("queue-1");
        assertEquals(List.of(102L), q.getters().stream().map(Wait::pid).toList());
        assertTrue(q.putters().isEmpty());
        Queue after = log.put(101, "queue-1", "x", 1).get(102, "queue-1", "x", 1).queues().queue("queue-1");
        assertTrue(after.getters().isEmpty());
        assertTrue(after.items().isEmpty());
    }

    @Test
    void put_onAFullQueue_isABlockedPutter_untilItsPut() {
        IpcEvents log = twoChildren(1).put(101, "queue-1", "a", 1).block(101, "queue-1", "put()");
        Queue q = log.queues().queue("queue-1");
        assertTrue(q.full());
        assertEquals(1, q.maxsize());
        assertEquals(List.of(101L), q.putters().stream().map(Wait::pid).toList());
        Queue after = log.get(102, "queue-1", "a", 1).put(101, "queue-1", "b", 2).queues().queue("queue-1");
        assertTrue(after.putters().isEmpty());
        assertEquals(List.of("b"), items(after));
    }

    @Test
    void timeout_endsABlockedGet() {
        Queue q = twoChildren(0).block(102, "queue-1", "get()").timeout(102, "queue-1", "get()").queues().queue("queue-1");
        assertTrue(q.getters().isEmpty());
    }

    @Test
    void exit_endsItsWait_andClosesItsHandleByExit() {
        Queue q = twoChildren(0).block(102, "queue-1", "get()").exit(102, "terminated (SIGTERM)")
                .close(102, "queue-1", "exit").queues().queue("queue-1");
        assertTrue(q.getters().isEmpty());
        Handle h = q.handles().stream().filter(x -> x.pid() == 102).findFirst().orElseThrow();
        assertTrue(h.closedByExit());
    }

    @Test
    void lessonTrace_theListWaitsInTheQueue_whileTheConsumerSleeps() {
        List<Event> events = Traces.load(Traces.QUEUE);
        long producer = Traces.pidOf(events, "producer");
        Queue q = QueuesModel.foldOf(events, Traces.before(events, Traces.kind(EventKind.GET))).snapshot().queue("queue-1");
        assertEquals(List.of("[1, 2, 3]"), items(q));
        assertEquals(producer, q.items().get(0).putBy());
        assertEquals(3, q.handles().size(), "main, producer and consumer hold it");
        assertTrue(q.getters().isEmpty());
    }

    @Test
    void lessonTrace_consumerBlockedInGet_onTheEmptyQueue() {
        List<Event> events = Traces.load(Traces.QUEUE);
        long consumer = Traces.pidOf(events, "consumer");
        Queue q = QueuesModel.foldOf(events, Traces.through(events, Traces.is(EventKind.BLOCK, "queue-1"))).snapshot()
                .queue("queue-1");
        assertTrue(q.items().isEmpty());
        assertEquals(List.of(consumer), q.getters().stream().map(Wait::pid).toList());
        assertEquals("get()", q.getters().get(0).call());
        assertEquals("[1, 2, 3]", q.lastTaken().item().text());
    }

    @Test
    void lessonTrace_atTheEnd_emptyAndNobodyWaits() {
        List<Event> events = Traces.load(Traces.QUEUE);
        QueuesModel.Snapshot s = QueuesModel.foldOf(events, events.size()).snapshot();
        Queue q = s.queue("queue-1");
        assertTrue(q.items().isEmpty());
        assertTrue(q.getters().isEmpty());
        assertEquals(2, q.puts());
        assertEquals(2, q.gets());
        assertTrue(q.handles().stream().noneMatch(Handle::open));
        assertNull(s.deadlock());
    }

    @Test
    void joinableQueue_putsCountUnfinished_taskDoneCountsDown_joinersApartFromGetters() {
        IpcEvents log = IpcEvents.log().main(100).joinableQueue(100, "queue-1")
                .child(101, "worker", 100).handle(101, "queue-1", "fork")
                .put(100, "queue-1", "1", 1).put(100, "queue-1", "2", 2).block(100, "queue-1", "join()")
                .get(101, "queue-1", "1", 1).block(101, "queue-1", "get()");
        Queue q = log.queues().queue("queue-1");
        assertTrue(q.joinable());
        assertEquals(2, q.unfinished(), "put twice, none done: got items are still unfinished");
        assertEquals(List.of(100L), q.joiners().stream().map(Wait::pid).toList());
        assertEquals(List.of(101L), q.getters().stream().map(Wait::pid).toList());

        q = log.taskDone(101, "queue-1", 1).queues().queue("queue-1");
        assertEquals(1, q.unfinished());
        assertEquals(1, q.tasksDone());
        assertEquals(1, q.joiners().size(), "join() waits while one is unfinished");

        q = log.get(101, "queue-1", "2", 2).taskDone(101, "queue-1", 0).add(100, EventKind.QUEUE_JOIN, "queue-1", null, Event.NO_NUM)
                .queues().queue("queue-1");
        assertEquals(0, q.unfinished());
        assertEquals(2, q.tasksDone());
        assertTrue(q.joiners().isEmpty(), "join() returned");
    }

    @Test
    void plainQueue_isNotJoinable_andCountsNothingUnfinished() {
        Queue q = twoChildren(0).put(101, "queue-1", "a", 1).queues().queue("queue-1");
        assertFalse(q.joinable());
        assertEquals(0, q.unfinished());
    }
}
