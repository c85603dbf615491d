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

    @Test
    void noQueues_showsPlaceholder() {
        show(QueuesModel.Snapshot.EMPTY);
        assertNotNull(UiSnapshots.onFx(() -> view.lookup(".placeholder")));
        assertTrue(texts(view, "placeholder").get(0).startsWith("No queue yet"));
    }
}
