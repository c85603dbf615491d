package org.proclab.trace;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The file an {@link EventLog} streams to: trace lines appended by one writer, and a sparse index (the
 * offset of every {@link #STRIDE}-th event) to read any range back. Readers open the file for each read,
 * so reading never disturbs the writer.
 */
final class SpillFile {
    /** Events between two index entries: a read skips at most this many lines. */
    static final int STRIDE = 1000;

    private final Object writing = new Object(); // one append or move at a time
    private final ReadWriteLock where = new ReentrantReadWriteLock(); // readers against a move
    private Path path;
    private boolean keep;
    private FileChannel out;
    // guarded by this: what is in the file
    private long[] index = new long[16];
    private long events;
    private long bytes;

    private SpillFile(Path path, boolean keep, FileChannel out) {
        this.path = path;
        this.keep = keep;
        this.out = out;
    }

    /** Creates (or empties) {@code path}; {@code keep} says whether it stays after {@link #close}. */
    static SpillFile create(Path path, boolean keep) throws IOException {
        return new SpillFile(path, keep, FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
    }

    Path path() {
        where.readLock().lock();
        try {
            return path;
        } finally {
            where.readLock().unlock();
        }
    }

    synchronized long events() {
        return events;
    }

    /**
     * Appends {@code count} encoded events (whole lines). {@code marks[0..markCount)} are the offsets,
     * within {@code b}, of the lines whose sequence number is a multiple of {@link #STRIDE}.
     */
    void append(byte[] b, int len, int count, int[] marks, int markCount) throws IOException {
        synchronized (writing) {
            ByteBuffer buf = ByteBuffer.wrap(b, 0, len);
            while (buf.hasRemaining()) {
                out.write(buf);
            }
            synchronized (this) {
                for (int i = 0; i < markCount; i++) {
                    long entry = (events + STRIDE - 1) / STRIDE + i;
                    if (entry >= index.length) {
                        index = Arrays.copyOf(index, index.length * 2);
                    }
                    index[(int) entry] = bytes + marks[i];
                }
                events += count;
                bytes += len;
            }
        }
    }

    /** Events {@code [from, to)}, all written, read back from the file. */
    List<Event> read(long from, long to) throws IOException {
        List<Event> out = new ArrayList<>((int) (to - from));
        if (from >= to) {
            return out;
        }
        TraceLineParser parser = new TraceLineParser();
        where.readLock().lock();
        try (Lines in = openAt(from)) {
            for (long seq = from; seq < to; seq++) {
                String line = in.next();
                if (line == null) {
                    throw new EOFException(path + " ends before event " + seq);
                }
                Event e = parser.parse(path, (int) Math.min(Integer.MAX_VALUE, seq + 1), line);
                if (e == null) {
                    throw new IOException(path + " line " + (seq + 1) + " is blank, not event " + seq);
                }
                if (e.seq() != seq) {
                    throw new IOException(path + " line " + (seq + 1) + " holds event " + e.seq() + ", not " + seq);
                }
                out.add(e);
            }
        } finally {
            where.readLock().unlock();
        }
        return out;
    }

    /** Copies the lines of events {@code [0, n)} (all written) to {@code target}. */
    void copyTo(Path target, long n) throws IOException {
        where.readLock().lock();
        try {
            if (Files.exists(target) && Files.isSameFile(target, path)) {
                return; // already there
            }
            long end = offsetOf(n);
            try (FileChannel src = FileChannel.open(path, StandardOpenOption.READ);
                 FileChannel dst = FileChannel.open(target, StandardOpenOption.CREATE,
                         StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                transfer(src, end, dst);
            }
        } finally {
            where.readLock().unlock();
        }
    }

    /**
     * Moves the file to {@code target} and keeps it there: what was written is copied, later lines go
     * straight to {@code target}, and the old file is deleted unless it was kept.
     */
    void moveTo(Path target) throws IOException {
        where.writeLock().lock();
        try {
            synchronized (writing) {
                if (Files.exists(target) && Files.isSameFile(target, path)) {
                    keep = true;
                    return;
                }
                FileChannel moved = FileChannel.open(target, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                try (FileChannel src = FileChannel.open(path, StandardOpenOption.READ)) {
                    transfer(src, bytes(), moved);
                } catch (IOException e) {
                    moved.close();
                    throw e;
                }
                FileChannel old = out;
                Path oldPath = path;
                boolean oldKept = keep;
                out = moved;
                path = target;
                keep = true;
                old.close();
                if (!oldKept) {
                    try {
                        Files.deleteIfExists(oldPath);
                    } catch (IOException e) {
                        // a temporary file left behind; its directory goes at exit
                    }
                }
            }
        } finally {
            where.writeLock().unlock();
        }
    }

    /** Closes the file; deletes it unless it is kept. */
    void close() throws IOException {
        where.writeLock().lock();
        try {
            synchronized (writing) {
                out.close();
                if (!keep) {
                    Files.deleteIfExists(path);
                }
            }
        } finally {
            where.writeLock().unlock();
        }
    }

    private synchronized long bytes() {
        return bytes;
    }

    /** Where the line of event {@code seq} starts ({@code seq} up to {@link #events()}). */
    private long offsetOf(long seq) throws IOException {
        synchronized (this) {
            if (seq == events) {
                return bytes;
            }
        }
        try (Lines in = openAt(seq)) {
            return in.position();
        }
    }

    /** The lines from event {@code seq} (written) on; the caller holds the read lock. */
    private Lines openAt(long seq) throws IOException {
        long base;
        synchronized (this) {
            base = index[(int) (seq / STRIDE)];
        }
        Lines in = new Lines(path, base);
        try {
            for (long skip = seq % STRIDE; skip > 0; skip--) {
                if (in.next() == null) {
                    throw new EOFException(path + " ends before event " + seq);
                }
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return in;
    }

    /** Whole lines of a file, from a position on; a last line without its end is not whole yet. */
    private static final class Lines implements Closeable {
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        private final ByteArrayOutputStream longLine = new ByteArrayOutputStream();
        private long position;

        Lines(Path path, long start) throws IOException {
            ch = FileChannel.open(path, StandardOpenOption.READ);
            ch.position(start);
            position = start;
            buf.flip();
        }

        /** File offset of the next line. */
        long position() {
            return position;
        }

        /** The next whole line without its end, or null. */
        String next() throws IOException {
            longLine.reset();
            while (true) {
                byte[] a = buf.array();
                int from = buf.position();
                for (int i = from; i < buf.limit(); i++) {
                    if (a[i] == '\n') {
                        buf.position(i + 1);
                        position += longLine.size() + (i - from) + 1;
                        if (longLine.size() == 0) {
                            return new String(a, from, i - from, StandardCharsets.UTF_8);
                        }
                        longLine.write(a, from, i - from);
                        return longLine.toString(StandardCharsets.UTF_8);
                    }
                }
                longLine.write(a, from, buf.limit() - from);
                buf.clear();
                int n = ch.read(buf);
                buf.flip();
                if (n < 0) {
                    return null;
                }
            }
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    private static void transfer(FileChannel src, long end, FileChannel dst) throws IOException {
        for (long pos = 0; pos < end; ) {
            long n = src.transferTo(pos, end - pos, dst);
            if (n <= 0) {
                throw new EOFException("the event log's file is shorter than what was written to it");
            }
            pos += n;
        }
    }
}
