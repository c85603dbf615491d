package org.proclab.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Encodes events as trace lines (UTF-8 JSON, one per line) into a reusable byte buffer: one generator
 * for every event, so the spill writer does not build a String per event.
 */
final class TraceLineEncoder {
    private static final JsonFactory JSON = new JsonFactory();

    private final Buffer out = new Buffer();
    private final char[] digits = new char[MillisText.MAX_CHARS];
    private final boolean check;
    private final JsonGenerator g;

    /** An encoder that makes each string well formed (an unpaired surrogate becomes '?') before writing it. */
    TraceLineEncoder() {
        this(true);
    }

    /** {@code check} false: only for an {@link EventLog}'s events, whose strings were made well formed on append. */
    TraceLineEncoder(boolean check) {
        this.check = check;
        try {
            g = JSON.createGenerator((OutputStream) out);
            g.setRootValueSeparator(null); // lines are ended by hand
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends {@code e}'s line, line end included. */
    void encode(Event e) {
        try {
            TraceFiles.writeFields(g, e, digits, check);
            g.writeRaw('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex); // a byte array does not fail
        }
    }

    /** Bytes encoded since the last {@link #reset}. */
    int length() {
        flush();
        return out.size();
    }

    /** The buffer; valid up to {@link #length()}, until the next call. */
    byte[] bytes() {
        flush();
        return out.array();
    }

    void reset() {
        flush();
        out.reset();
    }

    void drainTo(OutputStream target) throws IOException {
        flush();
        out.writeTo(target);
        out.reset();
    }

    private void flush() {
        try {
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 16);
        }

        byte[] array() {
            return buf;
        }
    }
}
