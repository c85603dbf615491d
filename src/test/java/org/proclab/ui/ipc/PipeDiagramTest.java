package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the pipe diagram draws at moments of lesson 3's recorded runs. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PipeDiagramTest {
    private final SimpleObjectProperty<PipesModel.Snapshot> source = new SimpleObjectProperty<>(PipesModel.Snapshot.EMPTY);
    private PipeDiagram view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new PipeDiagram(source);
        view.setLocale(I18n.ENGLISH);
        stage.setScene(new Scene(view));
        stage.show();
    }

    /** Shows the pipes after the first {@code count} events of a trace, the window fitted to the diagram. */
    private List<Event> show(String trace, java.util.function.ToIntFunction<List<Event>> count) {
        List<Event> events = Traces.load(trace);
        PipesModel.Snapshot s = PipesModel.foldOf(events, count.applyAsInt(events)).snapshot();
        UiSnapshots.onFx(() -> {
            source.set(s);
            fit();
            return null;
        });
        return events;
    }

    /** The window fitted to the diagram, kept inside Monocle's headless screen. */
    private void fit() {
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
    }

    private Node node(String id) {
        Node n = UiSnapshots.onFx(() -> view.lookup("#" + id));
        assertNotNull(n, "no node #" + id);
        return n;
    }

    private Node handle(String end, long pid) {
        return node("handle-" + end.replace(':', '-') + "-" + pid);
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private Set<String> texts(Node in, String styleClass) {
        return UiSnapshots.onFx(() -> in.lookupAll("." + styleClass).stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    private static List<String> chipTexts(Node track) {
        return UiSnapshots.onFx(() -> ((Parent) track).lookupAll(".message-chip").stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void midRun_messagesInFlight_areChipsWithTheirText_inOrder() {
        List<Event> events = show(Traces.PIPE, ev -> Traces.through(ev, e -> e.kind() == EventKind.SEND && e.num() == 4));
        long main = Traces.pidOf(events, "MainProcess");
        long consumer = Traces.pidOf(events, "consumer");
        Node toEnd0 = node("track-pipe-1-to-0");
        assertEquals(List.of("1", "2", "3", "4"), chipTexts(toEnd0), "oldest first, nearest to end 0");
        assertTrue(chipTexts(node("track-pipe-1-to-1")).isEmpty());
        assertTrue(UiSnapshots.onFx(() -> ((Label) toEnd0.lookup(".message-chip")).getTooltip().getText())
                .startsWith("message #1: 1\nsent by MainProcess"), "the oldest chip tells which message it is");

        Node mainRead = handle("pipe-1:0", main);
        assertTrue(has(mainRead, "closed"));
        assertFalse(has(mainRead, "open"));
        assertEquals(Set.of("closed"), texts(mainRead, "handle-state"));
        assertTrue(has(handle("pipe-1:1", main), "open"));
        assertTrue(has(handle("pipe-1:0", consumer), "open"));
        assertTrue(has(handle("pipe-1:1", consumer), "open"));
        assertEquals("copy (fork)", UiSnapshots.onFx(() -> ((Label) handle("pipe-1:1", consumer).getParent()
                .lookup(".handle-caption")).getText()));
        UiSnapshots.save(view, "pipe-diagram-messages-in-flight");
    }

    @Test
    void blockedReader_hasBlockedPseudoClass_andSaysSo() {
        List<Event> events = show(Traces.PIPE_STEPPED, ev -> Traces.through(ev, Traces.kind(EventKind.BLOCK)));
        long consumer = Traces.pidOf(events, "consumer");
        long main = Traces.pidOf(events, "MainProcess");
        Node reader = handle("pipe-1:0", consumer);
        assertTrue(has(reader, "blocked"));
        assertTrue(has(reader, "open"));
        assertTrue(UiSnapshots.onFx(() -> reader.lookup(".hourglass").isVisible()));
        assertEquals(Set.of("recv() blocked"), texts(reader.getParent(), "blocked-badge"));
        assertFalse(has(handle("pipe-1:1", main), "blocked"));
        assertTrue(has(handle("pipe-1:1", consumer), "closed"), "the consumer closed its write end first");
        UiSnapshots.save(view, "pipe-diagram-blocked-reader");
    }

    @Test
    void end_fourHandlesClosed_withWhy_andEofAtTheReader() {
        List<Event> events = show(Traces.PIPE, List::size);
        long consumer = Traces.pidOf(events, "consumer");
        long main = Traces.pidOf(events, "MainProcess");
        for (String end : List.of("pipe-1:0", "pipe-1:1")) {
            for (long pid : List.of(main, consumer)) {
                assertTrue(has(handle(end, pid), "closed"), end + " of " + pid);
            }
        }
        Node reader = handle("pipe-1:0", consumer);
        assertTrue(has(reader, "eof"));
        assertEquals(Set.of("EOF"), texts(reader.getParent(), "eof-badge"));
        assertEquals(Set.of("closed: process ended"), texts(reader.getParent(), "handle-caption"));
        assertEquals(Set.of("closed by close()"), texts(handle("pipe-1:1", consumer).getParent(), "handle-caption"));
        assertTrue(has(node("lane-pipe-1-" + consumer), "ended"));
        assertEquals(Set.of("4 handles, 0 open"), texts(node("pipe-pipe-1"), "pipe-summary"));
        UiSnapshots.save(view, "pipe-diagram-end-eof");
    }

    @Test
    void deadlock_culpritWriteHandle_stuckReader_andWhoIsStuck() {
        List<Event> events = show(Traces.PIPE_FORGOT_CLOSE, ev -> Traces.through(ev, Traces.kind(EventKind.DEADLOCK)));
        long consumer = Traces.pidOf(events, "consumer");
        long main = Traces.pidOf(events, "MainProcess");
        Node own = handle("pipe-1:1", consumer);
        assertTrue(has(own, "culprit"));
        assertTrue(has(own, "open"));
        assertFalse(has(handle("pipe-1:1", main), "culprit"));
        Node reader = handle("pipe-1:0", consumer);
        assertTrue(has(reader, "blocked"));
        assertTrue(has(reader, "stuck"));
        assertFalse(has(reader, "eof"));
        assertEquals(Set.of("recv() can never return"), texts(reader.getParent(), "stuck-badge"));
        Label banner = UiSnapshots.onFx(() -> (Label) view.lookup(".deadlock-text"));
        assertEquals("Stuck: MainProcess (pid " + main + "), consumer (pid " + consumer + ")", banner.getText());
        UiSnapshots.save(view, "pipe-diagram-deadlock");
    }

    @Test
    void deadlock_afterTheKernelEndedThem_culpritStaysMarked_handlesClosedByExit() {
        List<Event> events = show(Traces.PIPE_FORGOT_CLOSE, List::size);
        long consumer = Traces.pidOf(events, "consumer");
        Node own = handle("pipe-1:1", consumer);
        assertTrue(has(own, "culprit"));
        assertTrue(has(own, "closed"));
        Node reader = handle("pipe-1:0", consumer);
        assertFalse(has(reader, "blocked"));
        assertTrue(has(reader, "stuck"));
        assertEquals(Set.of("recv() never returned"), texts(reader.getParent(), "stuck-badge"));
        UiSnapshots.save(view, "pipe-diagram-deadlock-after-kill");
    }

    @Test
    void noPipes_showsPlaceholder() {
        UiSnapshots.onFx(() -> {
            source.set(PipesModel.Snapshot.EMPTY);
            return null;
        });
        Label placeholder = UiSnapshots.onFx(() -> (Label) view.lookup(".placeholder"));
        assertNotNull(placeholder);
        assertTrue(placeholder.getText().startsWith("No pipe yet"));
        assertNull(UiSnapshots.onFx(() -> view.lookup(".pipe")));
    }

    @Test
    void manyMessages_drawnUpToALimit_andCounted() {
        IpcEvents log = IpcEvents.log().main(100).pipe(100, "pipe-1", true).child(101, "reader", 100)
                .handle(101, "pipe-1:0", "fork").handle(101, "pipe-1:1", "fork");
        for (int i = 1; i <= 12; i++) {
            log.send(100, "pipe-1:1", "item " + i, i);
        }
        log.send(101, "pipe-1:0", "a very long display string of a message", 13);
        PipesModel.Snapshot s = log.pipes();
        UiSnapshots.onFx(() -> {
            source.set(s);
            fit();
            return null;
        });
        assertEquals(8, chipTexts(node("track-pipe-1-to-0")).size());
        assertEquals(Set.of("+4 more"), texts(node("track-pipe-1-to-0"), "more-chips"));
        assertEquals(List.of("a very long displa\u2026".substring(0, 17) + "\u2026"), chipTexts(node("track-pipe-1-to-1")));
        UiSnapshots.save(view, "pipe-diagram-duplex-many");
    }

    @Test
    void simplex_oneTrack_towardsTheReceivingEnd() {
        PipesModel.Snapshot s = IpcEvents.log().main(100).pipe(100, "pipe-1", false).child(101, "reader", 100)
                .handle(101, "pipe-1:0", "fork").handle(101, "pipe-1:1", "fork").close(100, "pipe-1:0", "close")
                .close(101, "pipe-1:1", "close").send(100, "pipe-1:1", "'hello'", 1).pipes();
        UiSnapshots.onFx(() -> {
            source.set(s);
            fit();
            return null;
        });
        assertNull(UiSnapshots.onFx(() -> view.lookup("#track-pipe-1-to-1")), "end 1 never receives");
        assertEquals(List.of("'hello'"), chipTexts(node("track-pipe-1-to-0")));
        assertEquals(Set.of("receives only", "sends only"), texts(view, "end-role"));
        UiSnapshots.save(view, "pipe-diagram-simplex");
    }

    @Test
    void chinese_labelsFollowTheLocale() {
        show(Traces.PIPE_FORGOT_CLOSE, ev -> Traces.through(ev, Traces.kind(EventKind.DEADLOCK)));
        UiSnapshots.onFx(() -> {
            CjkFonts.stylesheet().ifPresent(view.getStylesheets()::add);
            view.setLocale(I18n.CHINESE);
            fit();
            return null;
        });
        assertEquals(Set.of("死锁：没有进程能继续运行"), texts(view, "deadlock-title"));
        UiSnapshots.save(view, "pipe-diagram-deadlock-zh");
    }
}
