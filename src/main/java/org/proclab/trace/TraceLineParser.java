package org.proclab.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.proclab.trace.TraceFiles.Problem;
import org.proclab.trace.TraceFiles.TraceFormatException;

/**
 * Parses trace lines into events with a streaming parser and one reusable set of field slots: a
 * million lines are read in about a second, where building a JSON tree per line took several. It
 * accepts and refuses exactly what a tree would, with the same {@link TraceFormatException}s: the whole
 * line is parsed before any field is checked, so a line that is not JSON is said to be not JSON
 * whatever its fields hold. One parser per thread: it is not thread-safe.
 */
final class TraceLineParser {
    private static final JsonFactory JSON = new JsonFactory();
    /** Every field name an event may have, numbered: a field's value goes into its slot. */
    private static final Map<String, Integer> SLOTS = new HashMap<>();
    private static final int SEQ = slot("seq");
    private static final int T_MS = slot("t_ms");
    private static final int PID = slot("pid");
    private static final int KIND = slot("kind");
    private static final int FILE = slot("file");
    private static final int LINE = slot("line");

    static {
        for (EventKind k : EventKind.values()) {
            for (String name : new String[] {k.objName(), k.textName(), k.numName()}) {
                if (name != null) {
                    slot(name);
                }
            }
        }
    }

    // what a slot holds; ABSENT until the line sets it (the last of duplicate fields wins, as in a tree)
    private static final byte ABSENT = 0;
    private static final byte NULL = 1;
    private static final byte STRING = 2;
    private static final byte WHOLE = 3; // an integer that fits a long
    private static final byte HUGE = 4; // an integer that does not
    private static final byte REAL = 5;
    private static final byte OTHER = 6; // true, false, an object or an array

    private final byte[] types = new byte[SLOTS.size() + 1]; // the last for the fast path's unknown fields
    private final String[] strings = new String[SLOTS.size() + 1];
    private final long[] wholes = new long[SLOTS.size() + 1];
    private final double[] reals = new double[SLOTS.size() + 1];
    private final Map<String, EventKind> kinds = new HashMap<>();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private static int slot(String name) {
        return SLOTS.computeIfAbsent(name, n -> SLOTS.size());
    }

    /**
     * The event on line {@code lineNo} of {@code file}, bytes {@code [off, off+len)} without the line end,
     * or null for a blank line (which a trace may hold).
     *
     * @throws TraceFormatException what is wrong with the line; {@link Problem#NOT_UTF8} if it is not UTF-8
     */
    Event parse(Path file, int lineNo, byte[] b, int off, int len) throws TraceFormatException {
        boolean ascii = true;
        boolean blank = true;
        for (int i = off, end = off + len; i < end; i++) {
            byte c = b[i];
            if (c < 0) {
                ascii = false;
                break;
            }
            if (blank && !Character.isWhitespace(c)) {
                blank = false;
            }
        }
        if (!ascii) {
            String text;
            try {
                text = utf8.decode(ByteBuffer.wrap(b, off, len)).toString();
            } catch (CharacterCodingException e) {
                throw new TraceFormatException(file, lineNo, Problem.NOT_UTF8, "it is not UTF-8 text");
            }
            blank = text.isBlank();
        }
        return blank ? null : fields(file, lineNo, b, off, len, ascii);
    }

    /** {@link #parse} of a line already decoded, or null if it is blank. */
    Event parse(Path file, int lineNo, String line) throws TraceFormatException {
        if (line.isBlank()) {
            return null;
        }
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return fields(file, lineNo, b, 0, b.length, b.length == line.length());
    }

    private Event fields(Path file, int lineNo, byte[] b, int off, int len, boolean ascii) throws TraceFormatException {
        java.util.Arrays.fill(types, ABSENT);
        if (fast(b, off, off + len, ascii)) {
            fastLines++;
        } else {
            java.util.Arrays.fill(types, ABSENT);
            jackson(file, lineNo, b, off, len);
        }
        return event(file, lineNo);
    }

