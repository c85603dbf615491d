package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.ipc.ViewTests.byId;
import static org.proclab.ui.ipc.ViewTests.has;
import static org.proclab.ui.ipc.ViewTests.texts;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the queue view draws at moments of lesson 2's recorded run, and for a full bounded queue. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class QueueViewTest {
    private final SimpleObjectProperty<QueuesModel.Snapshot> source = new SimpleObjectProperty<>(QueuesModel.Snapshot.EMPTY);
    private QueueView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new QueueView(source);
        view.setLocale(I18n.ENGLISH);
        stage.setScene(new Scene(view));
        stage.show();
    }

    private void show(QueuesModel.Snapshot s) {
        UiSnapshots.onFx(() -> {
            source.set(s);
            ViewTests.fit(stage);
            return null;
        });
    }

    @Test
    void itemWaiting_isAChipWithItsText_whileTheConsumerSleeps() {
        List<Event> events = Traces.load(Traces.QUEUE);
        show(QueuesModel.foldOf(events, Traces.before(events, Traces.kind(EventKind.GET))).snapshot());
        assertEquals(List.of("[1, 2, 3]"), texts(byId(view, "items-queue-1"), "item-chip"));
        Node queue = byId(view, "queue-queue-1");
        assertFalse(has(queue, "empty"));
        assertEquals(List.of("MainProcess", "producer", "consumer"), texts(queue, "holder"));
        assertTrue(UiSnapshots.onFx(() -> queue.lookup(".waiter") == null), "nobody waits yet");
        UiSnapshots.save(view, "queue-view-item-waiting");
    }

    @Test
    void blockedGet_isDrawnBlocked_onTheEmptyQueue() {
        List<Event> events = Traces.load(Traces.QUEUE);
        long consumer = Traces.pidOf(events, "consumer");
        show(QueuesModel.foldOf(events, Traces.through(events, Traces.is(EventKind.BLOCK, "queue-1"))).snapshot());
        Node queue = byId(view, "queue-queue-1");
        assertTrue(has(queue, "empty"));
        Node getter = byId(view, "getter-queue-1-" + consumer);
        assertTrue(has(getter, "blocked"));
        assertFalse(has(getter, "stuck"));
        assertEquals(List.of("consumer"), texts(getter, "waiter-name"));
        assertEquals(List.of("last get: consumer took [1, 2, 3]"), texts(queue, "last-get"));
        UiSnapshots.save(view, "queue-view-blocked-get");
    }

    @Test
    void fullBoundedQueue_isFull_withABlockedPutter() {
        IpcEvents log = IpcEvents.log().main(100).queue(100, "queue-1", 3)
                .child(101, "producer", 100).handle(101, "queue-1", "fork")
                .child(102, "consumer", 100).handle(102, "queue-1", "fork")
                .put(101, "queue-1", "'job 1'", 1).put(100, "queue-1", "'job 2'", 2).put(101, "queue-1", "'job 3'", 3)
                .block(101, "queue-1", "put()").exit(102, "terminated (SIGTERM)").close(102, "queue-1", "exit");
        show(log.queues());
        Node queue = byId(view, "queue-queue-1");
        assertTrue(has(queue, "full"));
        assertEquals(List.of("'job 1'", "'job 2'", "'job 3'"), texts(queue, "item-chip"));
        assertTrue(has(byId(view, "putter-queue-1-101"), "blocked"));
        assertTrue(has(byId(view, "holder-queue-1-102"), "closed"));
        UiSnapshots.save(view, "queue-view-full-bounded");
    }

    /** A JoinableQueue with three tasks put, one taken and marked done, the main process in join(). */
    private static IpcEvents joinableWithJoiner() {
        return IpcEvents.log().main(100).joinableQueue(100, "queue-1")
                .child(101, "worker", 100).handle(101, "queue-1", "fork")
                .put(100, "queue-1", "'task 1'", 1).put(100, "queue-1", "'task 2'", 2).put(100, "queue-1", "'task 3'", 3)
                .get(101, "queue-1", "'task 1'", 1).taskDone(101, "queue-1", 2).block(100, "queue-1", "join()");
    }

    @Test
    void joinableQueue_showsUnfinishedCountAndTheProcessInJoin() {
        show(joinableWithJoiner().queues());
        Node queue = byId(view, "queue-queue-1");
        assertEquals(List.of("JoinableQueue"), texts(queue, "queue-type"));
        Node unfinished = byId(view, "unfinished-queue-1");
        assertEquals(List.of("2"), texts(unfinished, "unfinished-count"));
        assertEquals(List.of("unfinished: 2 items put and not yet marked done with task_done(); join() waits for them"),
                texts(unfinished, "unfinished-text"));
        assertEquals(List.of("1 task_done()"), texts(unfinished, "tasks-done"));
        assertFalse(has(unfinished, "done"));
        assertTrue(has(byId(view, "joiner-queue-1-100"), "blocked"));
        assertTrue(UiSnapshots.onFx(() -> view.lookup("#getter-queue-1-100") == null), "join() is not drawn as a get()");
        UiSnapshots.save(view, "queue-view-joinable-join-waits");
    }

    @Test
    void joinableQueue_everyTaskDone_joinReturns_inChinese() {
        UiSnapshots.onFx(() -> {
            view.setLocale(I18n.CHINESE);
            return null;
        });
        show(joinableWithJoiner().get(101, "queue-1", "'task 2'", 2).taskDone(101, "queue-1", 1)
                .get(101, "queue-1", "'task 3'", 3).taskDone(101, "queue-1", 0)
                .add(100, EventKind.QUEUE_JOIN, "queue-1", null, Event.NO_NUM).queues());
        Node unfinished = byId(view, "unfinished-queue-1");
        assertTrue(has(unfinished, "done"));
        assertEquals(List.of("0"), texts(unfinished, "unfinished-count"));
        assertEquals(List.of("未完成：没有，所以 join() 立即返回"), texts(unfinished, "unfinished-text"));
        assertTrue(UiSnapshots.onFx(() -> view.lookup("#joiner-queue-1-100") == null), "join() returned");
        UiSnapshots.save(view, "queue-view-joinable-done-zh");
    }

    @Test
    void plainQueue_hasNoUnfinishedRow() {
        show(IpcEvents.log().main(100).queue(100, "queue-1", 0).put(100, "queue-1", "1", 1).queues());
        assertTrue(UiSnapshots.onFx(() -> view.lookup("#unfinished-queue-1") == null));
        assertTrue(texts(byId(view, "queue-queue-1"), "queue-type").isEmpty());
    }

    @Test
    void noQueues_showsPlaceholder() {
        show(QueuesModel.Snapshot.EMPTY);
        assertNotNull(UiSnapshots.onFx(() -> view.lookup(".placeholder")));
        assertTrue(texts(view, "placeholder").get(0).startsWith("No queue yet"));
    }
}
