package org.proclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.TraceFiles.Problem;
import org.proclab.trace.TraceFiles.TraceFormatException;

/**
 * The streaming parser against the JSON-tree parser it replaced (kept here as {@link TreeParser}, as it
 * was): for real trace lines and for thousands of broken ones, both give the same event or the same message.
 */
@Tag("unit")
class TraceLineParserTest {
    private static final Path FILE = Path.of("t.jsonl");
    /** Characters that break or bend JSON, put in place of one. */
    private static final String ODD = "\"{}[],:0a-.e\\ ";

    @Test
    void parse_everyLineOfTheRecordedTraces_sameEventAsAJsonTree() throws Exception {
        TraceLineParser p = new TraceLineParser();
        int lines = 0;
        for (String line : recordedLines()) {
            assertEquals(TreeParser.parse(FILE, 1, line), p.parse(FILE, 1, bytes(line), 0, bytes(line).length), line);
            lines++;
        }
        assertTrue(lines > 1000, lines + " lines");
        assertEquals(lines, p.fastLines(), "the app's own lines all take the fast path");
    }

    @Test
    void parse_brokenAndOddLines_sameEventOrSameMessageAsAJsonTree() throws Exception {
        TraceLineParser p = new TraceLineParser();
        Set<String> cases = new LinkedHashSet<>(List.of(
                "this is not json", "[1, 2", "[1, 2]", "5", "5x", "\"a string\"", "\"bad \\q escape\"", "null", "true",
                "{}", "{\"seq\":0}", "{\"seq\":0,\"pid\":1,\"kind\":null}", "{\"seq\":0,\"pid\":1,\"kind\":\"start\"} trailing",
                "{\"seq\":0,\"pid\":1,\"kind\":\"START\"}", "{\"seq\":0,\"pid\":1,\"kind\":\"Pipe_New\",\"pipe\":\"p\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"teleport\"}", "{\"seq\":1.0,\"pid\":1,\"kind\":\"exit\"}",
                "{\"seq\":99999999999999999999,\"pid\":1,\"kind\":\"exit\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":99999999999999999999}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":12}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":null}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":true}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":[1]}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"exitcode\":null}", "{\"seq\":0,\"seq\":\"x\",\"pid\":1,\"kind\":\"exit\"}",
                "{\"seq\":\"x\",\"seq\":3,\"pid\":1,\"kind\":\"exit\"}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"extra\":{\"a\":[1,{\"b\":2}]}}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"extra\":\"bad \\q\"}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"extra\":{\"a\":[1,}}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"output\",\"stream\":\"stdout\",\"line\":\"hi\",\"file\":\"A.java\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"send\",\"end\":\"p:1\",\"message\":\"x\",\"msg\":3,\"file\":\"A.java\",\"line\":\"7\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"send\",\"end\":\"p:1\",\"file\":null,\"line\":\"7\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"send\",\"end\":\"p:1\",\"line\":7}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"send\",\"end\":5}", "{\"seq\":0,\"pid\":1,\"kind\":\"start\",\"ppid\":1.5}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"output\",\"line\":\"caf\\u00e9 \\ud83d\\ude00\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"output\",\"line\":\"tab\there\"}", "{\"seq\":0 \"pid\":1}", "{\"seq\":0,}",
                "{\"seq\":-5,\"pid\":-1,\"kind\":\"exit\",\"exitcode\":-9223372036854775808}",
                "\t{ \"seq\" : 0 , \"pid\" : 1 , \"kind\" : \"exit\" }\r",
                // numbers and strings the fast path leaves to Jackson, or must read as it does
                "{\"seq\":1e3,\"pid\":1,\"kind\":\"exit\"}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":1E+2}",
                "{\"seq\":-0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":-0.0}", "{\"seq\":0123,\"pid\":1,\"kind\":\"exit\"}",
                "{\"seq\":1.,\"pid\":1,\"kind\":\"exit\"}", "{\"seq\":.5,\"pid\":1,\"kind\":\"exit\"}",
                "{\"seq\":-,\"pid\":1,\"kind\":\"exit\"}", "{\"seq\":1234567890123456789,\"pid\":1,\"kind\":\"exit\"}",
                "{\"seq\":999999999999999999,\"pid\":-999999999999999999,\"kind\":\"exit\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":1.23456789012345678}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":0.1234565}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":123456789.012345}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":0.000001}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":12a}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"t_ms\":1.5.3}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"x\":truex}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"x\":nul}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"x\":true\"y\"}",
                "{\"\\u0073eq\":0,\"pid\":1,\"kind\":\"exit\"}", "{\"seq\":0,\"pid\":1,\"kind\":\"ex\\u0069t\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"output\",\"line\":\"a\\\"b\\\\c\\/d\\n\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"output\",\"line\":\"raw\u0001control\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"output\",\"line\":\"caf\u00e9 \u4f60\u597d \ud83d\ude00\"}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"output\",\"caf\u00e9\":1,\"line\":\"x\"}",
                "\f{\"seq\":0,\"pid\":1,\"kind\":\"exit\"}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\"\f}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",}", "{,\"seq\":0}", "{\"seq\"0}", "{\"seq\":0", "{\"seq\":\"0}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"x\":[1,2]}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"x\":{}}",
                "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"exitcode\":true}", "{\"seq\":0,\"pid\":1,\"kind\":\"exit\",\"how\":false}"));
        List<String> real = recordedLines();
        Random r = new Random(13);
        for (int i = 0; i < 4000; i++) {
            String line = real.get(r.nextInt(real.size()));
            switch (r.nextInt(5)) {
                case 0 -> cases.add(line.substring(0, r.nextInt(line.length()))); // cut short
                case 1 -> { // one character changed
                    int at = r.nextInt(line.length());
                    cases.add(line.substring(0, at) + ODD.charAt(r.nextInt(ODD.length())) + line.substring(at + 1));
                }
                case 2 -> { // one character dropped
                    int at = r.nextInt(line.length());
                    cases.add(line.substring(0, at) + line.substring(at + 1));
                }
                case 3 -> cases.add(line.replaceFirst(":(\"[^\"]*\"|-?[0-9.]+)", ":" + List.of("null", "true", "[]", "{}", "1.5",
                        "\"7\"", "123456789012345678901234").get(r.nextInt(7))));
                default -> cases.add(line.replace("}", ",\"" + List.of("seq", "pid", "kind", "line", "file", "t_ms", "x")
                        .get(r.nextInt(7)) + "\":" + List.of("null", "2", "\"s\"", "2.5", "false").get(r.nextInt(5)) + "}"));
            }
        }
        int refused = 0;
        for (String line : cases) {
            if (line.isBlank()) {
                assertNull(p.parse(FILE, 7, bytes(line), 0, bytes(line).length));
                continue;
            }
            Object tree = outcome(() -> TreeParser.parse(FILE, 7, line));
            Object stream = outcome(() -> p.parse(FILE, 7, bytes(line), 0, bytes(line).length));
            assertEquals(tree, stream, line);
            refused += tree instanceof String ? 1 : 0;
        }
        assertTrue(refused > 1000 && refused < cases.size() - 300, refused + " of " + cases.size() + " refused: both kinds tried");
    }

    @Test
    void parse_notUtf8_saysSo_andABlankLine_isNoEvent() throws Exception {
        TraceLineParser p = new TraceLineParser();
        byte[] latin1 = "{\"seq\":0,\"pid\":1,\"kind\":\"output\",\"line\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        var e = org.junit.jupiter.api.Assertions.assertThrows(TraceFormatException.class,
                () -> p.parse(FILE, 4, latin1, 0, latin1.length));
        assertEquals(Problem.NOT_UTF8, e.problem());
        assertEquals("t.jsonl line 4 is not a ProcLab event: it is not UTF-8 text", e.getMessage());
        byte[] blank = " \t\r\u3000".getBytes(StandardCharsets.UTF_8);
        assertNull(p.parse(FILE, 5, blank, 0, blank.length));
        byte[] framed = "xx{\"seq\":3,\"pid\":9,\"kind\":\"exit\"}yy".getBytes(StandardCharsets.UTF_8);
        assertEquals(new Event(3, 0, 9, EventKind.EXIT, null, null, Event.NO_NUM, null, 0),
                p.parse(FILE, 6, framed, 2, framed.length - 4), "only the bytes asked for");
    }

    /** The event, or the exception's problem and message. */
    private static Object outcome(ThrowingSupplier s) {
        try {
            return s.get();
        } catch (TraceFormatException e) {
            return e.problem() + ": " + e.getMessage() + " / " + e.detail();
        }
    }

    private interface ThrowingSupplier {
        Event get() throws TraceFormatException;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> recordedLines() throws IOException, URISyntaxException {
        Path dir = Path.of(TraceLineParserTest.class.getResource("/traces").toURI());
        List<String> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                out.addAll(Files.readAllLines(f));
            }
        }
        return out;
    }

    /** TraceFiles.parse as it was before the streaming parser: a JSON tree per line. */
    private static final class TreeParser {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        static Event parse(Path file, int lineNo, String line) throws TraceFormatException {
            JsonNode n;
            try {
                n = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new TraceFormatException(file, lineNo, Problem.NOT_JSON, "it is not JSON");
            }
            if (n == null || !n.isObject() || !n.hasNonNull("kind") || !n.hasNonNull("seq") || !n.hasNonNull("pid")) {
                throw new TraceFormatException(file, lineNo, Problem.NOT_AN_EVENT,
                        "it needs at least \"seq\", \"pid\" and \"kind\"");
            }
            String kindName = text(file, lineNo, n, "kind");
            EventKind k;
            try {
                k = EventKind.fromWireName(kindName);
            } catch (IllegalArgumentException e) {
                throw new TraceFormatException(file, lineNo, Problem.UNKNOWN_KIND, "unknown event kind \"" + kindName + "\"",
                        kindName);
            }
            long seq = whole(file, lineNo, n, "seq");
            long pid = whole(file, lineNo, n, "pid");
            String obj = k.objName() != null && n.hasNonNull(k.objName()) ? text(file, lineNo, n, k.objName()) : null;
            String text = k.textName() != null && n.hasNonNull(k.textName()) ? text(file, lineNo, n, k.textName()) : null;
            long num = k.numName() != null && n.hasNonNull(k.numName()) ? whole(file, lineNo, n, k.numName()) : Event.NO_NUM;
            JsonNode t = n.get("t_ms");
            if (t != null && !t.isNull() && !t.isNumber()) {
                throw wrongType(file, lineNo, "t_ms", "a number");
            }
            long nanos = t == null ? 0 : Math.round(t.asDouble() * 1e6);
            String src = n.hasNonNull("file") ? text(file, lineNo, n, "file") : null;
            boolean lineIsText = "line".equals(k.textName());
            int srcLine = src != null && n.hasNonNull("line") && !lineIsText ? (int) whole(file, lineNo, n, "line") : 0;
            return new Event(seq, nanos, pid, k, obj, text, num, src, srcLine);
        }

        private static long whole(Path file, int lineNo, JsonNode n, String field) throws TraceFormatException {
            JsonNode v = n.get(field);
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw wrongType(file, lineNo, field, "a whole number");
            }
            return v.asLong();
        }

        private static String text(Path file, int lineNo, JsonNode n, String field) throws TraceFormatException {
            JsonNode v = n.get(field);
            if (!v.isTextual()) {
                throw wrongType(file, lineNo, field, "a string");
            }
            return v.asText();
        }

        private static TraceFormatException wrongType(Path file, int lineNo, String field, String what) {
            return new TraceFormatException(file, lineNo, Problem.WRONG_TYPE, "\"" + field + "\" must be " + what, field);
        }
    }
}