    /** Reads the line with Jackson's parser into the slots: whatever {@link #fast} leaves to it, errors included. */
    private void jackson(Path file, int lineNo, byte[] b, int off, int len) throws TraceFormatException {
        boolean object;
        try (JsonParser p = JSON.createParser(b, off, len)) {
            JsonToken t = p.nextToken();
            object = t == JsonToken.START_OBJECT;
            if (object) {
                readObject(p);
            } else if (t == JsonToken.VALUE_STRING) {
                p.getText(); // decoded as a tree would: a bad escape is not JSON
            } else if (t != null) {
                p.skipChildren(); // an array is read to its end: a broken one is not JSON
            }
        } catch (JsonProcessingException e) {
            throw new TraceFormatException(file, lineNo, Problem.NOT_JSON, "it is not JSON");
        } catch (IOException e) {
            throw new TraceFormatException(file, lineNo, Problem.NOT_JSON, "it is not JSON"); // a byte array does not fail
        }
        if (!object) {
            java.util.Arrays.fill(types, ABSENT); // not an object: no fields
        }
    }

    /** The event the slots hold, checked as a JSON tree of the line would be. */
    private Event event(Path file, int lineNo) throws TraceFormatException {
        if (!present(KIND) || !present(SEQ) || !present(PID)) {
            throw new TraceFormatException(file, lineNo, Problem.NOT_AN_EVENT,
                    "it needs at least \"seq\", \"pid\" and \"kind\"");
        }
        String kindName = text(file, lineNo, KIND, "kind");
        EventKind k = kinds.get(kindName);
        if (k == null) {
            try {
                k = EventKind.fromWireName(kindName);
            } catch (IllegalArgumentException e) {
                throw new TraceFormatException(file, lineNo, Problem.UNKNOWN_KIND,
                        "unknown event kind \"" + kindName + "\"", kindName);
            }
            kinds.put(kindName, k);
        }
        long seq = whole(file, lineNo, SEQ, "seq");
        long pid = whole(file, lineNo, PID, "pid");
        String obj = k.objName() != null && present(slotOf(k.objName())) ? text(file, lineNo, slotOf(k.objName()), k.objName()) : null;
        String text = k.textName() != null && present(slotOf(k.textName()))
                ? text(file, lineNo, slotOf(k.textName()), k.textName()) : null;
        long num = k.numName() != null && present(slotOf(k.numName()))
                ? whole(file, lineNo, slotOf(k.numName()), k.numName()) : Event.NO_NUM;
        if (types[T_MS] != ABSENT && types[T_MS] != NULL && types[T_MS] != WHOLE && types[T_MS] != HUGE
                && types[T_MS] != REAL) {
            throw wrongType(file, lineNo, "t_ms", "a number");
        }
        long nanos = types[T_MS] == REAL || types[T_MS] == HUGE ? Math.round(reals[T_MS] * 1e6)
                : types[T_MS] == WHOLE ? Math.round(wholes[T_MS] * 1e6) : 0;
        String src = present(FILE) ? text(file, lineNo, FILE, "file") : null;
        // an output event's printed text is its "line" too: a source line goes with a "file"
        boolean lineIsText = "line".equals(k.textName());
        int srcLine = src != null && present(LINE) && !lineIsText ? (int) whole(file, lineNo, LINE, "line") : 0;
        return new Event(seq, nanos, pid, k, obj, text, num, src, srcLine);
    }

    // ---- the fast path -----------------------------------------------------------------------------

    /** Field names by their bytes: an open-addressed table, so a name is found without making a String. */
    private static final byte[][] NAMES = new byte[256][];
    private static final int[] NAME_SLOTS = new int[256];
    /** 10^k, exact as doubles for k <= 22. */
    private static final double[] POW10 = new double[23];

