package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** What the view of events, semaphores, conditions and barriers draws, in English and in Chinese. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SyncViewTest {
    private final SimpleObjectProperty<SyncModel.Snapshot> source = new SimpleObjectProperty<>(SyncModel.Snapshot.EMPTY);
    private SyncView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new SyncView(source);
        view.setLocale(I18n.ENGLISH);
        stage.setScene(new Scene(view));
        stage.show();
    }

    private void show(SyncModel.Snapshot s, java.util.Locale locale) {
        UiSnapshots.onFx(() -> {
            view.setLocale(locale);
            source.set(s);
            ViewTests.fit(stage);
            return null;
        });
    }

    /** One of each: an event set, a semaphore at 0 with a waiter, a condition with two waiters, a barrier half full. */
    private static IpcEvents oneOfEach() {
        return IpcEvents.log().main(100).child(101, "worker-1", 100).child(102, "worker-2", 100)
                .add(100, EventKind.EVENT_NEW, "event-1", null, Event.NO_NUM)
                .add(100, EventKind.EVENT_SET, "event-1", null, 0)
                .add(100, EventKind.SEMAPHORE_NEW, "semaphore-1", "bounded", 1)
                .add(101, EventKind.ACQUIRE, "semaphore-1", null, 0).block(102, "semaphore-1", "acquire()")
                .lock(100, "rlock-1").add(100, EventKind.CONDITION_NEW, "condition-1", "rlock-1", Event.NO_NUM)
                .block(101, "condition-1", "wait()").block(100, "condition-1", "wait()")
                .add(100, EventKind.BARRIER_NEW, "barrier-1", null, 3).block(102, "barrier-1", "wait()");
    }

    @Test
    void oneOfEach_statesAndWaitersInEnglish() {
        show(oneOfEach().sync(), I18n.ENGLISH);
        assertTrue(has(byId(view, "sync-event-1"), "up"));
        assertEquals(List.of("set: wait() returns at once"), texts(byId(view, "sync-event-1"), "sync-state"));
        assertFalse(has(byId(view, "sync-semaphore-1"), "up"));
        assertEquals(List.of("value 0 of at most 1 (bounded): acquire() waits while it is 0"),
                texts(byId(view, "sync-semaphore-1"), "sync-state"));
        assertEquals(List.of("worker-2"), texts(byId(view, "sync-semaphore-1"), "waiter-name"));
        assertEquals(List.of("over rlock-1; notify() has woken 0 so far"), texts(byId(view, "sync-condition-1"), "sync-state"));
        assertEquals(List.of("worker-1", "MainProcess"), texts(byId(view, "sync-condition-1"), "waiter-name"));
        assertEquals(List.of("1 of 3 parties waiting; passed 0 times"), texts(byId(view, "sync-barrier-1"), "sync-state"));
        UiSnapshots.save(view, "sync-view-one-of-each");
    }

    @Test
    void brokenBarrierAndStuckWaiter_inChinese() {
        show(oneOfEach().add(100, EventKind.BARRIER_ABORT, "barrier-1", null, Event.NO_NUM)
                .deadlock("101,100", "nobody can notify condition-1").sync(), I18n.CHINESE);
        assertTrue(has(byId(view, "sync-barrier-1"), "broken"));
        assertTrue(has(byId(view, "waiter-condition-1-101"), "stuck"));
        assertEquals(List.of("基于 rlock-1；notify() 至今已唤醒 0 个进程"), texts(byId(view, "sync-condition-1"), "sync-state"));
        UiSnapshots.save(view, "sync-view-broken-stuck-zh");
    }

    @Test
    void everyObject_drawnAsTheSharedIpcCardWithHourglassWaitersAndHighlight() {
        show(oneOfEach().sync(), I18n.ENGLISH);
        for (String id : List.of("event-1", "semaphore-1", "condition-1", "barrier-1")) {
            assertTrue(byId(view, "sync-" + id).getStyleClass().contains("ipc-panel"), id + " is an ipc-panel card");
        }
        Node waiter = byId(view, "waiter-semaphore-1-102");
        assertTrue(has(waiter, "blocked"));
        assertEquals(1, UiSnapshots.onFx(() -> waiter.lookupAll(".hourglass").size()), "a waiter shows an hourglass");
        UiSnapshots.onFx(() -> {
            view.setHighlightedObject("barrier-1");
            return null;
        });
        assertTrue(has(byId(view, "sync-barrier-1"), "highlighted"));
        assertFalse(has(byId(view, "sync-event-1"), "highlighted"));
    }

    @Test
    void oneObjectChanges_itsPanelIsUpdatedInPlace_theOthersAreKept() {
        List<Event> events = oneOfEach().add(100, EventKind.EVENT_CLEAR, "event-1", null, Event.NO_NUM).list();
        SyncModel model = new SyncModel();
        events.subList(0, events.size() - 1).forEach(model::apply);
        show(model.snapshot(), I18n.ENGLISH);
        Node event = byId(view, "sync-event-1");
        Node semaphore = byId(view, "sync-semaphore-1");
        model.apply(events.get(events.size() - 1));
        show(model.snapshot(), I18n.ENGLISH);
        assertEquals(List.of("not set: wait() waits until some process calls set()"),
                texts(byId(view, "sync-event-1"), "sync-state"));
        assertTrue(event == byId(view, "sync-event-1"), "the changed event's panel is updated in place");
        assertTrue(semaphore == byId(view, "sync-semaphore-1"), "the semaphore, unchanged, keeps its panel");
    }

    @Test
    void nothingYet_placeholderSaysWhatWillAppear() {
        show(SyncModel.Snapshot.EMPTY, I18n.ENGLISH);
        assertTrue(texts(view, "placeholder").get(0).startsWith("No event, semaphore, condition or barrier yet."));
    }
}
