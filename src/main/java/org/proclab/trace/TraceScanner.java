package org.proclab.trace;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.DoubleConsumer;
import java.util.function.LongConsumer;
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
     * What one pass found: how many events, the line cut short at the end (0 if none), where the bytes of the
     * events end (the cut line, if any, starts there or later), and how many lines it read (blank ones too).
     */
    record Result(long events, int truncatedLine, long end, int lines) {}

    private static final int BUFFER = 1 << 20;

    private TraceScanner() {}

    /**
     * Passes every event of {@code file} to {@code sink}, in order; tells {@code progress} the fraction of the
     * file read now and then. Stops with an {@link InterruptedIOException} if the thread is interrupted.
     *
     * @throws TraceFormatException the first line that is not an event, or {@link Problem#EMPTY}
     */
    static Result scan(Path file, Sink sink, DoubleConsumer progress) throws IOException {
        Result r;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            r = scan(file, ch, 0, Long.MAX_VALUE, true, sink, read -> progress.accept(size == 0 ? 1 : Math.min(1, (double) read / size)));
        }
        return nonEmpty(file, r);
    }

    /** {@code r}, unless it found no events: then the file is not a trace. */
    static Result nonEmpty(Path file, Result r) throws TraceFormatException {
        if (r.events() == 0) {
            throw new TraceFormatException(file, 0, Problem.EMPTY, "it holds no events");
        }
        return r;
    }

    /**
     * Passes every event of the lines in bytes {@code from..to-1} of {@code file} to {@code sink}, in order, with
     * line numbers counted from the first line of the part (1); {@code from} starts a line. Only the file's
     * {@code last} part may end with a line cut short; any other part must end with a line break. Tells
     * {@code read} how many bytes of the part it has read now and then. Reads to the end of the file if
     * {@code to} is {@link Long#MAX_VALUE}, even what was written meanwhile.
     */
    static Result scan(Path file, FileChannel ch, long from, long to, boolean last, Sink sink, LongConsumer read)
            throws IOException {
        TraceLineParser parser = new TraceLineParser();
        long events = 0;
        int truncated = 0;
        long end = from;
        ByteBuffer buf = ByteBuffer.allocate(BUFFER);
        long base = from; // the file offset of buf's first byte
        long next = from; // the next byte to read
        int lineNo = 0;
        boolean eof = false;
        while (!eof) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("stopped reading " + file);
            }
            if (!buf.hasRemaining()) {
                buf = grow(buf); // one line longer than the buffer
            }
            int room = (int) Math.min(buf.remaining(), to - next);
            int got = room == 0 ? -1 : ch.read(buf.limit(buf.position() + room), next);
            buf.limit(buf.capacity());
            eof = got < 0;
            next += Math.max(0, got);
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
                    if (!last || ex.problem() != Problem.NOT_JSON && ex.problem() != Problem.NOT_UTF8) {
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
            read.accept(next - from);
        }
        return new Result(events, truncated, end, lineNo);
    }

    /**
     * Where the line after the one holding byte {@code at} starts: the byte after the first line break at or after
     * {@code at}; -1 if there is none before the file's end (or nothing after it).
     */
    static long nextLineStart(FileChannel ch, long at) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long size = ch.size();
        for (long pos = at; pos < size; ) {
            buf.clear();
            int got = ch.read(buf, pos);
            if (got <= 0) {
                return -1;
            }
            for (int i = 0; i < got; i++) {
                if (buf.get(i) == '\n') {
                    long start = pos + i + 1;
                    return start < size ? start : -1;
                }
            }
            pos += got;
        }
        return -1;
    }

    private static ByteBuffer grow(ByteBuffer full) {
        ByteBuffer bigger = ByteBuffer.allocate(full.capacity() * 2);
        bigger.put(full.array(), 0, full.position());
        return bigger;
    }
}
