package org.proclab.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trace files: the event log as JSON lines, one event per line, field names as in
 * {@code docs/trace-format.md}. Reading checks every line and names the first that is not an event; a last line cut
 * short (the writer was stopped) is left out with a warning.
 */
public final class TraceFiles {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceFiles() {}

    /**
     * Writes {@code events} as a trace. The bytes are those an {@link EventLog}'s spill file holds for the
     * same events: both go through {@link TraceLineEncoder}.
     */
    public static void write(List<Event> events, Path file) throws IOException {
        TraceLineEncoder encoder = new TraceLineEncoder();
        try (OutputStream out = Files.newOutputStream(file)) {
            for (Event e : events) {
                encoder.encode(e);
                if (encoder.length() >= 1 << 16) {
                    encoder.drainTo(out);
                }
            }
            encoder.drainTo(out);
        }
    }

    /** One event as its trace line, without the line end. */
    public static String toJson(Event e) {
        StringWriter sw = new StringWriter(128);
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            writeFields(g, e);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return sw.toString();
    }

    /** Writes one event as a JSON object, field names as the trace format says. */
    static void writeFields(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("seq", e.seq());
        g.writeNumberField("t_ms", Math.round(e.nanos() / 1000.0) / 1000.0);
        g.writeNumberField("pid", e.pid());
        g.writeStringField("kind", e.kind().wireName());
        EventKind k = e.kind();
        if (k.objName() != null && e.obj() != null) {
            g.writeStringField(k.objName(), wellFormed(e.obj()));
        }
        if (k.textName() != null && e.text() != null) {
            g.writeStringField(k.textName(), wellFormed(e.text()));
        }
        if (k.numName() != null && e.hasNum()) {
            g.writeNumberField(k.numName(), e.num());
        }
        if (e.file() != null) {
            g.writeStringField("file", wellFormed(e.file()));
            g.writeNumberField("line", e.line());
        }
        g.writeEndObject();
    }

    /** {@code s} with each unpaired surrogate replaced by '?', as a UTF-8 encoder would: no UTF-8 for it exists. */
    static String wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            }
        }
        return s;
    }


    /**
     * A trace as read: its events and, if its last line was cut short (the app that wrote it was stopped while
     * writing), the number of that line, else 0. The events before it are all there.
     */
    public record Trace(List<Event> events, int truncatedLine) {
        public Trace {
            events = List.copyOf(events);
        }

        public boolean truncated() {
            return truncatedLine > 0;
        }

        /** The warning to show for a cut last line, in English, or null (the UI may build its own from the line). */
        public String warning(Path file) {
            return truncated() ? name(file) + " line " + truncatedLine + " is cut short, probably because the app that wrote it"
                    + " was stopped: the " + events.size() + " events before it are loaded" : null;
        }
    }

    /** Reads a trace's events; see {@link #load} for a trace whose last line was cut short. */
    public static List<Event> read(Path file) throws IOException {
        return load(file).events();
    }

    /**
     * Reads a trace. Every line must be an event (a blank line is skipped); a file that is not a trace fails with
     * the line and the problem. Only the last line may be cut short, if the file does not end with a line break:
     * then the events before it load, and {@link Trace#truncatedLine()} says so.
     */
    public static Trace load(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        int truncated = 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            int n = 0;
            boolean ended = false;
            while (!ended) {
                int b = in.read();
                if (b != -1 && b != '\n') {
                    bytes.write(b);
                    continue;
                }
                ended = b == -1;
                if (ended && bytes.size() == 0) {
                    break;
                }
                n++;
                try {
                    String line = utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
                    if (!line.isBlank()) {
                        events.add(parse(file, n, line));
                    }
                } catch (CharacterCodingException | TraceFormatException e) {
                    if (!ended || !cutShort(e)) {
                        throw e instanceof TraceFormatException t ? t
                                : new TraceFormatException(file, n, Problem.NOT_UTF8, "it is not UTF-8 text");
                    }
                    truncated = n; // the last line, with no line break after it: the writer was stopped mid-line
                }
                bytes.reset();
            }
        }
        if (events.isEmpty()) {
            throw new TraceFormatException(file, 0, Problem.EMPTY, "it holds no events");
        }
        return new Trace(events, truncated);
    }

    /** Whether a problem with an unfinished last line is what cutting a whole line short gives. */
    private static boolean cutShort(Exception e) {
        return !(e instanceof TraceFormatException t) || t.problem() == Problem.NOT_JSON;
    }

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
        // an output event's printed text is its "line" too: a source line goes with a "file"
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

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** What is wrong with a file that is not a trace (so a UI can say it in its own language). */
    public enum Problem { NOT_UTF8, NOT_JSON, NOT_AN_EVENT, UNKNOWN_KIND, WRONG_TYPE, EMPTY }

    /** A file that is not a ProcLab trace: which file, which line (0: the file as a whole), and what is wrong. */
    public static final class TraceFormatException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final Problem problem;
        private final String what;
        private final String detail;

        public TraceFormatException(Path file, int line, Problem problem, String what) {
            this(file, line, problem, what, null);
        }

        /** With the detail a UI needs to say it in its own words: the unknown kind, the wrong-typed field. */
        public TraceFormatException(Path file, int line, Problem problem, String what, String detail) {
            super(name(file) + (line > 0 ? " line " + line + " is not a ProcLab event: " : " is not a ProcLab trace: ") + what);
            this.line = line;
            this.problem = problem;
            this.what = what;
            this.detail = detail;
        }

        /** For {@link Problem#UNKNOWN_KIND} the kind the line names, for {@link Problem#WRONG_TYPE} the field; else null. */
        public String detail() {
            return detail;
        }

        public int line() {
            return line;
        }

        public Problem problem() {
            return problem;
        }

        /** The problem alone, without the file and the line: "\"seq\" must be a whole number". */
        public String what() {
            return what;
        }
    }
}
