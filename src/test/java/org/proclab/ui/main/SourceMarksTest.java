package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.proclab.ui.TraceFixtures.before;
import static org.proclab.ui.TraceFixtures.kind;
import static org.proclab.ui.TraceFixtures.pidOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.kernel.Scheduler;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.source.CodeMarker;
import org.proclab.ui.source.CodeMarkersModel;

/** What the source marks and which line it brings into sight, folded from lesson 3's recorded run; no stage. */
@Tag("unit")
class SourceMarksTest {
    private static final List<Event> PIPE = TraceFixtures.load("pipe-lesson.jsonl");
    private static final String FILE = "PipeLesson.java";
    private static final long CONSUMER = pidOf(PIPE, "consumer");

    private final CodeMarkersModel fold = new CodeMarkersModel();
    private final ObservableList<Scheduler.Pending> pending = FXCollections.observableArrayList();
    private final SimpleBooleanProperty following = new SimpleBooleanProperty(true);
    private final SimpleStringProperty fileName = new SimpleStringProperty(FILE);
    private final SimpleIntegerProperty chosenLine = new SimpleIntegerProperty();
    private final List<Integer> revealed = new ArrayList<>();
    private SourceMarks marks;

    @BeforeEach
    void foldUpToTheEof() {
        fold.setFileName(FILE);
        fold.apply(PIPE.subList(0, before(PIPE, kind(EventKind.EOF))));
        marks = new SourceMarks(fold, pending, following, fileName, pid -> pid == CONSUMER ? 1 : 0, chosenLine);
        marks.setOnReveal(revealed::add);
    }

    private int lineOf(long pid) {
        return marks.getMarkers().stream().filter(m -> m.pid() == pid).mapToInt(CodeMarker::line).findFirst().orElse(-1);
    }

    private static Scheduler.Pending waiting(int order, long pid, int line) {
        return new Scheduler.Pending(order, pid, "consumer", "recv() on pipe-1:0", FILE, line);
    }

    @Test
    void markers_heldProcessStandsOnItsOperationsLine_whileFollowing_andWhereTheEventsSay_whenScrubbedBack() {
        assertEquals(21, lineOf(CONSUMER), "its latest event: the recv() line");
        pending.setAll(waiting(1, CONSUMER, 25), waiting(2, CONSUMER, 26));
        assertEquals(25, lineOf(CONSUMER), "live: the line of its oldest held operation");
        following.set(false);
        assertEquals(21, lineOf(CONSUMER), "scrubbed back: where its events put it");
    }

    @Test
    void pendingLines_oldestWaitingLineIsRevealed_andNamedWithItsColour() {
        pending.setAll(waiting(1, CONSUMER, 25), waiting(2, CONSUMER, 26));
        assertEquals(Map.of(25, 1, 26, 1), marks.getPendingLines());
        assertEquals(List.of(25), revealed, "the oldest waiting line comes into sight");
    }

    @Test
    void pendingLines_inAnotherFile_markNothing_andRevealNothing() {
        pending.setAll(new Scheduler.Pending(1, CONSUMER, "consumer", "recv() on pipe-1:0", "Other.java", 25));
        assertEquals(Map.of(), marks.getPendingLines());
        assertEquals(List.of(), revealed);
    }

    @Test
    void focusLine_isRevealed_onlyWhileNoProcessWaits() {
        pending.setAll(waiting(1, CONSUMER, 25));
        revealed.clear();
        int focusBefore = fold.getFocusLine();
        fold.apply(PIPE.subList(before(PIPE, kind(EventKind.EOF)), PIPE.size()));
        assertNotEquals(focusBefore, fold.getFocusLine(), "a process moved on in the file");
        assertEquals(List.of(), revealed, "a waiting line matters more than the process that moved last");

        pending.clear();
        fold.reset();
        fold.apply(PIPE.subList(0, before(PIPE, kind(EventKind.EOF))));
        assertEquals(fold.getFocusLine(), revealed.get(revealed.size() - 1).intValue(),
                "with none waiting, the line of the process that moved last");
    }

    @Test
    void chosenEventsLine_isRevealed() {
        chosenLine.set(42);
        assertEquals(List.of(42), revealed);
    }
}
