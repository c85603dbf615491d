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
import javafx.scene.control.ScrollPane;
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

/** What the value view draws for lesson 4's recorded runs, with and without the lock. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ValueViewTest {
    private final SimpleObjectProperty<ValuesModel.Snapshot> source = new SimpleObjectProperty<>(ValuesModel.Snapshot.EMPTY);
    private ValueView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new ValueView(source);
        view.setLocale(I18n.ENGLISH);
        stage.setScene(new Scene(view));
        stage.show();
    }

    private void show(ValuesModel.Snapshot s) {
        UiSnapshots.onFx(() -> {
            source.set(s);
            ViewTests.fit(stage);
            return null;
        });
    }

    @Test
    void lostUpdate_firstWriteStruckOut_secondMarkedStale() {
        List<Event> events = Traces.load(Traces.NO_LOCK_STEPPED);
        long p2 = Traces.pidOf(events, "Process-2");
        int n = Traces.through(events, e -> e.kind() == EventKind.VALUE_SET && e.pid() == p2);
        ValuesModel.Snapshot s = ValuesModel.foldOf(events, n).snapshot();
        show(s);
        ValuesModel.Value v = s.value("value-1");
        ValuesModel.Access lost = v.history().stream().filter(ValuesModel.Access::lost).findFirst().orElseThrow();
        ValuesModel.Access stale = v.history().stream().filter(a -> a.write() && a.stale()).findFirst().orElseThrow();

        assertEquals(List.of("3"), texts(view, "current-value"));
        Node lostRow = ViewTests.accessRow(view, lost.seq());
        assertTrue(has(lostRow, "lost"));
        assertTrue(has(lostRow, "write"));
        assertEquals(List.of("LOST: overwritten at #" + stale.seq()), texts(lostRow, "lost-tag"));
        Node staleRow = ViewTests.accessRow(view, stale.seq());
        assertTrue(has(staleRow, "stale"));
        assertEquals(List.of("stale read: overwrote #" + lost.seq()), texts(staleRow, "stale-tag"));
        assertEquals(List.of("1 lost update"), texts(view, "lost-count"));
        UiSnapshots.save(view, "value-view-lost-update");
    }

    @Test
    void noLockRun_atTheEnd_newestAccessInView_lossesCounted() {
        List<Event> events = Traces.load(Traces.NO_LOCK_STEPPED);
        show(ValuesModel.foldOf(events, events.size()).snapshot());
        assertEquals(List.of("13"), texts(view, "current-value"));
        assertEquals(List.of("5 lost updates"), texts(view, "lost-count"));
        ScrollPane scroll = UiSnapshots.onFx(() -> (ScrollPane) view.lookup(".history-scroll"));
        assertEquals(scroll.getVmax(), UiSnapshots.onFx(scroll::getVvalue), 1e-9, "scrolled to the newest");
        UiSnapshots.save(view, "value-view-no-lock-end");
    }

    @Test
    void lockedRun_noUpdateLost() {
        List<Event> events = Traces.load(Traces.LOCK_VALUE);
        show(ValuesModel.foldOf(events, events.size()).snapshot());
        assertEquals(List.of("20"), texts(view, "current-value"));
        assertEquals(List.of("no lost update"), texts(view, "lost-count"));
        assertFalse(UiSnapshots.onFx(() -> view.lookupAll(".access").stream().anyMatch(n -> has(n, "lost"))));
        UiSnapshots.save(view, "value-view-locked-end");
    }
}