    static {
        SLOTS.forEach((name, slot) -> {
            byte[] n = name.getBytes(StandardCharsets.US_ASCII);
            int h = hash(n, 0, n.length) & 255;
            while (NAMES[h] != null) {
                h = (h + 1) & 255;
            }
            NAMES[h] = n;
            NAME_SLOTS[h] = slot;
        });
        for (int k = 0; k < POW10.length; k++) {
            POW10[k] = Math.pow(10, k);
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = h * 31 + b[i];
        }
        return h ^ (h >>> 8);
    }

    /** The slot of the field named by bytes {@code [from, to)}, or -1. */
    private static int slotOf(byte[] b, int from, int to) {
        int n = to - from;
        for (int h = hash(b, from, to) & 255; NAMES[h] != null; h = (h + 1) & 255) {
            byte[] name = NAMES[h];
            if (name.length == n && java.util.Arrays.equals(name, 0, n, b, from, to)) {
                return NAME_SLOTS[h];
            }
        }
        return -1;
    }

    private int at; // the fast path's position in the line
    private long fastLines;

    /** Lines read by the fast path so far (tests check that the app's own lines take it). */
    long fastLines() {
        return fastLines;
    }

    /**
     * Reads a line of the shape the app writes (one flat object of strings without escapes, whole numbers,
     * plain decimals, true, false and null, JSON whitespace) into the slots, as Jackson would; false for
     * anything else, valid or not, which then goes to {@link #jackson}. It accepts nothing Jackson refuses.
     */
    private boolean fast(byte[] b, int from, int end, boolean ascii) {
        at = from;
        skipSpace(b, end);
        if (at >= end || b[at] != '{') {
            return false;
        }
        at++;
        skipSpace(b, end);
        if (at < end && b[at] == '}') {
            return true; // {}
        }
        while (true) {
            if (at >= end || b[at] != '"') {
                return false;
            }
            int nameStart = ++at;
            if (!plainString(b, end)) {
                return false;
            }
            int slot = slotOf(b, nameStart, at - 1);
            skipSpace(b, end);
            if (at >= end || b[at++] != ':') {
                return false;
            }
            skipSpace(b, end);
            if (!value(b, end, slot < 0 ? junk : slot, ascii)) {
                return false;
            }
            skipSpace(b, end);
            if (at >= end) {
                return false;
            }
            byte c = b[at++];
            if (c == '}') {
                return true; // what follows the object is not read, as by a tree
            }
            if (c != ',') {
                return false;
            }
            skipSpace(b, end);
        }
    }

    private final int junk = types.length - 1; // where the values of unknown fields go

    /** One value into {@code slot}; false if it is not a plain one. */
    private boolean value(byte[] b, int end, int slot, boolean ascii) {
        if (at >= end) {
            return false;
        }
        byte c = b[at];
        if (c == '"') {
            int start = ++at;
            int escapes = string(b, end);
            if (escapes < 0 || (escapes > 0 && !ascii)) {
                return false;
            }
            types[slot] = STRING;
            strings[slot] = escapes == 0 ? new String(b, start, at - 1 - start,
                    ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8) // UTF-8 checked before
                    : unescaped(b, start, at - 1);
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number(b, end, slot);
        }
        return literal(b, end, slot, "true", OTHER) || literal(b, end, slot, "false", OTHER)
                || literal(b, end, slot, "null", NULL);
    }

