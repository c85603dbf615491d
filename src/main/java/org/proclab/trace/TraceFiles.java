package org.proclab.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trace files: the event log as JSON lines, one event per line, field names as in
 * {@code docs/trace-format.md}. Reading checks every line and names the first that is not an event; a last line cut
 * short (the writer was stopped) is left out with a warning. {@link #load} holds every event; a big trace is
 * better read through an {@link IndexedTrace}, which checks the same and holds none.
 */
public final class TraceFiles {
    private static final JsonFactory JSON = new JsonFactory();

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
        writeFields(g, e, new char[MillisText.MAX_CHARS], true);
    }

    /**
     * As above, with a buffer for the time's digits; {@code check} false for events known to hold text UTF-8
     * can carry (an {@link EventLog}'s, made so on append): the check is a pass over every string.
     */
    static void writeFields(JsonGenerator g, Event e, char[] digits, boolean check) throws IOException {
        EventKind k = e.kind();
        KindNames names = KIND_NAMES[k.ordinal()];
        g.writeStartObject();
        g.writeFieldName(SEQ);
        g.writeNumber(e.seq());
        g.writeFieldName(T_MS);
        g.writeRawValue(digits, 0, MillisText.write(e.nanos(), digits));
        g.writeFieldName(PID);
        g.writeNumber(e.pid());
        g.writeFieldName(KIND);
        g.writeString(names.wire);
        if (names.obj != null && e.obj() != null) {
            g.writeFieldName(names.obj);
            g.writeString(check ? wellFormed(e.obj()) : e.obj());
        }
        if (names.text != null && e.text() != null) {
            g.writeFieldName(names.text);
            g.writeString(check ? wellFormed(e.text()) : e.text());
        }
        if (names.num != null && e.hasNum()) {
            g.writeFieldName(names.num);
            g.writeNumber(e.num());
        }
        if (e.file() != null) {
            g.writeFieldName(FILE);
            g.writeString(check ? wellFormed(e.file()) : e.file());
            g.writeFieldName(LINE);
            g.writeNumber(e.line());
        }
        g.writeEndObject();
    }

    /*
     * Field names and kinds encoded once: the writer puts four to nine on every line, and Jackson copies a
     * pre-encoded name where it would otherwise check and encode each character again (writing field names was a
     * fifth of the writer thread's time in a profile of locked Value increments). The same bytes either way.
     */
    private static final SerializableString SEQ = new SerializedString("seq");
    private static final SerializableString T_MS = new SerializedString("t_ms");
    private static final SerializableString PID = new SerializedString("pid");
    private static final SerializableString KIND = new SerializedString("kind");
    private static final SerializableString FILE = new SerializedString("file");
    private static final SerializableString LINE = new SerializedString("line");
    private static final KindNames[] KIND_NAMES = KindNames.all();

    /** One kind's name in traces and the names of its fields, pre-encoded (null where the kind has no such field). */
    private record KindNames(SerializableString wire, SerializableString obj, SerializableString text,
                             SerializableString num) {
        static KindNames[] all() {
            EventKind[] kinds = EventKind.values();
            KindNames[] names = new KindNames[kinds.length];
            for (EventKind k : kinds) {
                names[k.ordinal()] = new KindNames(encoded(k.wireName()), encoded(k.objName()), encoded(k.textName()),
                        encoded(k.numName()));
            }
            return names;
        }

        private static SerializableString encoded(String s) {
            return s == null ? null : new SerializedString(s);
        }
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
        TraceScanner.Result r = TraceScanner.scan(file, (e, lineNo, offset) -> events.add(e), fraction -> { });
        return new Trace(events, r.truncatedLine());
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
