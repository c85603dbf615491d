package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.ipc.ViewTests.byId;
import static org.proclab.ui.ipc.ViewTests.has;
import static org.proclab.ui.ipc.ViewTests.texts;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
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

/** What the manager view draws: the manager process with its shared objects, the calls in flight and the answers. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ManagerViewTest {
    private final SimpleObjectProperty<ManagersModel.Snapshot> source = new SimpleObjectProperty<>(ManagersModel.Snapshot.EMPTY);
    private ManagerView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new ManagerView(source);
        view.setLocale(I18n.ENGLISH);
        stage.setScene(new Scene(view, 720, 300));
        stage.show();
    }

    private void show(IpcEvents log, java.util.Locale locale, String highlighted) {
        ManagersModel m = new ManagersModel();
        log.list().forEach(m::apply);
        UiSnapshots.onFx(() -> {
            view.setLocale(locale);
            view.setHighlightedObject(highlighted);
            source.set(m.snapshot());
            ViewTests.fit(stage);
            return null;
        });
    }

    @Test
    void busy_theManagerProcessItsObjectsAndEachCallOnItsWayOrServed() {
        show(ManagerRun.busy(), I18n.ENGLISH, null);
        assertEquals(List.of("SyncManager-1"), texts(byId(view, "server-manager-1"), "server-name"));
        assertEquals(List.of("pid 101, child of MainProcess"), texts(byId(view, "server-manager-1"), "server-pid"));
        assertEquals(List.of("serving"), texts(byId(view, "manager-manager-1"), "manager-state"));
        assertEquals(List.of("dict-1", "list-1"), texts(byId(view, "server-manager-1"), "proxy-name"));
        assertEquals(List.of("3 calls", "2 calls"), texts(byId(view, "server-manager-1"), "proxy-calls"));
        // a's read is being served; b's write is on its way, each drawn with its caller waiting
        assertTrue(has(byId(view, "call-6"), "serving"));
        assertFalse(has(byId(view, "call-7"), "serving"));
        assertEquals(List.of("dict-1.get('count')"), texts(byId(view, "call-6"), "call-text"));
        assertEquals(List.of("child-a"), texts(byId(view, "call-6"), "waiter-name"));
        assertEquals(List.of("being served"), texts(byId(view, "call-6"), "call-phase"));
        assertEquals(List.of("on its way to the manager"), texts(byId(view, "call-7"), "call-phase"));
        assertEquals(List.of("\u2192 None"), texts(byId(view, "answered-5"), "call-result"));
        UiSnapshots.save(view, "manager-view-busy");
    }

    @Test
    void chosenProxy_highlightsItsRowAndItsCalls() {
        show(ManagerRun.busy(), I18n.ENGLISH, "list-1");
        assertTrue(has(byId(view, "proxy-list-1"), "highlighted"));
        assertFalse(has(byId(view, "proxy-dict-1"), "highlighted"));
        assertTrue(has(byId(view, "answered-5"), "highlighted"));
        assertFalse(has(byId(view, "call-6"), "highlighted"));
    }

    @Test
    void shutDown_inChinese_theFailedCallSaysWhy() {
        IpcEvents log = ManagerRun.busy();
        log.add(100, EventKind.MANAGER_STATE, "manager-1", "shutdown", Event.NO_NUM);
        ManagerRun.answer(log, 102, "dict-1", "0", 6);
        ManagerRun.answer(log, 103, "dict-1", "failed: manager-1 has been shut down: its shared objects are gone", 7);
        show(log, I18n.CHINESE, null);
        assertTrue(has(byId(view, "manager-manager-1"), "down"));
        assertEquals(List.of("已关闭"), texts(byId(view, "manager-manager-1"), "manager-state"));
        assertTrue(has(byId(view, "answered-7"), "failed"));
        assertEquals(List.of("\u2192 失败：管理器已关闭"), texts(byId(view, "answered-7"), "call-result"));
        assertEquals(List.of("无：没有进程在等管理器"), texts(byId(view, "manager-manager-1"), "no-calls"));
        UiSnapshots.save(view, "manager-view-shut-down-zh");
    }

    @Test
    void nothingYet_placeholderSaysWhatWillAppear() {
        show(IpcEvents.log().main(100), I18n.ENGLISH, null);
        assertTrue(texts(view, "placeholder").get(0).startsWith("No manager yet."));
    }
}
