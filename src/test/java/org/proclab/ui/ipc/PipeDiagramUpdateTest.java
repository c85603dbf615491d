package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.ipc.ViewTests.has;
import static org.proclab.ui.ipc.ViewTests.texts;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.trace.Event;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A pipe's panel is built once and updated in place: a new record of the same pipe keeps its nodes (the
 * panel, a lane, a handle, the message chips) and shows the new record's facts; a language change
 * or a new pipe still draws right. No robot: the snapshots are set as the run's fold publishes them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PipeDiagramUpdateTest {
    private final SimpleObjectProperty<PipesModel.Snapshot> source = new SimpleObjectProperty<>(PipesModel.Snapshot.EMPTY);
    private final PipesModel fold = new PipesModel();
    private PipeDiagram view;

    @Start
    void start(Stage stage) {
        view = new PipeDiagram(source);
        view.setLocale(I18n.ENGLISH);
        stage.setScene(new Scene(view));
        stage.show();
    }

    /** Folds the events one by one, as a run does, and publishes the state after them. */
    private void publish(IpcEvents log, int from) {
        List<Event> events = log.list();
        for (int i = from; i < events.size(); i++) {
            fold.apply(events.get(i));
        }
        PipesModel.Snapshot s = fold.snapshot();
        UiSnapshots.onFx(() -> {
            source.set(s);
            view.applyCss();
            view.layout();
            return null;
        });
    }

    private Node node(String id) {
        return UiSnapshots.onFx(() -> view.lookup("#" + id));
    }

    /** The message chips of a track, in scene-graph order. */
    private static List<Label> chips(Node track) {
        return UiSnapshots.onFx(() -> track.lookupAll(".message-chip").stream().map(Label.class::cast).toList());
    }

    private static IpcEvents twoProcesses() {
        return IpcEvents.log().main(100).pipe(100, "pipe-1", true).child(101, "reader", 100)
                .handle(101, "pipe-1:0", "fork").handle(101, "pipe-1:1", "fork");
    }

    @Test
    void update_keepsTheNodes_andShowsTheNewFacts_whenThePipesRecordChanges() {
        IpcEvents log = twoProcesses().send(100, "pipe-1:1", "'a'", 1);
        publish(log, 0);
        Node panel = node("pipe-pipe-1");
        Node lane = node("lane-pipe-1-101");
        Node mainWrite = node("handle-pipe-1-1-100");
        Node firstChip = chips(node("track-pipe-1-to-0")).get(0);
        assertTrue(has(mainWrite, "open"));
        assertEquals(List.of("4 handles, 4 open"), texts(panel, "pipe-summary"));

        int before = log.size();
        log.send(100, "pipe-1:1", "'b'", 2).send(100, "pipe-1:1", "'c'", 3).close(100, "pipe-1:0", "close");
        publish(log, before);
        assertSame(panel, node("pipe-pipe-1"), "the panel is updated, not drawn anew");
        assertSame(lane, node("lane-pipe-1-101"));
        assertSame(firstChip, chips(node("track-pipe-1-to-0")).get(0), "the chips stay; new messages get new ones");
        assertEquals(List.of("'a'", "'b'", "'c'"), texts(node("track-pipe-1-to-0"), "message-chip"));
        assertEquals(List.of("message #1", "message #2", "message #3"), chips(node("track-pipe-1-to-0")).stream()
                .map(c -> c.getTooltip().getText().substring(0, c.getTooltip().getText().indexOf(':'))).toList());
        assertEquals(List.of("4 handles, 3 open"), texts(panel, "pipe-summary"));
        Node mainRead = node("handle-pipe-1-0-100");
        assertTrue(has(mainRead, "closed"));
        assertFalse(has(mainRead, "open"));
        assertEquals(List.of("closed"), texts(mainRead, "handle-state"));
        assertTrue(UiSnapshots.onFx(() -> mainRead.lookup(".strike").isVisible()), "a closed end is drawn struck out");
        assertFalse(UiSnapshots.onFx(() -> ((Line) mainWrite.lookup(".strike")).isVisible()), "an open one is not");
        assertEquals(List.of("closed by close()"), texts(mainRead.getParent(), "handle-caption"));

        before = log.size();
        log.recv(101, "pipe-1:0", "'a'", 1);
        publish(log, before);
        assertEquals(List.of("'b'", "'c'"), texts(node("track-pipe-1-to-0"), "message-chip"), "a received message goes");
        assertSame(firstChip, chips(node("track-pipe-1-to-0")).get(0), "its chip now shows the next message");
        assertTrue(chips(node("track-pipe-1-to-0")).get(0).getTooltip().getText().startsWith("message #2: 'b'"));
        assertSame(panel, node("pipe-pipe-1"));
    }

    @Test
    void update_addsAndRemovesBadges_asTheReaderBlocksAndGetsAMessage() {
        IpcEvents log = twoProcesses().block(101, "pipe-1:0", "recv()");
        publish(log, 0);
        Node reader = node("handle-pipe-1-0-101");
        assertTrue(has(reader, "blocked"));
        assertEquals(List.of("recv() blocked"), texts(reader.getParent(), "blocked-badge"));
        assertTrue(UiSnapshots.onFx(() -> reader.lookup(".hourglass").isVisible()));

        int before = log.size();
        log.send(100, "pipe-1:1", "'x'", 1).recv(101, "pipe-1:0", "'x'", 1);
        publish(log, before);
        assertSame(reader, node("handle-pipe-1-0-101"));
        assertFalse(has(reader, "blocked"));
        assertTrue(texts(reader.getParent(), "badge").isEmpty(), "no badge once recv() returned");
        assertFalse(UiSnapshots.onFx(() -> reader.lookup(".hourglass").isVisible()));
        assertEquals(List.of("empty"), texts(node("track-pipe-1-to-0"), "track-empty"));
    }

    @Test
    void update_manyMessages_drawsABoundedNumberOfChips_andCountsTheRest() {
        IpcEvents log = twoProcesses();
        for (int i = 1; i <= 10_000; i++) {
            log.send(100, "pipe-1:1", "m" + i, i);
        }
        publish(log, 0);
        Node track = node("track-pipe-1-to-0");
        List<Label> chips = chips(track);
        assertEquals(List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"), texts(track, "message-chip"));
        assertEquals(List.of("+9,992 more"), texts(track, "more-chips"));

        int before = log.size();
        for (int i = 1; i <= 5; i++) {
            log.recv(101, "pipe-1:0", "m" + i, i);
        }
        publish(log, before);
        assertSame(track, node("track-pipe-1-to-0"));
        assertEquals(chips, chips(track), "a flood moves the texts along, not the chips");
        assertEquals(List.of("m6", "m7", "m8", "m9", "m10", "m11", "m12", "m13"), texts(track, "message-chip"));
        assertEquals(List.of("+9,987 more"), texts(track, "more-chips"));
    }

    @Test
    void update_aNewProcessGetsALane_andANewPipeAPanel_theOthersStay() {
        IpcEvents log = twoProcesses();
        publish(log, 0);
        Node panel = node("pipe-pipe-1");
        Node mainLane = node("lane-pipe-1-100");
        assertNull(node("lane-pipe-1-102"));

        int before = log.size();
        log.child(102, "writer", 100).handle(102, "pipe-1:1", "fork").pipe(100, "pipe-2", false)
                .close(101, "pipe-1:0", "exit").close(101, "pipe-1:1", "exit").exit(101, "exit code 0");
        publish(log, before);
        assertSame(panel, node("pipe-pipe-1"));
        assertSame(mainLane, node("lane-pipe-1-100"));
        assertNotNull(node("lane-pipe-1-102"), "the new process's lane");
        assertEquals(List.of("no handle"), texts(node("lane-pipe-1-102").getParent(), "no-handle"));
        assertTrue(has(node("lane-pipe-1-101"), "ended"));
        assertNotNull(node("pipe-pipe-2"), "the new pipe's panel");
        assertEquals(List.of("pipe-1", "pipe-2"), texts(view, "pipe-title"));
        assertEquals(List.of("5 handles, 3 open"), texts(panel, "pipe-summary"), "the ended reader's handles closed");
        assertEquals(List.of("closed: process ended"), texts(node("handle-pipe-1-0-101").getParent(), "handle-caption"));
    }

    @Test
    void languageChange_drawsThePanelAnew_inTheNewLanguage_withTheSameFacts() {
        IpcEvents log = twoProcesses().send(100, "pipe-1:1", "'a'", 1).close(100, "pipe-1:0", "close");
        publish(log, 0);
        Node panel = node("pipe-pipe-1");
        UiSnapshots.onFx(() -> {
            view.setLocale(I18n.CHINESE);
            return null;
        });
        Node zh = node("pipe-pipe-1");
        assertNotSame(panel, zh);
        assertEquals(List.of(I18n.text(I18n.bundle(I18n.CHINESE), "pipe.summary", 4, 3)), texts(zh, "pipe-summary"));
        assertFalse(texts(zh, "pipe-summary").contains("4 handles, 3 open"));
        assertEquals(List.of(I18n.text(I18n.bundle(I18n.CHINESE), "handle.closed")),
                texts(node("handle-pipe-1-0-100"), "handle-state"));
        assertEquals(List.of("'a'"), texts(node("track-pipe-1-to-0"), "message-chip"));
    }
}
