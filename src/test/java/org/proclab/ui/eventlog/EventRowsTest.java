package org.proclab.ui.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.ui.model.Events;
import org.proclab.ui.run.RunViewModel;

/**
 * The event list lists the last rows up to the shown event, however long the run: a list view keeps a
 * size for every row up to the last it drew, so ten million rows cost it 40 MB.
 */
@Tag("unit")
class EventRowsTest {
    private static final int WINDOW = 100;

    private static RunViewModel runOf(int lines) {
        Events log = Events.log().main(100).ready(100);
        for (int i = 0; i < lines; i++) {
            log.out(100, "line " + i);
        }
        RunViewModel vm = new RunViewModel();
        vm.apply(log.list());
        return vm;
    }

    /** The list as a list view sees it: applies every change to a copy, to check the changes add up. */
    private static List<Long> mirror(EventRows rows) {
        List<Long> copy = new ArrayList<>();
        rows.forEach(e -> copy.add(e.seq()));
        rows.addListener((ListChangeListener<Event>) c -> {
            while (c.next()) {
                for (int i = 0; i < c.getRemovedSize(); i++) {
                    assertEquals(copy.get(c.getFrom()), c.getRemoved().get(i).seq(), "the removed row is the one listed");
                    copy.remove(c.getFrom());
                }
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    copy.add(i, c.getList().get(i).seq());
                }
            }
        });
        return copy;
    }

    private static List<Long> seqs(EventRows rows) {
        return rows.stream().map(Event::seq).toList();
    }

    @Test
    void rows_longRun_listOnlyTheLastWindowUpToTheShownEvent_andCountTheEarlierOnes() {
        RunViewModel vm = runOf(1_000); // 1,002 events
        EventRows rows = new EventRows(vm, true, WINDOW);
        assertEquals(WINDOW, rows.size());
        assertEquals(1_002 - WINDOW, rows.earlier());
        assertEquals(902, rows.get(0).seq());
        assertEquals(1_001, rows.get(WINDOW - 1).seq());
        assertEquals(1_001, rows.eventIndex(WINDOW - 1));
    }

    @Test
    void sync_timelineMovesBackAndForth_theWindowFollows_andItsChangesAddUp() {
        RunViewModel vm = runOf(1_000);
        EventRows rows = new EventRows(vm, true, WINDOW);
        List<Long> seen = mirror(rows);
        for (int shown : new int[] {950, 940, 10, 0, 60, 130, 1_001, 500, 520, 450}) {
            vm.showAt(shown);
            rows.sync();
            int listed = Math.min(WINDOW, shown + 1);
            assertEquals(listed, rows.size(), "at " + shown);
            assertEquals(shown + 1 - listed, rows.earlier(), "at " + shown);
            assertEquals(shown, rows.get(rows.size() - 1).seq(), "the shown event is the last row");
            assertEquals(seqs(rows), seen, "the changes told give the rows listed, at " + shown);
        }
    }

    @Test
    void sync_liveRunGrows_theWindowSlides_neverListingMoreThanItHolds() {
        Events log = Events.log().main(100).ready(100);
        RunViewModel vm = new RunViewModel();
        vm.apply(log.list());
        EventRows rows = new EventRows(vm, true, WINDOW);
        List<Long> seen = mirror(rows);
        long seq = 2;
        for (int batch = 0; batch < 30; batch++) {
            Events more = Events.log();
            int n = 1 + batch * 7;
            for (int i = 0; i < n; i++) {
                more.out(100, "line " + seq++);
            }
            vm.apply(renumbered(more.list(), seq - n));
            rows.sync();
            assertTrue(rows.size() <= WINDOW);
            assertEquals(seq - 1, rows.get(rows.size() - 1).seq());
            assertEquals(seq - rows.size(), rows.earlier());
            assertEquals(seqs(rows), seen);
        }
    }

    @Test
    void hideCpu_shownAgain_theWindowCountsRowsNotEvents() {
        Events log = Events.log().main(100).ready(100);
        for (int i = 0; i < 300; i++) {
            log.out(100, "line " + i);
            log.cpu(100, i);
        }
        RunViewModel vm = new RunViewModel();
        vm.apply(log.list());
        EventRows rows = new EventRows(vm, true, WINDOW);
        List<Long> seen = mirror(rows);
        assertEquals(WINDOW, rows.size());
        assertTrue(rows.stream().noneMatch(e -> e.kind() == org.proclab.trace.EventKind.CPU));
        assertEquals(302 - WINDOW, rows.earlier(), "302 rows without the CPU reports");
        rows.hideCpu(false);
        assertEquals(WINDOW, rows.size());
        assertEquals(602 - WINDOW, rows.earlier());
        assertEquals(seqs(rows), seen);
    }

    @Test
    void sync_liveRunGrowsWithHiddenCpuReports_theRowsSlidingOffAreTheOnesListed() {
        Events log = Events.log().main(100).ready(100);
        RunViewModel vm = new RunViewModel();
        vm.apply(log.list());
        EventRows rows = new EventRows(vm, true, WINDOW);
        List<Long> seen = mirror(rows); // checks every removed row against the row that was listed
        long seq = 2;
        for (int batch = 0; batch < 20; batch++) {
            Events more = Events.log();
            int n = 0;
            for (int i = 0; i < 5 + batch * 3; i++) {
                more.out(100, "line " + seq);
                if (i % 3 == 0) {
                    more.cpu(100, i);
                    n++;
                }
                n++;
            }
            vm.apply(renumbered(more.list(), seq));
            seq += n;
            rows.sync();
            assertTrue(rows.stream().noneMatch(e -> e.kind() == org.proclab.trace.EventKind.CPU));
            assertEquals(seqs(rows), seen, "after batch " + batch);
        }
    }

    @Test
    void sync_flood_readsTheRowsSlidingOffInOneReadPerChange() {
        Flood flood = Flood.of(5_000, 0, 2_000);
        CountingSource source = flood.source();
        RunViewModel vm = flood.vm();
        EventRows rows = new EventRows(vm, false, 2_000);
        List<List<? extends Event>> removed = new ArrayList<>();
        rows.addListener((ListChangeListener<Event>) c -> {
            while (c.next()) {
                removed.add(c.getRemoved());
            }
        });
        vm.grewTo(source, 4_000);
        rows.sync();
        vm.grewTo(source, 5_002);
        source.reads = 0;
        removed.clear();
        rows.sync(); // rows 2,000..3,999 listed before; 3,002..5,001 now
        // 1,002 rows slid off: read one by one, each was a trip to the file during a flood
        assertTrue(source.reads <= 2, "reads for one slide: " + source.reads);
        assertEquals(2_000L, removed.get(0).get(0).seq(), "the first row that slid off");
        assertEquals(3_001L, removed.get(0).get(1_001).seq(), "the last row that slid off");
        assertEquals(3_002L, rows.get(0).seq());
    }

    @Test
    void sync_flood_readsNoRowSlidingOff_whenTheListenersAskOnlyHowMany() {
        Flood flood = Flood.of(5_000, 0, 2_000);
        CountingSource source = flood.source();
        RunViewModel vm = flood.vm();
        EventRows rows = new EventRows(vm, false, 2_000);
        List<Integer> removedSizes = new ArrayList<>();
        rows.addListener((ListChangeListener<Event>) c -> {
            while (c.next()) {
                removedSizes.add(c.getRemovedSize()); // as a list view does: it needs only the number
            }
        });
        vm.grewTo(source, 4_000);
        rows.sync();
        vm.grewTo(source, 5_002);
        source.reads = 0;
        removedSizes.clear();
        rows.sync();
        assertEquals(0, source.reads, "the rows that slid off lie on disk in a flood: not read for nothing");
        assertEquals(List.of(1_002, 0), removedSizes, "1,002 rows removed at the start, 1,002 added at the end");
    }

    @Test
    void sync_runGrowsWithHiddenCpuReports_findsThemWithoutReadingTheLogAgain() {
        Flood flood = Flood.of(5_000, 10, 2_000);
        CountingSource source = flood.source();
        RunViewModel vm = flood.vm();
        EventRows rows = new EventRows(vm, true, 10_000);
        vm.grewTo(source, 5_502);
        source.reads = 0;
        rows.sync();
        assertEquals(0, source.reads, "the CPU reports are known from the fold: the log is not read to find them");
        List<Long> expected = flood.events().stream().filter(e -> e.kind() != org.proclab.trace.EventKind.CPU)
                .map(Event::seq).toList();
        assertEquals(expected, seqs(rows), "the rows a list that scans the log itself lists");
        rows.hideCpu(false);
        assertEquals(5_502, rows.size());
        rows.hideCpu(true);
        assertEquals(expected, seqs(rows));
    }

    @Test
    void get_rowsDrawnTogether_areReadFromTheLogInOneGo() {
        Flood flood = Flood.of(3_000, 0, 3_002);
        CountingSource source = flood.source();
        RunViewModel vm = flood.vm();
        EventRows rows = new EventRows(vm, false, 2_000);
        source.reads = 0;
        for (int i = 1_960; i < 2_000; i++) { // a window's worth of rows, as a frame draws them
            assertEquals(1_002L + i, rows.get(i).seq());
        }
        assertTrue(source.reads <= 2, "reads for 40 rows: " + source.reads);
    }

    /**
     * A run printing {@code lines} lines (with a CPU-time report after every {@code cpuEvery}-th when not 0),
     * replayed in slices as a live run grows, folded up to {@code foldedTo} events.
     */
    private record Flood(List<Event> events, CountingSource source, RunViewModel vm) {
        static Flood of(int lines, int cpuEvery, int foldedTo) {
            Events log = Events.log().main(100).ready(100);
            for (int i = 0; i < lines; i++) {
                log.out(100, "line " + i);
                if (cpuEvery > 0 && i % cpuEvery == 0) {
                    log.cpu(100, i);
                }
            }
            CountingSource source = new CountingSource(log.list());
            RunViewModel vm = new RunViewModel();
            vm.replayInSlices(source);
            vm.grewTo(source, foldedTo);
            return new Flood(log.list(), source, vm);
        }
    }

    /** A log that counts its reads of one event or more. */
    private static final class CountingSource implements org.proclab.trace.EventSource {
        private final List<Event> events;
        int reads;

        CountingSource(List<Event> events) {
            this.events = events;
        }

        @Override
        public long size() {
            return events.size();
        }

        @Override
        public List<Event> read(long from, long to) {
            reads++;
            return events.subList((int) from, (int) to);
        }
    }

    private static List<Event> renumbered(List<Event> events, long firstSeq) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            out.add(new Event(firstSeq + i, e.nanos(), e.pid(), e.kind(), e.obj(), e.text(), e.num(), e.file(), e.line()));
        }
        return out;
    }
}
