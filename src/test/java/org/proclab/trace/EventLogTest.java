package org.proclab.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class EventLogTest {
    /** Small bounds, so the tests cross them with a few thousand events. */
    static final EventStore.Limits SMALL = new EventStore.Limits(500, 1 << 20, 1000, 8 << 20, 500, 4 << 20);

    /** Every kind, odd text, missing fields: {@code count} events whose content depends on their number. */
    static List<Event> appendMixed(EventLog log, int count) {
        EventKind[] kinds = EventKind.values();
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EventKind k = kinds[i % kinds.length];
            String text = switch (i % 5) {
                case 0 -> "line " + i + " \"quoted\" ünïcödé 你好 \t tab";
                case 1 -> null;
                case 2 -> "lone surrogate \uD800 " + i;
                case 3 -> "emoji \uD83D\uDE00 " + i;
                default -> "x".repeat(i % 300);
            };
            String file = i % 3 == 0 ? "Lesson.java" : null;
            out.add(log.append(1000 + i % 7, k, i % 4 == 0 ? null : "obj-" + i, text, i % 6 == 0 ? Event.NO_NUM : i,
                    file, i % 50));
        }
        return out;
    }

    static List<Event> appendLines(EventLog log, int count, int length) {
        List<Event> out = new ArrayList<>(count);
        String pad = "y".repeat(Math.max(0, length - 12));
        for (int i = 0; i < count; i++) {
            out.add(log.append(42, EventKind.OUTPUT, "stdout", String.format("%010d %s", i, pad), Event.NO_NUM));
        }
        return out;
    }

    /** Equal lists; on a difference, names the first event that differs rather than printing both lists. */
    static void assertSameEvents(List<Event> expected, List<Event> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": event " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": how many");
    }

    @Test
    void spillFile_equalsTraceFilesWrite_sameEvents(@TempDir Path dir) throws Exception {
        Path spill = dir.resolve("spill.jsonl");
        try (EventLog log = EventLog.writingTo(spill)) {
            List<Event> events = appendMixed(log, 2 * SpillFile.STRIDE + 4097); // several batches and index entries
            log.flush();
            Path written = dir.resolve("written.jsonl");
            TraceFiles.write(events, written);
            assertArrayEquals(Files.readAllBytes(written), Files.readAllBytes(spill));
            assertSameEvents(events, TraceFiles.read(spill), "the file reads back as the events appended");
        }
    }

    @Test
    void append_returnsTheEventAsTheTraceGivesItBack_fieldsWithoutANameDropped(@TempDir Path dir) throws Exception {
        try (EventLog log = EventLog.writingTo(dir.resolve("t.jsonl"))) {
            Event e = log.append(7, EventKind.OUTPUT, "stdout", "a \uDC00 b", 99, null, 12);
            assertEquals(Event.NO_NUM, e.num(), "output has no number field");
            assertEquals(0, e.line(), "no line without a file");
            assertEquals("a ? b", e.text(), "an unpaired surrogate is what UTF-8 keeps of it");
            assertEquals(0, e.nanos() % 1000, "the trace keeps microseconds");
            log.flush();
            assertEquals(List.of(e), TraceFiles.read(log.file()));
        }
    }

    @Test
    void append_anObjectOrFileNameRepeated_isMadeWellFormedEachTime(@TempDir Path dir) throws Exception {
        String obj = "pipe-\uD800:0";
        String file = "Le\uDC00sson.java";
        try (EventLog log = EventLog.writingTo(dir.resolve("t.jsonl"))) {
            for (int i = 0; i < 3; i++) { // the same two strings each time, as a connection's repeated names come
                Event e = log.append(7, EventKind.SEND, obj, "42", Event.NO_NUM, file, 12);
                assertEquals("pipe-?:0", e.obj(), "time " + i);
                assertEquals("Le?sson.java", e.file(), "time " + i);
                Event ok = log.append(7, EventKind.SEND, "pipe-1:0", "42", Event.NO_NUM, "Lesson.java", 13);
                assertEquals("pipe-1:0", ok.obj());
                assertEquals("Lesson.java", ok.file());
            }
        }
    }

    @Test
    void read_acrossMemoryAndFile_sameEventsAsAppended() throws Exception {
        try (EventLog log = EventLog.temporary(SMALL)) {
            int n = (int) SMALL.window() + 3 * SpillFile.STRIDE + 17;
            List<Event> events = appendMixed(log, n);
            log.flush();
            long inMemory = log.inMemory();
            long firstInMemory = n - inMemory;
            assertTrue(inMemory <= SMALL.window() && firstInMemory > 2 * SpillFile.STRIDE,
                    "the oldest events left memory: " + inMemory + " of " + n + " kept");

            for (long[] r : new long[][] {{0, 0}, {0, 10}, {SpillFile.STRIDE - 1, SpillFile.STRIDE + 2},
                    {firstInMemory - 5, firstInMemory + 5}, {firstInMemory, n}, {n - 3, n}, {n, n},
                    {1234, 1235}, {0, n}}) {
                assertSameEvents(events.subList((int) r[0], (int) r[1]), log.read(r[0], r[1]), "events [" + r[0] + ", " + r[1] + ")");
            }
            assertSameEvents(events, log.snapshot(), "snapshot");
            assertThrows(IndexOutOfBoundsException.class, () -> log.read(n - 1, n + 1));
            assertThrows(IndexOutOfBoundsException.class, () -> log.read(5, 4));
        }
    }

    @Test
    void window_bigLines_boundedByBytesNotCount() throws Exception {
        EventStore.Limits limits = new EventStore.Limits(100_000, 256 << 10, 100_000, 8 << 20, 50_000, 4 << 20);
        try (EventLog log = EventLog.temporary(limits)) {
            int length = 10_000;
            int n = (int) (4 * limits.windowBytes() / length);
            List<Event> events = appendLines(log, n, length);
            log.flush();
            long held = log.inMemory() * (long) length;
            assertTrue(held <= limits.windowBytes() && log.inMemory() > 0, log.inMemory() + " lines of " + length + " chars kept in memory");
            assertSameEvents(events.subList(0, 50), log.read(0, 50), "first");
            assertSameEvents(events.subList(n - 50, n), log.read(n - 50, n), "last");
        }
    }

    @Test
    void backlog_diskStuck_eventsStayInMemoryAndAwaitRoomWaitsUntilBelowLow() throws Exception {
        try (EventLog log = EventLog.temporary(SMALL)) {
            AutoCloseable disk = log.holdWriter();
            int n = (int) SMALL.high() + 1;
            List<Event> events;
            Thread reader;
            AtomicReference<Long> backlogWhenLetGo = new AtomicReference<>();
            try {
                events = appendLines(log, n, 40);
                assertEquals(n, log.backlog(), "nothing is written while the disk is stuck");
                assertEquals(n, log.inMemory(), "nothing unwritten leaves memory");

                reader = new Thread(() -> {
                    try {
                        log.awaitRoom();
                        backlogWhenLetGo.set(log.backlog());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                reader.start();
                while (reader.getState() != Thread.State.WAITING) { // parked in awaitRoom: no one else holds the log's lock
                    assertTrue(reader.isAlive(), "awaitRoom returned while the backlog was above the high mark");
                    Thread.onSpinWait();
                }
            } finally {
                disk.close();
            }
            reader.join();
            assertNotNull(backlogWhenLetGo.get());
            assertTrue(backlogWhenLetGo.get() <= SMALL.low(), "let go at a backlog of " + backlogWhenLetGo.get());
            log.flush();
            assertEquals(0, log.backlog());
            assertSameEvents(events, log.read(0, n), "all");
        }
    }

    @Test
    void flood_producerCallsAwaitRoom_memoryNeverAboveWindowPlusHighMark() throws Exception {
        EventStore.Limits limits = new EventStore.Limits(1000, 1 << 20, 3000, 8 << 20, 1500, 4 << 20);
        try (EventLog log = EventLog.temporary(limits)) {
            int n = 200_000;
            long most = 0;
            for (int i = 0; i < n; i++) {
                log.awaitRoom(); // as the kernel's reader does before each frame
                log.append(42, EventKind.OUTPUT, "stdout", "line " + i, Event.NO_NUM);
                most = Math.max(most, log.inMemory());
            }
            assertTrue(most <= limits.window() + limits.high() + 1, "at most " + most + " events in memory");
            log.flush();
            assertEquals("line 0", log.read(0, 1).get(0).text());
            assertEquals(n, log.size());
        }
    }

    @Test
    @SuppressWarnings("try") // the held writer is the point, not a value the body uses
    void awaitRoom_backlogAtHighMark_returnsAtOnce() throws Exception {
        try (EventLog log = EventLog.temporary(SMALL)) {
            try (AutoCloseable disk = log.holdWriter()) {
                appendLines(log, (int) SMALL.high(), 40);
                assertEquals(SMALL.high(), log.backlog());
                log.awaitRoom(); // would never return if it waited: the disk is held by this thread
            }
        }
    }

    @Test
    void subscribe_whileAppending_eachEventOnceInOrder() throws Exception {
        try (EventLog log = EventLog.temporary(SMALL)) {
            appendLines(log, 5000, 30); // old ones are only in the file
            log.flush();
            long base = log.size();
            Thread producer = new Thread(() -> appendLines(log, 20_000, 30));
            List<Event> heard = new ArrayList<>();
            producer.start();
            while (log.size() < base + 1000 && producer.isAlive()) {
                Thread.onSpinWait(); // subscribe while the producer appends
            }
            List<Event> before = log.subscribe(heard::add); // listeners run under the log's lock, one at a time
            producer.join();
            List<Event> all = new ArrayList<>(before);
            all.addAll(heard);
            assertEquals(log.size(), all.size(), before.size() + " returned, " + heard.size() + " heard");
            for (int i = 0; i < all.size(); i++) {
                assertEquals(i, all.get(i).seq());
            }
        }
    }

    @Test
    void writeTo_copiesTheFile_sameBytesAsTraceFilesWrite(@TempDir Path dir) throws Exception {
        try (EventLog log = EventLog.temporary(SMALL)) {
            List<Event> events = appendMixed(log, 3 * SpillFile.STRIDE + 500);
            Path saved = dir.resolve("saved.jsonl");
            log.writeTo(saved); // no flush first: it waits for the writer itself
            Path written = dir.resolve("written.jsonl");
            TraceFiles.write(events, written);
            assertArrayEquals(Files.readAllBytes(written), Files.readAllBytes(saved));
        }
    }

    @Test
    void writeTo_midStride_endsAtTheLastEventSoFar(@TempDir Path dir) throws Exception {
        try (EventLog log = new EventLog()) {
            List<Event> events = appendMixed(log, SpillFile.STRIDE + 333);
            Path saved = dir.resolve("saved.jsonl");
            log.writeTo(saved);
            appendMixed(log, 10);
            assertSameEvents(events, TraceFiles.read(saved), "saved");
        }
    }

    @Test
    void keepAs_movesTheFileAndStreamsOnThere_temporaryFileDeleted(@TempDir Path dir) throws Exception {
        Path kept = dir.resolve("kept.jsonl");
        List<Event> events = new ArrayList<>();
        Path temporary;
        try (EventLog log = new EventLog()) {
            temporary = log.file();
            assertNotNull(temporary, "a new log has a temporary file");
            events.addAll(appendMixed(log, 1500));
            log.keepAs(kept);
            assertFalse(Files.exists(temporary), "the temporary file is gone");
            assertEquals(kept, log.file());
            events.addAll(appendMixed(log, 1500));
        }
        assertSameEvents(events, TraceFiles.read(kept), "kept after close, with the events from before and after the move");
    }

    @Test
    void close_temporaryFileDeleted_keptFileStaysReadable(@TempDir Path dir) throws Exception {
        EventLog temporary = new EventLog();
        appendMixed(temporary, 10);
        Path f = temporary.file();
        assertTrue(Files.exists(f));
        temporary.close();
        assertFalse(Files.exists(f));

        Path kept = dir.resolve("kept.jsonl");
        EventLog log = EventLog.writingTo(kept, SMALL);
        List<Event> events = appendLines(log, 3000, 20);
        log.close();
        assertSameEvents(events, log.read(0, events.size()), "the UI may still read a finished run's kept log");
        Event late = log.append(1, EventKind.NOTE, null, "after close", Event.NO_NUM);
        assertEquals(List.of(late), log.read(events.size(), events.size() + 1), "appended after close: kept in memory");
        assertEquals(events.size(), TraceFiles.read(kept).size(), "the file ends where the log was closed");
    }
}
