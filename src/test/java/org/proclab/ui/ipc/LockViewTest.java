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

/** What the lock view draws at moments of lesson 4's recorded run, and for a holder that died. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LockViewTest {
    private final SimpleObjectProperty<LocksModel.Snapshot> source = new SimpleObjectProperty<>(LocksModel.Snapshot.EMPTY);
    private LockView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new LockView(source);
        view.setLocale(I18n.ENGLISH);
        stage.setScene(new Scene(view));
        stage.show();
    }

    private void show(LocksModel.Snapshot s) {
        UiSnapshots.onFx(() -> {
            source.set(s);
            ViewTests.fit(stage);
            return null;
        });
    }

    @Test
    void held_withAWaiter_inTheLessonRun() {
        List<Event> events = Traces.load(Traces.LOCK_VALUE);
        long p1 = Traces.pidOf(events, "Process-1");
        long p2 = Traces.pidOf(events, "Process-2");
        show(LocksModel.foldOf(events, Traces.through(events, Traces.is(EventKind.BLOCK, "lock-1"))).snapshot());
        Node lock = byId(view, "lock-lock-1");
        assertTrue(has(lock, "held"));
        assertFalse(has(lock, "free"));
        assertFalse(has(lock, "held-by-dead"));
        assertEquals(List.of("held by Process-1 (pid " + p1 + ")"), texts(lock, "holder-text"));
        assertTrue(has(byId(view, "waiter-lock-1-" + p2), "blocked"));
        assertTrue(has(byId(view, "lock-value-1-lock"), "free"), "the value's own lock is never used here");
        UiSnapshots.save(view, "lock-view-held-with-waiter");
    }

    @Test
    void holderEnded_isHeldByDead() {
        show(IpcEvents.log().main(100).lock(100, "lock-1").child(101, "careless", 100).handle(101, "lock-1", "fork")
                .child(102, "patient", 100).handle(102, "lock-1", "fork")
                .acquire(101, "lock-1").block(102, "lock-1", "acquire()").exit(101, "returned").close(101, "lock-1", "exit")
                .locks());
        Node lock = byId(view, "lock-lock-1");
        assertTrue(has(lock, "held"));
        assertTrue(has(lock, "held-by-dead"));
        assertEquals(List.of("held by careless (pid 101), which has ended"), texts(lock, "holder-text"));
        assertTrue(has(byId(view, "waiter-lock-1-102"), "blocked"));
        UiSnapshots.save(view, "lock-view-held-by-dead");
    }

    @Test
    void abbaDeadlock_waitersAreStuck() {
        show(IpcEvents.log().main(100).lock(100, "lock-1").lock(100, "lock-2")
                .child(101, "takes-a-then-b", 100).child(102, "takes-b-then-a", 100)
                .acquire(101, "lock-1").acquire(102, "lock-2")
                .block(101, "lock-2", "acquire()").block(102, "lock-1", "acquire()")
                .deadlock("101,102", "no process can go on").locks());
        assertTrue(has(byId(view, "waiter-lock-2-101"), "stuck"));
        assertTrue(has(byId(view, "waiter-lock-1-102"), "stuck"));
        UiSnapshots.save(view, "lock-view-abba-deadlock");
    }
}
