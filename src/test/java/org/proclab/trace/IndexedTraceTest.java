package org.proclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("unit")
class IndexedTraceTest {
    private static final int N = 5 * IndexedTrace.CHUNK + 123;

    /** Events of several kinds, some with Chinese text, numbers and source lines. */
    private static List<Event> events(int n) {
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(switch (i % 4) {
                case 0 -> new Event(i, i * 1000L, 10, EventKind.SEND, "pipe-1:1", "message " + i, i, "A.java", 7);
                case 1 -> new Event(i, i * 1000L, 11, EventKind.RECV, "pipe-1:0", "message " + (i - 1), i - 1, "A.java", 9);
                case 2 -> new Event(i, i * 1000L, 11, EventKind.OUTPUT, "stdout", "收到 " + i + " \"quoted\"", Event.NO_NUM, null, 0);
                default -> new Event(i, i * 1000L, 10, EventKind.CPU, null, null, i / 4, null, 0);
            });
        }
        return out;
    }

    @ParameterizedTest(name = "in {0} part(s)")
    @ValueSource(ints = {1, 2})
    void read_anyRange_givesTheEventsTraceFilesLoads(int parts, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.jsonl");
        TraceFiles.write(events(N), f);
        // blank lines (and a Windows line end) between events: skipped, as by load
        String text = Files.readString(f).replace("\n" + lineStart(f, 2000), "\n\n \r\n" + lineStart(f, 2000));
        Files.writeString(f, "\n" + text + "\n\n");
        List<Event> loaded = TraceFiles.load(f).events();
        assertEquals(N, loaded.size());

        List<Double> progress = new ArrayList<>();
        IndexedTrace t = IndexedTrace.open(f, progress::add, parts);
        assertEquals(N, t.size());
        assertEquals(0, t.truncatedLine());
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertEquals(loaded, t.read(0, N), "all of it");
        int c = IndexedTrace.CHUNK;
        for (int[] r : new int[][] {{0, 0}, {0, 1}, {c - 1, c + 1}, {c, 2 * c}, {1999, 2001}, {N / 2 - 3, N / 2 + 3}, {N - 1, N}, {3 * c + 5, N}, {17, 17}}) {
            assertEquals(loaded.subList(r[0], r[1]), t.read(r[0], r[1]), Arrays.toString(r));
        }
        // backwards, one at a time, as the event list draws its rows
        for (int i = N - 1; i >= N - 3 * c; i -= 97) {
            assertEquals(loaded.get(i), t.read(i, i + 1).get(0));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> t.read(N - 1, N + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> t.read(-1, 2));
    }

    private static String lineStart(Path f, int event) throws IOException {
        String line = Files.readAllLines(f).get(event);
        return line.substring(0, 12);
    }

    @ParameterizedTest(name = "in {0} part(s)")
    @ValueSource(ints = {1, 2})
    void read_fromTwoThreadsAtOnce_bothGetTheirEvents(int parts, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.jsonl");
        List<Event> all = events(N);
        TraceFiles.write(all, f);
        IndexedTrace t = IndexedTrace.open(f, p -> { }, parts);
        CompletableFuture<Boolean> forward = CompletableFuture.supplyAsync(() -> {
            for (int i = 0; i < N; i += 50) {
                if (!t.read(i, Math.min(N, i + 50)).equals(all.subList(i, Math.min(N, i + 50)))) {
                    return false;
                }
            }
            return true;
        });
        for (int i = N - 1; i >= 0; i -= 31) {
            assertEquals(all.get(i), t.read(i, i + 1).get(0));
        }
        assertTrue(forward.get(60, TimeUnit.SECONDS));
    }

    @ParameterizedTest(name = "in {0} part(s)")
    @ValueSource(ints = {1, 2})
    void readyFrom_growsAsTheNextChunksAreDecodedOnAnotherThread(int parts, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.jsonl");
        TraceFiles.write(events(N), f);
        IndexedTrace t = IndexedTrace.open(f, p -> { }, parts);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long ready = t.readyFrom(10);
        while (ready < N - 10 && System.nanoTime() < deadline) {
            Thread.sleep(5);
            ready = t.readyFrom(10);
        }
        assertEquals(N - 10, ready, "every chunk from the first on decoded, without reading any");
        assertEquals(0, t.readyFrom(N));
    }

    @ParameterizedTest(name = "in {0} part(s)")
    @ValueSource(ints = {1, 2})
    void open_badFiles_failAsTraceFilesLoadDoes(int parts, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("notes.jsonl");
        String good = TraceFiles.toJson(events(1).get(0)) + "\n";
        byte[] notUtf8 = "{\"seq\":0,\"pid\":1,\"kind\":\"output\",\"line\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        List<byte[]> bad = List.of(
                bytes("# ProcLab\n\nProcLab is a desktop app.\n"),
                bytes("{\"name\":\"x\"}\n"),
                bytes(good + "{\"seq\":1,\"pid\":7,\"kind\":\"warp\"}\n"),
                bytes(good + "{\"seq\":1,\"pid\":7.5,\"kind\":\"exit\"}\n" + good),
                bytes(good + "{\"seq\":1,\"pid\"\n"),
                bytes(good + "{\"seq\":1,\"pid\":1,\"kind\":\"warp\"}"), // a whole last line with a wrong kind
                bytes(""), bytes("\n \n\n"),
                bytes("{\"seq\":0,\"pid\":1,\"ki"), // only a cut line: no events
                concat(bytes(good), notUtf8, bytes(good)));
        for (byte[] content : bad) {
            Files.write(f, content);
            var byLoad = assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.load(f));
            var byIndex = assertThrows(TraceFiles.TraceFormatException.class, () -> IndexedTrace.open(f, p -> { }, parts));
            String what = new String(content, StandardCharsets.UTF_8);
            assertEquals(byLoad.getMessage(), byIndex.getMessage(), what);
            assertEquals(byLoad.problem(), byIndex.problem(), what);
            assertEquals(byLoad.line(), byIndex.line(), what);
        }
        Files.writeString(f, "# ProcLab\n");
        assertEquals("notes.jsonl line 1 is not a ProcLab event: it is not JSON",
                assertThrows(TraceFiles.TraceFormatException.class, () -> IndexedTrace.open(f, p -> { }, parts)).getMessage());
    }

    @ParameterizedTest(name = "in {0} part(s)")
    @ValueSource(ints = {1, 2})
    void open_aBadLineFarIn_isNamedByItsLineNumber(int parts, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.jsonl");
        TraceFiles.write(events(N), f);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        lines.add(4000, ""); // a blank line counts as a line
        lines.set(4500, lines.get(4500).replace("\"pid\":10", "\"pid\":\"ten\""));
        Files.write(f, lines);
        var e = assertThrows(TraceFiles.TraceFormatException.class, () -> IndexedTrace.open(f, p -> { }, parts));
        assertEquals("big.jsonl line 4501 is not a ProcLab event: \"pid\" must be a whole number", e.getMessage());
    }

    @ParameterizedTest(name = "in {0} part(s)")
    @ValueSource(ints = {1, 2})
    void open_lastLineCutShort_servesTheEventsBeforeIt(int parts, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("cut.jsonl");
        List<Event> all = events(2 * IndexedTrace.CHUNK + 1);
        TraceFiles.write(all, f);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(b, b.length - 9)); // in the middle of the last event
        IndexedTrace t = IndexedTrace.open(f, p -> { }, parts);
        assertEquals(2 * IndexedTrace.CHUNK, t.size());
        assertEquals(2 * IndexedTrace.CHUNK + 1, t.truncatedLine());
        assertEquals(all.subList(0, 2 * IndexedTrace.CHUNK), t.read(0, t.size()));
        assertEquals(TraceFiles.load(f).truncatedLine(), t.truncatedLine());
    }

    @ParameterizedTest(name = "in {0} part(s)")
    @ValueSource(ints = {1, 2})
    void read_afterTheFileChanged_failsWithAnUncheckedIoException_notWrongEvents(int parts, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.jsonl");
        TraceFiles.write(events(N), f);
        IndexedTrace t = IndexedTrace.open(f, p -> { }, parts);
        TraceFiles.write(events(N / 2), f);
        var e = assertThrows(UncheckedIOException.class, () -> t.read(N - 5, N));
        assertTrue(e.getMessage().contains("t.jsonl"), e.getMessage());
    }

    @Test
    void open_inTwoParts_aBadLineInEachHalf_theFirstIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("two.jsonl");
        TraceFiles.write(events(N), f);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        lines.set(700, lines.get(700).replace("\"pid\":10", "\"pid\":1.5"));
        lines.set(N - 700, "not an event");
        Files.write(f, lines);
        var e = assertThrows(TraceFiles.TraceFormatException.class, () -> IndexedTrace.open(f, p -> { }, 2));
        assertEquals(701, e.line());
        assertEquals(e.getMessage(), assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.load(f)).getMessage());
    }

    @Test
    void open_inTwoParts_aFirstHalfOfBlankLines_numbersTheEventsFromTheFirst(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("blank.jsonl");
        List<Event> all = events(3 * IndexedTrace.CHUNK / 2);
        TraceFiles.write(all, f);
        String text = Files.readString(f);
        Files.writeString(f, "\n".repeat(text.length() + 10) + text);
        IndexedTrace t = IndexedTrace.open(f, p -> { }, 2);
        assertEquals(all, t.read(0, all.size()));
        assertEquals(text.length() + 10 + 1, lineOfFirstEvent(t));
    }

    private static int lineOfFirstEvent(IndexedTrace t) throws IOException {
        Path f = t.file();
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    @Test
    void open_aFileOfSeveralMegabytes_readInTwoPartsAtOnce_servesWhatLoadReads(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.jsonl");
        List<Event> all = events(80_000);
        TraceFiles.write(all, f);
        assertTrue(Files.size(f) > IndexedTrace.TWO_PARTS_FROM, "big enough to be read in two parts: " + Files.size(f));
        List<Double> progress = new ArrayList<>();
        IndexedTrace t = IndexedTrace.open(f, progress::add);
        assertEquals(all.size(), t.size());
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress never goes back: " + progress);
        }
        assertEquals(all, t.read(0, all.size()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
