package org.proclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class TraceFilesTest {

    @Test
    void writeThenRead_sameEvents_namedFieldsPerKind(@TempDir Path dir) throws Exception {
        EventLog log = new EventLog();
        log.append(10, EventKind.START, "main", "MainProcess", 1);
        log.append(11, EventKind.START, "child", "Process-1", 10, "Lesson.java", 27);
        log.append(11, EventKind.OUTPUT, "stdout", "hello \"bob\" ünïcödé 你好", Event.NO_NUM);
        log.append(11, EventKind.EXIT, null, "returned", 0);
        Path f = dir.resolve("t.jsonl");
        TraceFiles.write(log.snapshot(), f);

        List<String> lines = Files.readAllLines(f);
        assertTrue(lines.get(1).contains("\"ppid\":10"), lines.get(1));
        assertTrue(lines.get(1).contains("\"name\":\"Process-1\""));
        assertTrue(lines.get(1).contains("\"file\":\"Lesson.java\",\"line\":27"));
        List<Event> back = TraceFiles.read(f);
        assertEquals(4, back.size());
        for (int i = 0; i < 4; i++) {
            Event a = log.snapshot().get(i);
            Event b = back.get(i);
            assertEquals(a.kind(), b.kind());
            assertEquals(a.pid(), b.pid());
            assertEquals(a.obj(), b.obj());
            assertEquals(a.text(), b.text());
            assertEquals(a.num(), b.num());
            assertEquals(a.line(), b.line());
        }
    }

    @Test
    void read_notATrace_namesTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "{\"seq\":0,\"pid\":1,\"kind\":\"start\"}\nthis is not json\n");
        var e = assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.read(f));
        assertEquals("notes.txt line 2 is not a ProcLab event: it is not JSON", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(TraceFiles.Problem.NOT_JSON, e.problem());
    }

    @Test
    void read_jsonButNotEvents_saysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("package.json");
        Files.writeString(f, "{\"name\":\"x\"}\n");
        var e = assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.read(f));
        assertEquals("package.json line 1 is not a ProcLab event: it needs at least \"seq\", \"pid\" and \"kind\"", e.getMessage());
    }

    @Test
    void read_unknownKind_named(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.jsonl");
        Files.writeString(f, "{\"seq\":0,\"pid\":1,\"kind\":\"teleport\"}\n");
        var e = assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.read(f));
        assertTrue(e.getMessage().contains("unknown event kind \"teleport\""), e.getMessage());
    }

    @Test
    void read_wrongTypedField_namesItsLineAndTheField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.jsonl");
        String good = "{\"seq\":0,\"t_ms\":1.5,\"pid\":7,\"kind\":\"start\",\"role\":\"main\",\"name\":\"MainProcess\",\"ppid\":1}\n";
        for (String[] bad : new String[][] {
                {"{\"seq\":\"one\",\"pid\":7,\"kind\":\"exit\"}", "\"seq\" must be a whole number"},
                {"{\"seq\":1,\"pid\":7.5,\"kind\":\"exit\"}", "\"pid\" must be a whole number"},
                {"{\"seq\":1,\"pid\":7,\"kind\":\"exit\",\"exitcode\":\"0\"}", "\"exitcode\" must be a whole number"},
                {"{\"seq\":1,\"pid\":7,\"kind\":\"output\",\"stream\":\"stdout\",\"line\":[\"hi\"]}", "\"line\" must be a string"},
                {"{\"seq\":1,\"pid\":7,\"kind\":\"sleep\",\"t_ms\":\"soon\"}", "\"t_ms\" must be a number"},
                {"{\"seq\":1,\"pid\":7,\"kind\":5}", "\"kind\" must be a string"}}) {
            Files.writeString(f, good + bad[0] + "\n" + good);
            var e = assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.read(f), bad[0]);
            assertEquals("t.jsonl line 2 is not a ProcLab event: " + bad[1], e.getMessage());
            assertEquals(TraceFiles.Problem.WRONG_TYPE, e.problem());
        }
    }

    @Test
    void load_truncatedLastLine_loadsTheRest_withAWarningNamingTheLine(@TempDir Path dir) throws Exception {
        EventLog log = new EventLog();
        log.append(10, EventKind.START, "main", "MainProcess", 1);
        log.append(10, EventKind.OUTPUT, "stdout", "你好 world", Event.NO_NUM);
        log.append(10, EventKind.EXIT, null, "returned", 0);
        Path whole = dir.resolve("whole.jsonl");
        TraceFiles.write(log.snapshot(), whole);
        byte[] bytes = Files.readAllBytes(whole);
        int thirdLine = 0; // the byte where the third event starts
        for (int i = 0, breaks = 0; breaks < 2; i++) {
            if (bytes[i] == '\n' && ++breaks == 2) {
                thirdLine = i + 1;
            }
        }
        int inChinese = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).indexOf("你") + 1; // chars before: all ASCII
        // cut in the middle of the third event, just before its closing brace, and inside a Chinese character of the second
        for (int cut : new int[] {thirdLine + 20, bytes.length - 2, inChinese}) {
            Path f = dir.resolve("cut.jsonl");
            Files.write(f, java.util.Arrays.copyOf(bytes, cut));
            TraceFiles.Trace t = TraceFiles.load(f);
            boolean inSecond = cut < thirdLine;
            assertEquals(inSecond ? 1 : 2, t.events().size(), "cut at " + cut);
            assertEquals(inSecond ? 2 : 3, t.truncatedLine());
            assertEquals("cut.jsonl line " + t.truncatedLine() + " is cut short, probably because the app that wrote it was stopped: the "
                    + t.events().size() + " events before it are loaded", t.warning(f));
            assertEquals(t.events(), TraceFiles.read(f));
        }
        assertEquals(null, TraceFiles.load(whole).warning(whole));
        assertEquals(3, TraceFiles.load(whole).events().size());
    }

    @Test
    void load_badLineFollowedByALineBreak_isNotACutLine_butAnError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.jsonl");
        Files.writeString(f, "{\"seq\":0,\"pid\":1,\"kind\":\"start\"}\n{\"seq\":1,\"pid\"\n");
        var e = assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.load(f));
        assertEquals("t.jsonl line 2 is not a ProcLab event: it is not JSON", e.getMessage());
        Files.writeString(f, "{\"seq\":0,\"pid\":1,\"kind\":\"start\"}\n{\"seq\":1,\"pid\":1,\"kind\":\"warp\"}");
        assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.load(f), "a whole line with a wrong kind is wrong, cut or not");
    }

    @Test
    void everyKindsLine_isTheLineJacksonWritesFromTheKindsFieldNames() throws Exception {
        // the encoder writes pre-encoded field names; a name set wrong for some kind, or bytes unlike Jackson's own
        // (quotes, controls, non-ASCII, surrogate pairs), would make traces other readers do not take
        Random random = new Random(13);
        String[] texts = {"plain", "q\"uote\\back", "tab\tnl\n\u0001", "caf\u00e9 \u4e2d\u6587", "smile \ud83d\ude00"};
        TraceLineEncoder encoder = new TraceLineEncoder(false);
        for (EventKind kind : EventKind.values()) {
            for (int variant = 0; variant < 4; variant++) {
                Event e = new Event(random.nextInt(1_000_000), (random.nextLong() & 0xffffffffffL) / 1000 * 1000,
                        random.nextInt(99_999), kind,
                        variant == 1 ? null : texts[random.nextInt(texts.length)],
                        variant == 2 ? null : texts[random.nextInt(texts.length)],
                        variant == 3 ? Event.NO_NUM : random.nextLong(),
                        variant == 1 ? null : "Lesson.java", 1 + random.nextInt(500));
                encoder.reset();
                encoder.encode(e);
                String line = new String(encoder.bytes(), 0, encoder.length(), StandardCharsets.UTF_8);
                assertEquals(plainJacksonLine(e, true) + "\n", line, kind + " variant " + variant);
                assertEquals(plainJacksonLine(e, false), TraceFiles.toJson(e), kind + " variant " + variant);
            }
        }
    }

    /**
     * The line as Jackson writes it with every field name given as a String, from the kind's own names; as UTF-8
     * bytes (as the trace writer does: Jackson escapes a surrogate pair there) or as text ({@code toJson}).
     */
    private static String plainJacksonLine(Event e, boolean utf8) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter text = new StringWriter();
        JsonFactory json = new JsonFactory();
        try (JsonGenerator g = utf8 ? json.createGenerator(bytes) : json.createGenerator(text)) {
            char[] digits = new char[MillisText.MAX_CHARS];
            EventKind k = e.kind();
            g.writeStartObject();
            g.writeNumberField("seq", e.seq());
            g.writeFieldName("t_ms");
            g.writeRawValue(digits, 0, MillisText.write(e.nanos(), digits));
            g.writeNumberField("pid", e.pid());
            g.writeStringField("kind", k.wireName());
            if (k.objName() != null && e.obj() != null) {
                g.writeStringField(k.objName(), e.obj());
            }
            if (k.textName() != null && e.text() != null) {
                g.writeStringField(k.textName(), e.text());
            }
            if (k.numName() != null && e.hasNum()) {
                g.writeNumberField(k.numName(), e.num());
            }
            if (e.file() != null) {
                g.writeStringField("file", e.file());
                g.writeNumberField("line", e.line());
            }
            g.writeEndObject();
        }
        return utf8 ? bytes.toString(StandardCharsets.UTF_8) : text.toString();
    }
}
