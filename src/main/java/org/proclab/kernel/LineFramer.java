package org.proclab.kernel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts a process's output into lines: LF, CRLF and a lone CR each end a line, and whatever is left when
 * the stream closes is a last line, so nothing a process printed is lost. A line longer than
 * {@link #MAX_LINE} bytes is cut into pieces of that length, so one endless line cannot fill memory.
 */
final class LineFramer {
    static final int MAX_LINE = 16 << 10;

    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    private final Consumer<String> sink;
    private boolean lastWasCr;

    LineFramer(Consumer<String> sink) {
        this.sink = sink;
    }

    void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            if (c == '\n') {
                if (!lastWasCr) {
                    emit();
                }
                lastWasCr = false;
            } else if (c == '\r') {
                emit();
                lastWasCr = true;
            } else {
                // cut between characters, never inside one: a UTF-8 continuation byte stays with its start
                if (line.size() >= MAX_LINE && (c & 0xC0) != 0x80) {
                    emit();
                }
                line.write(c);
                lastWasCr = false;
            }
        }
    }

    /** Emits a last, unterminated line. */
    void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        sink.accept(line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
