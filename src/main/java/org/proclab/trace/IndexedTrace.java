package org.proclab.trace;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import org.proclab.trace.TraceFiles.TraceFormatException;

/**
 * A trace file served as an {@link EventSource} without holding it: one pass checks every line (the same
 * messages as {@link TraceFiles#load}) and keeps where every {@link #CHUNK}-th event starts (of each half,
 * for a big file read in two at once); reading a
 * range then decodes the chunks it spans, and keeps the last {@link #CACHED} decoded. Reading on through
 * the trace, the next {@link #AHEAD} chunks are decoded on another thread meanwhile, so a fold from the
 * first event to the last finds them ready. A million events cost about a megabyte of index and a few of
 * decoded events, whatever the file's size.
 */
public final class IndexedTrace implements EventSource {
    /** Events per chunk, at most (the last of a part may hold fewer): a chunk is decoded whole. */
    public static final int CHUNK = 1024;
    /** Files from this size on are read in two parts at once, on a machine of two cores or more. */
    static final long TWO_PARTS_FROM = 4L << 20;
    /** Decoded chunks kept. */
    static final int CACHED = 48;
    /** Chunks decoded ahead of a reader going on. */
    static final int AHEAD = 16;

    /** One thread, shared, decoding ahead; it goes when idle. */
    private static final ExecutorService READ_AHEAD = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "proclab-trace-read-ahead");
                t.setDaemon(true);
                return t;
            });

    private final Path file;
    private final long events;
    private final int truncatedLine;
    private final long[] firsts; // chunk c's first event's index; firsts[chunks] = the number of events
    private final long[] starts; // the file offset of chunk c's first event's line; starts[chunks] = the end
    private final int[] lines; // the line number of chunk c's first event
    private final long[] firstSeqs; // chunk c's first event's seq: a file written over since is noticed
    // guarded by this: the decoded chunks (or their decoding), the least recently used first
    private final Map<Integer, CompletableFuture<Event[]>> cache = new LinkedHashMap<>(CACHED * 2, 0.75f, true);

    private IndexedTrace(Path file, long events, int truncatedLine, long end, Index head, Index tail) {
        this.file = file;
        this.events = events;
        this.truncatedLine = truncatedLine;
        int n = head.chunks + (tail == null ? 0 : tail.chunks);
        this.firsts = new long[n + 1];
        this.starts = new long[n + 1];
        this.lines = new int[n];
        this.firstSeqs = new long[n];
        int c = 0;
        for (Index part : tail == null ? List.of(head) : List.of(head, tail)) {
            System.arraycopy(part.firsts, 0, firsts, c, part.chunks);
            System.arraycopy(part.starts, 0, starts, c, part.chunks);
            System.arraycopy(part.lines, 0, lines, c, part.chunks);
            System.arraycopy(part.seqs, 0, firstSeqs, c, part.chunks);
            c += part.chunks;
        }
        firsts[n] = events;
        starts[n] = end;
    }

    /**
     * Reads {@code file} through once, checking every line, and indexes it; a big file is read in two halves at
     * once, one on another thread, on a machine with two cores or more. {@code progress} hears the fraction read
     * now and then, on this thread.
     *
     * @throws TraceFiles.TraceFormatException a file that is not a trace: the same as {@link TraceFiles#load}
     * @throws java.io.InterruptedIOException  if this thread was interrupted meanwhile
     */
    public static IndexedTrace open(Path file, DoubleConsumer progress) throws IOException {
        boolean big = Files.size(file) >= TWO_PARTS_FROM && Runtime.getRuntime().availableProcessors() > 1;
        return open(file, progress, big ? 2 : 1);
    }

    /** {@link #open(Path, DoubleConsumer)} in {@code parts} parts (1 or 2), whatever the file's size: for tests. */
    static IndexedTrace open(Path file, DoubleConsumer progress, int parts) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long split = parts > 1 ? TraceScanner.nextLineStart(ch, size / 2) : -1;
            if (split <= 0) {
                Index index = new Index();
                TraceScanner.Result r = TraceScanner.scan(file, ch, 0, Long.MAX_VALUE, true, index,
                        read -> progress.accept(size == 0 ? 1 : Math.min(1, (double) read / size)));
                TraceScanner.nonEmpty(file, r);
                return new IndexedTrace(file, r.events(), r.truncatedLine(), r.end(), index, null);
            }
            return inTwoParts(file, ch, size, split, progress);
        }
    }

    /**
     * Reads lines {@code 0..split-1} on this thread and the rest on another at once, then joins the two indexes.
     * A bad line in the first part is the first bad line of the file; one in the second is named by its number
     * in the whole file once the first part's lines are counted.
     */
    private static IndexedTrace inTwoParts(Path file, FileChannel first, long size, long split, DoubleConsumer progress)
            throws IOException {
        Index head = new Index();
        Index tail = new Index();
        AtomicLong tailRead = new AtomicLong();
        CompletableFuture<TraceScanner.Result> tailScan = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                tailScan.complete(TraceScanner.scan(file, ch, split, Long.MAX_VALUE, true, tail, tailRead::set));
            } catch (Throwable t) {
                tailScan.completeExceptionally(t);
            }
        }, "proclab-trace-file-2");
        reader.setDaemon(true);
        reader.start();
        DoubleConsumer both = read -> progress.accept(Math.min(1, (read + tailRead.get()) / (double) size));
        TraceScanner.Result h;
        TraceScanner.Result t;
        try {
            h = TraceScanner.scan(file, first, 0, split, false, head, read -> both.accept(read));
            t = renumbered(file, tailScan, h.lines(), () -> both.accept(split));
            both.accept(split); // both parts read: the whole file
        } catch (IOException | RuntimeException e) {
            reader.interrupt(); // the first bad line is in the first part, or the reading was stopped
            throw e;
        }
        TraceScanner.nonEmpty(file, new TraceScanner.Result(h.events() + t.events(), 0, 0, 0));
        int truncated = t.truncatedLine() == 0 ? 0 : h.lines() + t.truncatedLine();
        long end = t.events() > 0 ? t.end() : h.end();
        return new IndexedTrace(file, h.events() + t.events(), truncated, end, head, tail.after(h.events(), h.lines()));
    }

    /** The second part's scan once done; a bad line in it named by its number in the file, after the first part's {@code lines}. */
    private static TraceScanner.Result renumbered(Path file, CompletableFuture<TraceScanner.Result> scan, int lines,
            Runnable progress) throws IOException {
        try {
            return await(scan, progress);
        } catch (TraceFormatException e) {
            if (e.line() == 0) {
                throw e;
            }
            throw new TraceFormatException(file, e.line() + lines, e.problem(), e.what(), e.detail());
        }
    }

    /** The second part's scan once done, telling {@code progress} meanwhile. */
    private static TraceScanner.Result await(CompletableFuture<TraceScanner.Result> scan, Runnable progress) throws IOException {
        while (true) {
            try {
                return scan.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("stopped reading");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err; // out of memory reading the second half: as if this thread had read it
                }
                throw new IOException(cause);
            }
        }
    }

    /** Where each chunk's first event's line starts, its line number and its seq, as the scanner finds them. */
    private static final class Index implements TraceScanner.Sink {
        long[] firsts = new long[64];
        long[] starts = new long[64];
        int[] lines = new int[64];
        long[] seqs = new long[64];
        int chunks;
        long seen;

        @Override
        public void event(Event e, int lineNo, long offset) {
            if (seen++ % CHUNK != 0) {
                return;
            }
            if (chunks == lines.length) {
                firsts = Arrays.copyOf(firsts, chunks * 2);
                starts = Arrays.copyOf(starts, chunks * 2);
                lines = Arrays.copyOf(lines, chunks * 2);
                seqs = Arrays.copyOf(seqs, chunks * 2);
            }
            firsts[chunks] = seen - 1;
            seqs[chunks] = e.seq();
            starts[chunks] = offset;
            lines[chunks++] = lineNo;
        }

        /** This index of a second part, its events and lines numbered after the first part's. */
        Index after(long events, int lines) {
            Index moved = new Index();
            moved.chunks = chunks;
            moved.seen = seen;
            moved.starts = starts;
            moved.seqs = seqs;
            moved.firsts = new long[chunks];
            moved.lines = new int[chunks];
            for (int c = 0; c < chunks; c++) {
                moved.firsts[c] = firsts[c] + events;
                moved.lines[c] = this.lines[c] + lines;
            }
            return moved;
        }
    }

    @Override
    public long size() {
        return events;
    }

    /** The line cut short at the end of the file (the app writing it was stopped), else 0. */
    public int truncatedLine() {
        return truncatedLine;
    }

    public Path file() {
        return file;
    }

    @Override
    public List<Event> read(long from, long to) {
        if (from < 0 || from > to || to > events) {
            throw new IndexOutOfBoundsException("events [" + from + ", " + to + ") of " + events);
        }
        List<Event> out = new ArrayList<>((int) (to - from));
        for (long s = from; s < to; ) {
            int c = chunkOf(s);
            Event[] chunk = chunk(c, true);
            int i = (int) (s - firsts[c]);
            int n = (int) Math.min(chunk.length - i, to - s);
            out.addAll(Arrays.asList(chunk).subList(i, i + n));
            s += n;
        }
        return out;
    }

    /**
     * How many events from {@code from} on are decoded now, so that reading them costs no decoding (at most
     * up to the end of the chunks kept); also starts decoding the chunks after them.
     *
     * @throws UncheckedIOException if the chunk of {@code from} could not be read back (the file changed)
     */
    public long readyFrom(long from) {
        if (from >= events) {
            return 0;
        }
        int c = chunkOf(from);
        int last = c;
        boolean failed;
        synchronized (this) {
            while (last < chunkCount() && isDone(cache.get(last))) {
                last++;
            }
            CompletableFuture<Event[]> f = cache.get(c);
            failed = f != null && f.isCompletedExceptionally();
        }
        if (failed) {
            chunk(c, false); // decoded again here, to throw why it fails
        }
        readAhead(c);
        return Math.max(0, firsts[last] - from);
    }

    private static boolean isDone(CompletableFuture<Event[]> f) {
        return f != null && f.isDone() && !f.isCompletedExceptionally();
    }

    private int chunkCount() {
        return firsts.length - 1;
    }

    /** The chunk holding event {@code s} (0 <= s < size). */
    private int chunkOf(long s) {
        int i = Arrays.binarySearch(firsts, 0, chunkCount(), s);
        return i >= 0 ? i : -i - 2;
    }

    /** Chunk {@code c}, decoded here unless it is kept or being decoded; then the ones after it start decoding. */
    private Event[] chunk(int c, boolean ahead) {
        CompletableFuture<Event[]> f;
        boolean mine = false;
        synchronized (this) {
            f = cache.get(c);
            if (f == null || f.isCompletedExceptionally()) {
                f = new CompletableFuture<>();
                put(c, f);
                mine = true;
            }
        }
        if (mine) {
            decodeInto(c, f);
        }
        if (ahead) {
            readAhead(c + 1);
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u : new UncheckedIOException(
                    new IOException("cannot read " + file + " back", e.getCause()));
        }
    }

    /** Starts decoding chunks {@code c .. c+AHEAD-1} that are neither kept nor being decoded. */
    private void readAhead(int c) {
        int end = Math.min(chunkCount(), c + AHEAD);
        for (int k = c; k < end; k++) {
            CompletableFuture<Event[]> f;
            synchronized (this) {
                if (cache.containsKey(k)) {
                    continue;
                }
                f = new CompletableFuture<>();
                put(k, f);
            }
            int chunk = k;
            READ_AHEAD.execute(() -> decodeInto(chunk, f));
        }
    }

    private void put(int c, CompletableFuture<Event[]> f) {
        cache.put(c, f);
        var it = cache.entrySet().iterator();
        while (cache.size() > CACHED && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private void decodeInto(int c, CompletableFuture<Event[]> f) {
        try {
            f.complete(decode(c));
        } catch (IOException e) {
            f.completeExceptionally(new UncheckedIOException("cannot read " + file + " back", e));
        } catch (RuntimeException e) {
            f.completeExceptionally(e);
        }
    }

    /** Reads and parses chunk {@code c} from the file. */
    private Event[] decode(int c) throws IOException {
        long from = starts[c];
        long to = starts[c + 1];
        int n = (int) (firsts[c + 1] - firsts[c]);
        byte[] b = new byte[Math.toIntExact(to - from)];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() < starts[starts.length - 1]) {
                throw changed(); // cut since: a trace still being written only grows
            }
            ByteBuffer buf = ByteBuffer.wrap(b);
            while (buf.hasRemaining()) {
                if (ch.read(buf, from + buf.position()) < 0) {
                    throw changed();
                }
            }
        }
        Event[] out = new Event[n];
        TraceLineParser parser = new TraceLineParser();
        int k = 0;
        int lineNo = lines[c];
        int start = 0;
        for (int i = 0; i <= b.length && k < n; i++) {
            if (i < b.length && b[i] != '\n') {
                continue;
            }
            Event e = parser.parse(file, lineNo++, b, start, i - start);
            if (e != null) {
                out[k++] = e;
            }
            start = i + 1;
        }
        if (k < n || out[0].seq() != firstSeqs[c]) {
            throw changed();
        }
        return out;
    }

    private IOException changed() {
        return new IOException(file + " changed since it was opened");
    }
}
