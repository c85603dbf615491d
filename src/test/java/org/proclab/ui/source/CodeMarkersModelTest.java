package org.proclab.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.TraceFixtures.before;
import static org.proclab.ui.TraceFixtures.kind;
import static org.proclab.ui.TraceFixtures.pidOf;
import static org.proclab.ui.TraceFixtures.through;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.run.RunViewModel;

/** Markers folded from recorded runs: each live process on the line of its latest event in the shown file. */
@Tag("unit")
class CodeMarkersModelTest {
    private static final List<Event> PIPE = TraceFixtures.load("pipe-lesson.jsonl");
    private static final List<Event> LOCK = TraceFixtures.load("lock-value.jsonl");

    private static CodeMarkersModel foldOf(List<Event> events, int count, String file) {
        CodeMarkersModel m = new CodeMarkersModel();
        m.setFileName(file);
        m.apply(events.subList(0, count));
        return m;
    }

    private static Map<String, Integer> linesByName(CodeMarkersModel m) {
        return m.getMarkers().stream().collect(Collectors.toMap(CodeMarker::name, CodeMarker::line));
    }

    @Test
    void markers_consumerOnItsRecvLine_justBeforeEof() {
        CodeMarkersModel m = foldOf(PIPE, before(PIPE, kind(EventKind.EOF)), "PipeLesson.java");
        assertEquals(Map.of("consumer", 21, "MainProcess", 46), linesByName(m));
        assertEquals(21, m.getFocusLine());
    }

    @Test
    void start_movesTheParent_notTheChild() {
        CodeMarkersModel m = foldOf(PIPE, through(PIPE, e -> e.kind() == EventKind.START && "consumer".equals(e.text())),
                "PipeLesson.java");
        assertEquals(Map.of("MainProcess", 41), linesByName(m)); // cons.start(); the consumer has run no line yet
    }

    @Test
    void markers_carryColourAndName_inStartOrder() {
        // Process-1 sleeps holding the lock, Process-2 waits in acquire(), main waits in join()
        CodeMarkersModel m = foldOf(LOCK, through(LOCK, e -> e.kind() == EventKind.BLOCK && "acquire()".equals(e.text())),
                "LockAndValue.java");
        assertEquals(List.of(
                new CodeMarker(pidOf(LOCK, "MainProcess"), "MainProcess", 0, 34),
                new CodeMarker(pidOf(LOCK, "Process-1"), "Process-1", 1, 18),
                new CodeMarker(pidOf(LOCK, "Process-2"), "Process-2", 2, 15)), m.getMarkers());
    }

    @Test
    void exit_removesTheMarker() {
        long consumer = pidOf(PIPE, "consumer");
        CodeMarkersModel m = foldOf(PIPE, through(PIPE, e -> e.kind() == EventKind.EXIT && e.pid() == consumer),
                "PipeLesson.java");
        assertEquals(Map.of("MainProcess", 46), linesByName(m));
        assertTrue(foldOf(PIPE, PIPE.size(), "PipeLesson.java").getMarkers().isEmpty());
    }

    @Test
    void otherFile_marksNothing_andSwitchingFileShowsItsLines() {
        CodeMarkersModel m = foldOf(PIPE, before(PIPE, kind(EventKind.EOF)), "QueueLesson.java");
        assertTrue(m.getMarkers().isEmpty());
        assertEquals(0, m.getFocusLine());
        m.setFileName("PipeLesson.java");
        assertEquals(2, m.getMarkers().size());
    }

    @Test
    void programOfSeveralFiles_processMarkedOnlyInTheFileOfItsLatestEvent_andEachFileSaysWhoIsInIt() {
        CodeMarkersModel m = new CodeMarkersModel();
        m.setFileName("ManyProcesses.java");
        m.apply(List.of(
                new Event(1, 0, 100, EventKind.START, null, "MainProcess", Event.NO_NUM, null, 0),
                new Event(2, 0, 100, EventKind.REPORT, "version", "many-processes", Event.NO_NUM, "Report.java", 45),
                new Event(3, 0, 101, EventKind.START, null, "walker-1", 100, "ManyProcesses.java", 57),
                new Event(4, 0, 101, EventKind.PUT, "queue-1", "lane 1: 1000 files", Event.NO_NUM, "DirectoryWalker.java", 96)));
        assertEquals(Map.of("MainProcess", 57), linesByName(m), "walker-1 is in DirectoryWalker.java now, not here");
        assertEquals(Map.of("ManyProcesses.java", List.of("MainProcess"), "DirectoryWalker.java", List.of("walker-1")),
                m.processesByFileProperty().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(CodeMarker::name).toList())));
        m.setFileName("Report.java");
        assertTrue(m.getMarkers().isEmpty(), "MainProcess has left Report.java: no marker stays behind on line 45");
        m.setFileName("DirectoryWalker.java");
        assertEquals(Map.of("walker-1", 96), linesByName(m));

        CodeMarkersModel.State s = m.snapshot();
        m.apply(List.of(new Event(5, 0, 101, EventKind.PUT, "queue-1", "lane 1 finished", Event.NO_NUM, "ManyProcesses.java", 40)));
        assertTrue(m.getMarkers().isEmpty(), "walker-1 went back to ManyProcesses.java");
        m.restore(s);
        m.apply(List.of());
        assertEquals(Map.of("walker-1", 96), linesByName(m), "the timeline brings it back where it was");
    }

    @Test
    void eventsWithoutLine_changeNothing() {
        int k = before(PIPE, kind(EventKind.EOF));
        CodeMarkersModel m = foldOf(PIPE, k, "PipeLesson.java");
        List<CodeMarker> before = m.getMarkers();
        m.apply(List.of(new Event(999, 0, pidOf(PIPE, "consumer"), EventKind.OUTPUT, "stdout", "x", Event.NO_NUM, null, 0)));
        assertTrue(before == m.getMarkers(), "unchanged markers are not republished");
        m.apply(List.of(new Event(1000, 0, pidOf(PIPE, "consumer"), EventKind.BLOCK, "pool-1", "result handler", 0,
                "PipeLesson.java", 40)));
        assertTrue(before == m.getMarkers(), "a helper thread's wait does not move the process");
    }

    @Test
    void scrubbingBack_givesTheEarlierLines() {
        RunViewModel run = new RunViewModel(8); // a checkpoint every 8 events: going back restores one
        CodeMarkersModel m = run.markers();
        m.setFileName("PipeLesson.java");
        run.replay(PIPE);
        assertTrue(m.getMarkers().isEmpty(), "at the end every process has exited");
        run.showAt(before(PIPE, kind(EventKind.EOF)) - 1);
        assertEquals(Map.of("consumer", 21, "MainProcess", 46), linesByName(m));
        run.showAt(through(PIPE, kind(EventKind.SEND)) - 1);
        assertEquals(Map.of("MainProcess", 32), linesByName(m)); // the consumer has not run a line yet
        run.showAt(-1);
        assertTrue(m.getMarkers().isEmpty());
    }
}
