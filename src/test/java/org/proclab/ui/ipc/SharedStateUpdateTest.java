package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.ipc.ViewTests.has;
import static org.proclab.ui.ipc.ViewTests.texts;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
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
 * The queue, value and lock panels are built once and updated in place: a new record of the same object keeps
 * the panel and the nodes of what lasts (an item still queued, an access already drawn) and shows the new facts.
 * No robot: the snapshots are set as a run's folds publish them, folded event by event.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SharedStateUpdateTest {
    private final QueuesModel queues = new QueuesModel();
    private final ValuesModel values = new ValuesModel();
    private final LocksModel locks = new LocksModel();
    private QueueView queueView;
    private ValueView valueView;
    private LockView lockView;
    private final IpcEvents log = IpcEvents.log().main(100).child(101, "worker", 100);
    private int folded;

    @Start
    void start(Stage stage) {
        queueView = new QueueView();
        valueView = new ValueView();
        lockView = new LockView();
        for (var v : List.of(queueView, valueView, lockView)) {
            v.setLocale(I18n.ENGLISH);
        }
        stage.setScene(new Scene(new VBox(queueView, valueView, lockView), 900, 900));
        stage.show();
    }

    /** Folds the events logged since the last publication, one by one as a run does, and shows the new state. */
    private void publish() {
        List<Event> events = log.list();
        for (; folded < events.size(); folded++) {
            queues.apply(events.get(folded));
            values.apply(events.get(folded));
            locks.apply(events.get(folded));
        }
        QueuesModel.Snapshot q = queues.snapshot();
        ValuesModel.Snapshot v = values.snapshot();
        LocksModel.Snapshot l = locks.snapshot();
        UiSnapshots.onFx(() -> {
            queueView.setState(q);
            valueView.setState(v);
            lockView.setState(l);
            queueView.getScene().getRoot().applyCss();
            queueView.getScene().getRoot().layout();
            return null;
        });
    }

    private Node node(Node in, String id) {
        return UiSnapshots.onFx(() -> in.lookup("#" + id));
    }

    @Test
    void queue_keepsItsPanelAndItsChips_andShowsTheNewItemsAndCounts() {
        log.queue(100, "queue-1", 0).put(100, "queue-1", "'a'", 1).put(100, "queue-1", "'b'", 2);
        publish();
        Node panel = node(queueView, "queue-queue-1");
        List<Node> chips = UiSnapshots.onFx(() -> List.copyOf(panel.lookupAll(".item-chip")));
        assertEquals(2, chips.size());

        log.get(101, "queue-1", "'a'", 1).put(100, "queue-1", "'c'", 3);
        publish();
        assertSame(panel, node(queueView, "queue-queue-1"), "the panel is updated, not drawn anew");
        assertEquals(chips, UiSnapshots.onFx(() -> List.copyOf(panel.lookupAll(".item-chip"))),
                "the chips stay; their texts move along");
        assertEquals(List.of("'b'", "'c'"), texts(panel, "item-chip"), "the item got is gone, the new one is last");
        assertEquals(List.of("3 put \u00b7 1 got"), texts(panel, "queue-counts"));
        assertEquals(List.of("last get: worker took 'a'"), texts(panel, "last-get"));
    }

    @Test
    void queue_tenThousandItems_aBoundedNumberOfChips_andTheRestCounted() {
        log.queue(100, "queue-1", 0);
        for (int i = 1; i <= 10_000; i++) {
            log.put(100, "queue-1", "item " + i, i);
        }
        publish();
        Node panel = node(queueView, "queue-queue-1");
        assertEquals(10, texts(panel, "item-chip").size());
        assertEquals(List.of("+9,990 more"), texts(panel, "more-chips"));

        log.get(101, "queue-1", "item 1", 1);
        publish();
        assertSame(panel, node(queueView, "queue-queue-1"));
        assertEquals("item 2", texts(panel, "item-chip").get(0));
        assertEquals(List.of("+9,989 more"), texts(panel, "more-chips"));
    }

    @Test
    void value_keepsItsPanelAndTheRowsDrawn_andMarksALostWriteWhenItIsFound() {
        log.value(100, "value-1", "0").read(100, "value-1", "0").read(101, "value-1", "0");
        publish();
        Node panel = node(valueView, "value-value-1");
        Node firstRead = ViewTests.accessRow(valueView, log.size() - 2);
        assertNotNull(firstRead);

        log.write(100, "value-1", "1").write(101, "value-1", "1");
        publish();
        assertSame(panel, node(valueView, "value-value-1"));
        assertSame(firstRead, ViewTests.accessRow(valueView, log.size() - 4), "an unchanged row stays");
        assertEquals(List.of("1"), texts(panel, "current-value"));
        assertEquals(List.of("last written by worker"), texts(panel, "last-writer"));
        assertTrue(has(UiSnapshots.onFx(() -> panel.lookup(".lost-count")), "lost"), "one of the two writes was lost");
        assertEquals(1, texts(panel, "lost-tag").size(), "the lost write's row, drawn anew, says so");
    }

    @Test
    void lock_showsItsHolderAndFreesIt_inTheSamePanel_andALanguageChangeDrawsItAnew() {
        log.lock(100, "lock-1").acquire(101, "lock-1");
        publish();
        Node panel = node(lockView, "lock-lock-1");
        assertTrue(has(panel, "held"));
        assertEquals(List.of("held by worker (pid 101)"), texts(panel, "holder-text"));

        log.release(101, "lock-1");
        publish();
        assertSame(panel, node(lockView, "lock-lock-1"));
        assertTrue(has(panel, "free"));
        assertFalse(has(panel, "held"));
        assertEquals(List.of("free"), texts(panel, "holder-text"));
        assertEquals(List.of("acquired once"), texts(panel, "lock-counts"));

        UiSnapshots.onFx(() -> {
            lockView.setLocale(I18n.CHINESE);
            return null;
        });
        Node zh = node(lockView, "lock-lock-1");
        assertNotSame(panel, zh);
        assertEquals(List.of(I18n.text(I18n.bundle(I18n.CHINESE), "lock.free")), texts(zh, "holder-text"));
    }

    /** Drawn anew at every change, 100 processes reaching a lock or a barrier one by one made about 5,000 nodes. */
    @Test
    void lock_waitersComeAndGo_eachKeepsItsNodeWhileItWaits() {
        log.lock(100, "lock-1").acquire(101, "lock-1");
        for (long pid = 102; pid <= 105; pid++) {
            log.child(pid, "w" + pid, 100);
        }
        publish();
        List<Node> seen = new java.util.ArrayList<>();
        for (long pid = 102; pid <= 105; pid++) {
            log.block(pid, "lock-1", "acquire()");
            publish();
            seen.add(node(lockView, "waiter-lock-1-" + pid));
            for (int k = 0; k < seen.size(); k++) {
                assertSame(seen.get(k), node(lockView, "waiter-lock-1-" + (102 + k)), "waiter " + (102 + k) + " kept");
            }
        }
        log.release(101, "lock-1").acquire(102, "lock-1");
        publish();
        assertEquals(null, node(lockView, "waiter-lock-1-102"), "102 holds it now: no longer drawn waiting");
        for (int k = 1; k < seen.size(); k++) {
            assertSame(seen.get(k), node(lockView, "waiter-lock-1-" + (102 + k)));
        }
        assertEquals(List.of("w103", "w104", "w105"), texts(node(lockView, "lock-lock-1"), "waiter-name"));
    }

    /** As a lock's: children waiting one by one to get from an empty queue each keep their node while they wait. */
    @Test
    void queue_gettersComeAndGo_eachKeepsItsNodeWhileItWaits() {
        log.queue(100, "queue-1", 0);
        for (long pid = 102; pid <= 105; pid++) {
            log.child(pid, "w" + pid, 100);
        }
        publish();
        List<Node> seen = new java.util.ArrayList<>();
        for (long pid = 102; pid <= 105; pid++) {
            log.block(pid, "queue-1", "get()");
            publish();
            seen.add(node(queueView, "getter-queue-1-" + pid));
            assertNotNull(seen.get(seen.size() - 1), pid + " drawn waiting");
            for (int k = 0; k < seen.size(); k++) {
                assertSame(seen.get(k), node(queueView, "getter-queue-1-" + (102 + k)), "getter " + (102 + k) + " kept");
            }
        }
        log.put(100, "queue-1", "'a'", 1).get(102, "queue-1", "'a'", 1);
        publish();
        assertEquals(null, node(queueView, "getter-queue-1-102"), "102 got its item: no longer drawn waiting");
        for (int k = 1; k < seen.size(); k++) {
            assertSame(seen.get(k), node(queueView, "getter-queue-1-" + (102 + k)));
        }
        assertEquals(List.of("w103", "w104", "w105"), texts(node(queueView, "queue-queue-1"), "waiter-name"));
        log.put(100, "queue-1", "'b'", 2).get(103, "queue-1", "'b'", 2).put(100, "queue-1", "'c'", 3)
                .get(104, "queue-1", "'c'", 3).put(100, "queue-1", "'d'", 4).get(105, "queue-1", "'d'", 4);
        publish();
        assertEquals(null, UiSnapshots.onFx(() -> node(queueView, "queue-queue-1").lookup(".queue-waits")),
                "nobody waits: no row of waiters");
    }
}
