package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.trace.Event;
import org.proclab.ui.AppWindow;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;

/**
 * The main window's views of a JoinableQueue, a shared Array and the sync objects, fed the recorded run of
 * programs.sync.SharedStateTour: two workers square six jobs into an Array under a Semaphore, the main process
 * waits in the queue's join().
 */
@Tag("ui")
class SharedStateViewsTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    /** The recorded run up to worker-2 blocking in the semaphore's acquire(): four jobs done, a[4] just written. */
    private List<Event> midRun() {
        List<Event> events = TraceFixtures.load(TraceFixtures.SHARED_STATE_TOUR);
        long worker2 = TraceFixtures.pidOf(events, "worker-2");
        int count = TraceFixtures.through(events, e -> e.kind() == org.proclab.trace.EventKind.BLOCK
                && e.pid() == worker2 && "semaphore-1".equals(e.obj()));
        List<Event> shown = events.subList(0, count);
        UiSnapshots.onFx(() -> {
            vm.runModel().replay(new java.util.ArrayList<>(shown));
            return null;
        });
        return events;
    }

    private void show(CentreView view) {
        UiSnapshots.onFx(() -> {
            window.show(view);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return null;
        });
        UiSnapshots.afterPulses(2);
    }

    private List<String> texts(String under, String styleClass) {
        return UiSnapshots.onFx(() -> scene.lookup(under).lookupAll("." + styleClass).stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).collect(Collectors.toList()));
    }

    private boolean has(String id, String pseudoClass) {
        Node n = UiSnapshots.onFx(() -> scene.lookup(id));
        return n != null && n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void locksAndValues_drawTheArraysLastWritersAndTheSyncObjects() {
        List<Event> events = midRun();
        show(CentreView.LOCKS_AND_VALUES);
        assertEquals(List.of("0", "1", "4", "9", "16", "0"), texts("#array-array-1", "cell-value"));
        assertEquals(List.of("worker-2", "worker-1", "worker-2", "worker-2", "worker-1", "not written"),
                texts("#array-array-1", "cell-writer"));
        assertTrue(has("#cell-array-1-4", "newest"), "a[4] was written last");
        assertEquals(List.of("set: wait() returns at once"), texts("#sync-event-1", "sync-state"));
        assertEquals(List.of("worker-2"), texts("#sync-semaphore-1", "waiter-name"));
        assertTrue(has("#waiter-semaphore-1-" + TraceFixtures.pidOf(events, "worker-2"), "blocked"));
        assertEquals(List.of("0 of 3 parties waiting; passed 0 times"), texts("#sync-barrier-1", "sync-state"));
        UiSnapshots.save(scene, "main-window-array-and-sync");

        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        show(CentreView.LOCKS_AND_VALUES);
        assertEquals("尚未写入", texts("#array-array-1", "cell-writer").get(5));
        UiSnapshots.save(scene, "main-window-array-and-sync-zh");
    }

    @Test
    void pipesAndQueues_drawTheJoinableQueuesUnfinishedCountAndTheMainProcessInJoin() {
        List<Event> events = midRun();
        show(CentreView.PIPES_AND_QUEUES);
        assertEquals(List.of("2"), texts("#unfinished-queue-1", "unfinished-count"));
        assertTrue(has("#joiner-queue-1-" + TraceFixtures.pidOf(events, "MainProcess"), "blocked"));
        UiSnapshots.save(scene, "main-window-joinable-queue");

        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        show(CentreView.PIPES_AND_QUEUES);
        assertTrue(texts("#unfinished-queue-1", "unfinished-text").get(0).startsWith("未完成：2 个"));
        UiSnapshots.save(scene, "main-window-joinable-queue-zh");
    }
}
