package org.proclab.trace;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.DoubleConsumer;
import org.proclab.trace.TraceFiles.Problem;
import org.proclab.trace.TraceFiles.TraceFormatException;

/**
 * Reads a trace file once, line by line, and checks every line: the one pass behind {@link TraceFiles#load}
 * and {@link IndexedTrace#open}. Lines end with '\n'; a blank line is skipped; the first line that is not an
 * event fails the whole file, unless it is the last one, without a line break after it, and cut short
 * (not JSON, or a UTF-8 character cut in two): the writer was stopped while writing it, and the events
 * before it are the trace.
 */
final class TraceScanner {
    /** Told each event, its line number (from 1) and where its line starts in the file. */
    interface Sink {
        void event(Event e, int lineNo, long offset) throws IOException;
    }

    /**
     * What one pass found: how many events, the line cut short at the end (0 if none), and where the bytes of
     * the events end (the cut line, if any, starts there or later).
     */
    record Result(long events, int truncatedLine, long end) {}

    private static final int BUFFER = 1 << 20;

    private TraceScanner() {}

    /**
     * Passes every event of {@code file} to {@code sink}, in order; tells {@code progress} the fraction of the
     * file read now and then. Stops with an {@link InterruptedIOException} if the thread is interrupted.
     *
     * @throws TraceFormatException the first line that is not an event, or {@link Problem#EMPTY}
     */
    static Result scan(Path file, Sink sink, DoubleConsumer progress) throws IOException {
        TraceLineParser parser = new TraceLineParser();
        long events = 0;
        int truncated = 0;
        long end = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate(BUFFER);
            long base = 0; // the file offset of buf's first byte
            int lineNo = 0;
            boolean eof = false;
            while (!eof) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("stopped reading " + file);
                }
                if (!buf.hasRemaining()) {
                    buf = grow(buf); // one line longer than the buffer
                }
                eof = ch.read(buf) < 0;
                byte[] a = buf.array();
                int limit = buf.position();
                int start = 0;
                for (int i = 0; i < limit; i++) {
                    if (a[i] != '\n') {
                        continue;
                    }
                    lineNo++;
                    Event e = parser.parse(file, lineNo, a, start, i - start);
                    if (e != null) {
                        sink.event(e, lineNo, base + start);
                        events++;
                        end = base + i + 1;
                    }
                    start = i + 1;
                }
                if (eof && start < limit) { // the last line, with no line break after it
                    lineNo++;
                    try {
                        Event e = parser.parse(file, lineNo, a, start, limit - start);
                        if (e != null) {
                            sink.event(e, lineNo, base + start);
                            events++;
                            end = base + limit;
                        }
                    } catch (TraceFormatException ex) {
                        if (ex.problem() != Problem.NOT_JSON && ex.problem() != Problem.NOT_UTF8) {
                            throw ex;
                        }
                        truncated = lineNo; // the writer was stopped mid-line
                    }
                    start = limit;
                }
                // the start of a line not ended yet goes to the front
                System.arraycopy(a, start, a, 0, limit - start);
                buf.position(limit - start);
                base += start;
                progress.accept(size == 0 ? 1 : Math.min(1, (double) (base + buf.position()) / size));
            }
        }
        if (events == 0) {
            throw new TraceFormatException(file, 0, Problem.EMPTY, "it holds no events");
        }
        return new Result(events, truncated, end);
    }

    private static ByteBuffer grow(ByteBuffer full) {
        ByteBuffer bigger = ByteBuffer.allocate(full.capacity() * 2);
        bigger.put(full.array(), 0, full.position());
        return bigger;
    }
}