    /**
     * Moves past a string's closing quote and says how many escapes it holds; -1 for a control character, an
     * escape other than \\" \\\\ \\/ \\b \\f \\n \\r \\t, or no end (left to Jackson).
     */
    private int string(byte[] b, int end) {
        int escapes = 0;
        for (int i = at; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                at = i + 1;
                return escapes;
            }
            if (c == '\\') {
                if (i + 1 >= end || "\"\\/bfnrt".indexOf(b[i + 1]) < 0) {
                    return -1;
                }
                escapes++;
                i++;
            } else if (c >= 0 && c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /** An ASCII string's bytes {@code [from, to)} with its escapes (checked by {@link #string}) undone. */
    private static String unescaped(byte[] b, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = (char) b[i];
            if (c == '\\') {
                c = switch (b[++i]) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> (char) b[i]; // " \ /
                };
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Moves past a string's closing quote; false on an escape or a control character (left to Jackson). */
    private boolean plainString(byte[] b, int end) {
        for (int i = at; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                at = i + 1;
                return true;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                return false;
            }
        }
        return false;
    }

    /** A whole number of up to 18 digits, or a plain decimal of up to 15 (exact as a double, as parseDouble gives). */
    private boolean number(byte[] b, int end, int slot) {
        boolean negative = b[at] == '-';
        int i = negative ? at + 1 : at;
        int digitsFrom = i;
        long m = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            m = m * 10 + (b[i++] - '0');
        }
        int intDigits = i - digitsFrom;
        if (intDigits == 0 || intDigits > 18 || (intDigits > 1 && b[digitsFrom] == '0')) {
            return false;
        }
        int fraction = 0;
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                m = m * 10 + (b[i++] - '0');
                fraction++;
            }
            if (fraction == 0 || intDigits + fraction > 15) {
                return false;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E' || b[i] == '.')) {
            return false;
        }
        if (i < end && !(b[i] == ',' || b[i] == '}' || b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            return false; // "12a": Jackson says why
        }
        at = i;
        if (fraction == 0) {
            types[slot] = WHOLE;
            wholes[slot] = negative ? -m : m;
        } else {
            types[slot] = REAL;
            double d = m / POW10[fraction]; // both exact, so the quotient is rounded once: parseDouble's value
            reals[slot] = negative ? -d : d;
        }
        return true;
    }

    private boolean literal(byte[] b, int end, int slot, String word, byte type) {
        int n = word.length();
        if (end - at < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[at + k] != word.charAt(k)) {
                return false;
            }
        }
        if (at + n < end && Character.isLetterOrDigit(b[at + n])) {
            return false; // "nullx": Jackson says why
        }
        at += n;
        types[slot] = type;
        return true;
    }

    private void skipSpace(byte[] b, int end) {
        while (at < end && (b[at] == ' ' || b[at] == '\t' || b[at] == '\r' || b[at] == '\n')) {
            at++;
        }
    }

    // ---- Jackson's path --------------------------------------------------------------------------------

    /** Reads the fields of the object just opened into their slots, to its end. */
    private void readObject(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            Integer s = SLOTS.get(p.currentName());
            JsonToken v = p.nextToken();
            if (s == null) {
                if (v == JsonToken.VALUE_STRING) {
                    p.getText(); // decoded as a tree would, so a bad escape is found here too
                }
                p.skipChildren();
                continue;
            }
            int i = s;
            switch (v) {
                case VALUE_NULL -> types[i] = NULL;
                case VALUE_STRING -> {
                    types[i] = STRING;
                    strings[i] = p.getText();
                }
                case VALUE_NUMBER_INT -> {
                    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        types[i] = HUGE;
                        reals[i] = p.getDoubleValue();
                    } else {
                        types[i] = WHOLE;
                        wholes[i] = p.getLongValue();
                    }
                }
                case VALUE_NUMBER_FLOAT -> {
                    types[i] = REAL;
                    reals[i] = p.getDoubleValue();
                }
                default -> {
                    types[i] = OTHER;
                    p.skipChildren();
                }
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "the object does not end");
        }
    }

    private static int slotOf(String name) {
        return SLOTS.get(name);
    }

    private boolean present(int slot) {
        return types[slot] != ABSENT && types[slot] != NULL;
    }

    private long whole(Path file, int lineNo, int slot, String field) throws TraceFormatException {
        if (types[slot] != WHOLE) {
            throw wrongType(file, lineNo, field, "a whole number");
        }
        return wholes[slot];
    }

    private String text(Path file, int lineNo, int slot, String field) throws TraceFormatException {
        if (types[slot] != STRING) {
            throw wrongType(file, lineNo, field, "a string");
        }
        return strings[slot];
    }

    private static TraceFormatException wrongType(Path file, int lineNo, String field, String what) {
        return new TraceFormatException(file, lineNo, Problem.WRONG_TYPE, "\"" + field + "\" must be " + what, field);
    }
}
