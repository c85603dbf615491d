package org.proclab.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trace files: the event log as JSON lines, one event per line, field names as in
 * {@code docs/trace-format.md}. Reading checks every line and names the first that is not an event.
 */
public final class TraceFiles {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceFiles() {}

    public static void write(List<Event> events, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Event e : events) {
                w.write(toJson(e));
                w.write('\n');
            }
        }
    }

    public static String toJson(Event e) {
        StringWriter sw = new StringWriter(128);
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeNumberField("seq", e.seq());
            g.writeNumberField("t_ms", Math.round(e.nanos() / 1000.0) / 1000.0);
            g.writeNumberField("pid", e.pid());
            g.writeStringField("kind", e.kind().wireName());
            EventKind k = e.kind();
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
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return sw.toString();
    }

    /** Reads a trace; a file that is not one fails with a message naming the line and the problem. */
    public static List<Event> read(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                events.add(parse(file, n, line));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new TraceFormatException(file + " is not a ProcLab trace: it is not UTF-8 text",
                    TraceFormatException.Problem.NOT_TEXT, 0, null);
        }
        if (events.isEmpty()) {
            throw new TraceFormatException(file + " is not a ProcLab trace: it holds no events",
                    TraceFormatException.Problem.EMPTY, 0, null);
        }
        return events;
    }

    private static Event parse(Path file, int lineNo, String line) throws TraceFormatException {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new TraceFormatException(file + " line " + lineNo + " is not JSON: " + e.getOriginalMessage(),
                    TraceFormatException.Problem.NOT_JSON, lineNo, null);
        }
        if (n == null || !n.isObject() || !n.hasNonNull("kind") || !n.hasNonNull("seq") || !n.hasNonNull("pid")) {
            throw new TraceFormatException(file + " line " + lineNo
                    + " is not a ProcLab event: it needs at least \"seq\", \"pid\" and \"kind\"",
                    TraceFormatException.Problem.NOT_AN_EVENT, lineNo, null);
        }
        EventKind k;
        try {
            k = EventKind.fromWireName(n.get("kind").asText());
        } catch (IllegalArgumentException e) {
            throw new TraceFormatException(file + " line " + lineNo + ": unknown event kind \"" + n.get("kind").asText() + "\"",
                    TraceFormatException.Problem.UNKNOWN_KIND, lineNo, n.get("kind").asText());
        }
        String obj = k.objName() != null && n.hasNonNull(k.objName()) ? n.get(k.objName()).asText() : null;
        String text = k.textName() != null && n.hasNonNull(k.textName()) ? n.get(k.textName()).asText() : null;
        long num = k.numName() != null && n.hasNonNull(k.numName()) ? n.get(k.numName()).asLong() : Event.NO_NUM;
        long nanos = Math.round(n.path("t_ms").asDouble() * 1e6);
        String src = n.hasNonNull("file") ? n.get("file").asText() : null;
        return new Event(n.get("seq").asLong(), nanos, n.get("pid").asLong(), k, obj, text, num, src, n.path("line").asInt());
    }

    /**
     * A file that is not a ProcLab trace. The message says it in English (for the command line); the problem,
     * the line (0 when it is about the whole file) and the detail let the app say it in its own language.
     */
    public static final class TraceFormatException extends IOException {
        /** What is wrong. */
        public enum Problem { NOT_TEXT, EMPTY, NOT_JSON, NOT_AN_EVENT, UNKNOWN_KIND }

        private final Problem problem;
        private final int line;
        private final String detail;

        public TraceFormatException(String message, Problem problem, int line, String detail) {
            super(message);
            this.problem = problem;
            this.line = line;
            this.detail = detail;
        }

        public Problem problem() {
            return problem;
        }

        /** The line that is wrong, from 1; 0 when the problem is the whole file. */
        public int line() {
            return line;
        }

        /** For {@link Problem#UNKNOWN_KIND}, the kind the line names; else null. */
        public String detail() {
            return detail;
        }
    }
}
