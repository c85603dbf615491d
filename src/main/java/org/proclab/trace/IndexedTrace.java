package org.proclab.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;

/**
 * A trace file served as an {@link EventSource} without holding it: one pass checks every line (the same
 * messages as {@link TraceFiles#load}) and keeps where every {@link #CHUNK}-th event starts; reading a
 * range then decodes the chunks it spans, and keeps the last {@link #CACHED} decoded. Reading on through
 * the trace, the next {@link #AHEAD} chunks are decoded on another thread meanwhile, so a fold from the
 * first event to the last finds them ready. A million events cost about a megabyte of index and a few of
 * decoded events, whatever the file's size.
 */
public final class IndexedTrace implements EventSource {
    /** Events per chunk: a chunk is decoded whole. */
    public static final int CHUNK = 1024;
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
    private final long[] starts; // the file offset of chunk c's first event's line; starts[chunks] = the end
    private final int[] lines; // the line number of chunk c's first event
    private final long[] firstSeqs; // chunk c's first event's seq: a file written over since is noticed
    // guarded by this: the decoded chunks (or their decoding), the least recently used first
    private final Map<Integer, CompletableFuture<Event[]>> cache = new LinkedHashMap<>(CACHED * 2, 0.75f, true);

    private IndexedTrace(Path file, long events, int truncatedLine, long[] starts, int[] lines, long[] firstSeqs) {
        this.file = file;
        this.events = events;
        this.truncatedLine = truncatedLine;
        this.starts = starts;
        this.lines = lines;
        this.firstSeqs = firstSeqs;
    }

    /**
     * Reads {@code file} through once, checking every line, and indexes it. {@code progress} hears the
     * fraction read now and then, on this thread.
     *
     * @throws TraceFiles.TraceFormatException a file that is not a trace: the same as {@link TraceFiles#load}
     * @throws java.io.InterruptedIOException  if this thread was interrupted meanwhile
     */
    public static IndexedTrace open(Path file, DoubleConsumer progress) throws IOException {
        Index index = new Index();
        TraceScanner.Result r = TraceScanner.scan(file, index, progress);
        index.starts = Arrays.copyOf(index.starts, index.chunks + 1);
        index.starts[index.chunks] = r.end();
        return new IndexedTrace(file, r.events(), r.truncatedLine(), index.starts,
                Arrays.copyOf(index.lines, index.chunks), Arrays.copyOf(index.seqs, index.chunks));
    }

    /** Where every {@link #CHUNK}-th event's line starts, and its number, as the scanner finds them. */
    private static final class Index implements TraceScanner.Sink {
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
                starts = Arrays.copyOf(starts, chunks * 2);
                lines = Arrays.copyOf(lines, chunks * 2);
                seqs = Arrays.copyOf(seqs, chunks * 2);
            }
            seqs[chunks] = e.seq();
            starts[chunks] = offset;
            lines[chunks++] = lineNo;
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
            int c = (int) (s / CHUNK);
            Event[] chunk = chunk(c, true);
            int i = (int) (s - (long) c * CHUNK);
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
        int c = (int) (from / CHUNK);
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
        return Math.max(0, Math.min(events, (long) last * CHUNK) - from);
    }

    private static boolean isDone(CompletableFuture<Event[]> f) {
        return f != null && f.isDone() && !f.isCompletedExceptionally();
    }

    private int chunkCount() {
        return (int) ((events + CHUNK - 1) / CHUNK);
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
        int n = (int) Math.min(CHUNK, events - (long) c * CHUNK);
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
