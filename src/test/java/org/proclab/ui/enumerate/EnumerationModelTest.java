package org.proclab.ui.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.TraceFiles;
import org.proclab.ui.enumerate.EnumerationModel.Lane;
import org.proclab.ui.enumerate.EnumerationModel.Phase;
import org.proclab.ui.enumerate.EnumerationModel.Snapshot;
import org.proclab.ui.enumerate.EnumerationModel.Version;
import org.proclab.ui.model.Events;

/**
 * The enumeration fold over a recorded run of lesson 6 (4 directories of 4000, 2500, 1500 and 500
 * files, and one that does not exist) and over hand-made logs of what {@code MP.report} records.
 */
@Tag("unit")
class EnumerationModelTest {
    static final long[] FILES = {4000, 2500, 1500, 500, 0};
    static List<Event> trace;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        trace = recorded();
    }

    static List<Event> recorded() throws IOException, URISyntaxException {
        return TraceFiles.read(Path.of(EnumerationModelTest.class.getResource("/traces/enumerate.jsonl").toURI()));
    }

    /** The first prefix where the many-processes version has some lanes done and some half-way. */
    static int midRun(List<Event> events) {
        EnumerationModel m = new EnumerationModel();
        for (int i = 0; i < events.size(); i++) {
            m.apply(events.get(i));
            Version v = m.snapshot().version("many-processes");
            if (v != null && v.lanes().stream().anyMatch(Lane::done)
                    && v.lanes().stream().anyMatch(l -> !l.done() && l.files() > 0)) {
                return i + 1;
            }
        }
        throw new AssertionError("the trace never shows many-processes half-way");
    }

    private static Map<String, Long> startPids() {
        Map<String, Long> pids = new HashMap<>();
        trace.stream().filter(e -> e.kind() == EventKind.START).forEach(e -> pids.put(e.text(), e.pid()));
        return pids;
    }

    private static int startOrder(long pid) {
        List<Long> order = trace.stream().filter(e -> e.kind() == EventKind.START).map(Event::pid).toList();
        return order.indexOf(pid);
    }

    @Test
    void fold_hasThreeFinishedVersions_withTheTablesFigures_afterTheWholeTrace() {
        Snapshot s = EnumerationModel.foldOf(trace, trace.size()).snapshot();
        assertEquals(List.of("one-process", "many-processes", "pool"), s.versions().stream().map(Version::name).toList());
        Map<String, Long> processes = Map.of("one-process", 1L, "many-processes", 5L, "pool", 2L);
        for (Version v : s.versions()) {
            assertEquals(Phase.FINISHED, v.phase(), v.name());
            assertEquals(8500L, v.files(), v.name());
            assertEquals(1L, v.unreadable(), v.name());
            assertEquals((long) processes.get(v.name()), v.processes(), v.name());
            assertNotNull(v.millis());
            assertEquals(5, v.lanes().size(), v.name());
            for (Lane l : v.lanes()) {
                assertEquals(FILES[l.number() - 1], l.files(), v.name() + " lane " + l.number());
                assertTrue(l.done(), v.name() + " lane " + l.number());
                assertEquals(l.number() == 5 ? 1 : 0, l.unreadable());
            }
            assertEquals(8500, v.lanes().stream().mapToLong(Lane::files).sum(), "lanes add up to the total");
        }
        assertEquals("/tmp/enum-demo/photos", s.version("pool").lane(1).dir());
        assertEquals("/tmp/enum-demo/missing", s.version("pool").lane(5).dir());
        assertEquals("pool", s.current());
        assertEquals(4000, s.maxLaneFiles());
        long fastest = s.versions().stream().mapToLong(Version::millis).min().orElseThrow();
        assertEquals(fastest, s.version(s.fastest()).millis());
        assertEquals(s.versions().stream().mapToLong(Version::millis).max().orElseThrow(), s.maxMillis());
    }

    @Test
    void lanes_nameTheProcessThatWalkedThem_withItsPidAndColour() {
        Snapshot s = EnumerationModel.foldOf(trace, trace.size()).snapshot();
        Map<String, Long> pids = startPids();
        long main = pids.get("MainProcess");
        for (Lane l : s.version("one-process").lanes()) {
            assertEquals("MainProcess", l.worker());
            assertEquals(main, l.pid());
            assertEquals(0, l.colorIndex(), "the main process started first");
        }
        for (Lane l : s.version("many-processes").lanes()) {
            assertEquals("walker-" + l.number(), l.worker());
            assertEquals((long) pids.get("walker-" + l.number()), l.pid());
            assertEquals(startOrder(l.pid()), l.colorIndex());
        }
        for (Lane l : s.version("pool").lanes()) {
            assertTrue(l.worker().startsWith("PoolWorker-"), l.worker()); // the pool's "Pool" is resolved once done
            assertEquals((long) pids.get(l.worker()), l.pid());
            assertEquals(startOrder(l.pid()), l.colorIndex());
        }
    }

    @Test
    void midRun_showsTheRunningVersion_andTheOthersWaitingOrFinished() {
        Snapshot s = EnumerationModel.foldOf(trace, midRun(trace)).snapshot();
        assertEquals("many-processes", s.current());
        assertEquals(Phase.FINISHED, s.version("one-process").phase());
        assertEquals(Phase.RUNNING, s.version("many-processes").phase());
        assertEquals(Phase.WAITING, s.version("pool").phase(), "planned, not begun");
        assertTrue(s.version("pool").lanes().isEmpty());
        assertNull(s.version("many-processes").millis());
        Version v = s.version("many-processes");
        assertTrue(v.filesSoFar() < 8500 && v.filesSoFar() > 0, "files so far: " + v.filesSoFar());
    }

    @Test
    void laneCounts_neverShrink_fromOneEventToTheNext() {
        EnumerationModel m = new EnumerationModel();
        Map<String, Long> seen = new HashMap<>();
        for (Event e : trace) {
            m.apply(e);
            for (Version v : m.snapshot().versions()) {
                for (Lane l : v.lanes()) {
                    String key = v.name() + "/" + l.number();
                    assertTrue(l.files() >= seen.getOrDefault(key, 0L), key + " at seq " + e.seq());
                    seen.put(key, l.files());
                }
            }
        }
    }

    @Test
    void snapshot_isTheSameObject_whileNothingChanges() {
        EnumerationModel m = EnumerationModel.foldOf(trace, trace.size());
        Snapshot a = m.snapshot();
        m.apply(new Event(9999, 0, 1, EventKind.CPU, null, null, 10, null, 0));
        assertSame(a, m.snapshot());
    }

    @Test
    void fold_readsOnlyTheMainProcessReports_andIgnoresValuesThatAreNotNumbers() {
        List<Event> log = Events.log().main(100).child(101, "walker-1", 100)
                .report(100, "plan", "one-process")
                .report(100, "version", "one-process")
                .report(100, "processes", "1")
                .report(100, "lane.1.dir", "/data/my photos: 2024")    // a path with spaces and ": "
                .report(100, "lane.1.worker", "MainProcess")
                .report(101, "lane.1.files", "999999")                  // a child's report: not the main's
                .report(100, "lane.1.files", "many")                    // not a number: ignored
                .report(100, "lane.2.files", "many")                    // ...and it adds no lane
                .report(100, "lane.0.files", "5")                       // lanes count from 1
                .report(100, "lane.1.colour", "red")                    // a field the view does not know
                .report(100, "lane.1.files", "1000")
                .report(100, "lane.1.files", "400")                     // a count never shrinks
                .out(100, "done lane 1 files 5 unreadable 0 pid 100")   // printed lines are not read at all
                .list();
        Snapshot s = EnumerationModel.foldOf(log, log.size()).snapshot();
        Lane l = s.version("one-process").lane(1);
        assertEquals("/data/my photos: 2024", l.dir());
        assertEquals("MainProcess", l.worker());
        assertEquals(100, l.pid(), "the pid of the process of that name, while the lane has reported none");
        assertEquals(1000, l.files());
        assertEquals(false, l.done());
        assertEquals(1, s.version("one-process").lanes().size());
        assertEquals(1, s.versions().size());
        assertEquals(Phase.RUNNING, s.version("one-process").phase());
    }

    @Test
    void fold_withoutAnyPrintedLine_showsTheSameAsTheWholeTrace() {
        List<Event> silent = trace.stream().filter(e -> e.kind() != EventKind.OUTPUT).toList();
        assertTrue(silent.size() < trace.size(), "the recorded run printed lines");
        assertEquals(EnumerationModel.foldOf(trace, trace.size()).snapshot(),
                EnumerationModel.foldOf(silent, silent.size()).snapshot());
    }

    @Test
    void fold_ofPrintedLinesInTheOldFormat_withoutReports_showsNothing() {
        List<Event> log = Events.log().main(100)
                .out(100, "plan one-process many-processes pool")
                .out(100, "begin one-process processes 1")
                .out(100, "lane 1 by MainProcess: /data")
                .out(100, "done lane 1 files 5 unreadable 0 pid 100")
                .list();
        assertEquals(Snapshot.EMPTY, EnumerationModel.foldOf(log, log.size()).snapshot());
    }

    @Test
    void viewModel_fedReportEvents_publishesVersionsLanesAndTimes() {
        List<Event> log = Events.log().main(100).child(101, "walker-1", 100).child(102, "walker-2", 100)
                .report(100, "plan", "one-process many-processes")
                .report(100, "version", "many-processes")
                .report(100, "processes", "2")
                .report(100, "lane.1.dir", "/a")
                .report(100, "lane.1.worker", "walker-1")
                .report(100, "lane.2.dir", "/b")
                .report(100, "lane.2.worker", "walker-2")
                .report(100, "lane.2.files", "1000")
                .list();
        EnumerationViewModel vm = new EnumerationViewModel();
        vm.apply(log);
        Snapshot s = vm.getEnumeration();
        assertEquals(List.of("one-process", "many-processes"), s.versions().stream().map(Version::name).toList());
        assertEquals(Phase.WAITING, s.version("one-process").phase(), "planned, never begun");
        Version many = s.version("many-processes");
        assertEquals(Phase.RUNNING, many.phase());
        assertEquals("many-processes", s.current());
        assertEquals(2, many.processes());
        assertEquals(new Lane(2, "/b", "walker-2", 102, 2, 1000, 0, false, null, null), many.lane(2));
        assertEquals(new Lane(1, "/a", "walker-1", 101, 1, 0, 0, false, null, null), many.lane(1));
        assertNull(many.millis());

        vm.apply(Events.log().report(100, "lane.1.files", "1500").report(100, "lane.1.unreadable", "2")
                .report(100, "lane.1.pid", "101").report(100, "lane.1.done", "true")
                .report(100, "files", "2500").report(100, "unreadable", "2").report(100, "ms", "812").list());
        s = vm.getEnumeration();
        many = s.version("many-processes");
        assertEquals(new Lane(1, "/a", "walker-1", 101, 1, 1500, 2, true, null, null), many.lane(1));
        assertEquals(Phase.FINISHED, many.phase());
        assertEquals(2500L, many.files());
        assertEquals(2L, many.unreadable());
        assertEquals(812L, many.millis());
        assertEquals("many-processes", s.fastest());
    }

    @Test
    void fold_readsWhenEachWalkBeganAndHowLongItTook_andTheMachinesCores() {
        List<Event> log = Events.log().main(100).child(101, "walker-1", 100).child(102, "walker-2", 100)
                .report(100, "plan", "many-processes")
                .report(100, "cpus", "2")
                .report(100, "version", "many-processes")
                .report(100, "processes", "2")
                .report(100, "lane.1.began", "400").report(100, "lane.1.ms", "150")
                .report(100, "lane.2.began", "430").report(100, "lane.2.ms", "soon") // not a number: ignored
                .list();
        Snapshot s = EnumerationModel.foldOf(log, log.size()).snapshot();
        assertEquals(2, s.cpus());
        Version many = s.version("many-processes");
        assertEquals(400L, many.lane(1).began());
        assertEquals(150L, many.lane(1).walkMillis());
        assertEquals(550L, many.lane(1).ended());
        assertNull(many.lane(2).walkMillis());
        assertNull(many.lane(2).ended());
        assertFalse(many.timed(), "not ended, and lane 2's walk has no time");
        assertNull(many.walking());

        List<Event> ended = new ArrayList<>(log);
        ended.addAll(Events.log().report(100, "lane.2.ms", "200").report(100, "ms", "900").list());
        many = EnumerationModel.foldOf(ended, ended.size()).snapshot().version("many-processes");
        assertTrue(many.timed());
        assertEquals(400L, many.firstWalkBegan(), "starting the processes: until the first walk began");
        assertEquals(230L, many.walking(), "from 400 ms to lane 2's end at 630 ms");
        assertEquals(350L, many.walkSum());
    }

    @Test
    void emptyLog_givesTheEmptySnapshot() {
        assertSame(Snapshot.EMPTY, new EnumerationModel().snapshot());
        assertNull(Snapshot.EMPTY.fastest());
        assertEquals(0, Snapshot.EMPTY.maxMillis());
    }

    @Test
    void viewModel_asARunFold_publishesPerBatch_andForgetsOnReset() {
        org.proclab.ui.run.RunViewModel run = new org.proclab.ui.run.RunViewModel();
        EnumerationViewModel vm = run.enumeration();
        run.apply(trace.subList(0, trace.size() / 2));
        run.apply(trace.subList(trace.size() / 2, trace.size()));
        assertEquals(EnumerationModel.foldOf(trace, trace.size()).snapshot(), vm.getEnumeration());
        run.reset();
        assertSame(Snapshot.EMPTY, vm.getEnumeration());
    }
}
