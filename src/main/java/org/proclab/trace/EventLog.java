package org.proclab.trace;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The session's append-only list of events; listeners see each event as it is appended.
 * <p>
 * The whole log is on disk: a background writer streams every event to a file, in the trace format of
 * {@link TraceFiles}, so the file is a trace at every moment (a killed app leaves a usable one, its last
 * line perhaps cut short). Memory holds the last {@link #WINDOW} events (at most about
 * {@link #WINDOW_BYTES}) plus those the writer has not written yet; {@link #read} brings back any range,
 * from memory or from the file.
 * <p>
 * {@link #append} never touches the disk: it runs under the kernel's lock. A program that prints
 * faster than the disk writes is slowed at its socket instead: the kernel's connection readers call
 * {@link #awaitRoom()}, outside any lock, before each frame.
 * <p>
 * If the file cannot be made or written, the log keeps what it could not write in memory, as before
 * there was a file, and {@link #writeFailure()} says why.
 */
public final class EventLog implements EventSource, AutoCloseable {
    /** Events kept in memory once written (fewer if they hold more than {@link #WINDOW_BYTES}). */
    public static final int WINDOW = 50_000;
    /** About the most the written events kept in memory may hold. */
    public static final long WINDOW_BYTES = 16L << 20;
    /** {@link #awaitRoom()} waits once this many events (or {@link #BACKLOG_HIGH_BYTES}) wait for the disk... */
    public static final long BACKLOG_HIGH = 100_000;
    public static final long BACKLOG_HIGH_BYTES = 32L << 20;
    /** ...until no more than this many (and {@link #BACKLOG_LOW_BYTES}) do. */
    public static final long BACKLOG_LOW = 50_000;
    public static final long BACKLOG_LOW_BYTES = 16L << 20;

    private static final Cleaner CLEANER = Cleaner.create();

    private final Object appendLock = new Object();
    /** Events appended: the next one's sequence number (the store holds this log's events only). Under appendLock. */
    private long appended;
    /** The last object name and source file found well-formed, by identity. Under appendLock. */
    private String checkedObj;
    private String checkedFile;
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final long startNanos = System.nanoTime();
    private final EventStore store;
    private final Cleaner.Cleanable cleanable;

    /**
     * A log whose file is temporary (in ProcLab's private directory, deleted by {@link #close}), unless
     * {@link #keepAs} moves it. If no file can be made there, the log keeps its events in memory.
     */
    public EventLog() {
        this(temporaryStore(EventStore.Limits.DEFAULT));
    }

    /** A log with a temporary file and other bounds (tests). */
    static EventLog temporary(EventStore.Limits limits) {
        return new EventLog(temporaryStore(limits));
    }

    private EventLog(EventStore store) {
        this.store = store;
        // a log nobody closes still ends its writer and deletes its temporary file once unreachable
        this.cleanable = CLEANER.register(this, store::close);
    }

    /** A log streamed to {@code file} (created or emptied now), which stays after {@link #close}. */
    public static EventLog writingTo(Path file) throws IOException {
        return writingTo(file, EventStore.Limits.DEFAULT);
    }

    static EventLog writingTo(Path file, EventStore.Limits limits) throws IOException {
        return new EventLog(new EventStore(SpillFile.create(file, true), null, limits));
    }

    private static EventStore temporaryStore(EventStore.Limits limits) {
        try {
            return new EventStore(SpillFile.create(SpillDirectory.newFile(), false), null, limits);
        } catch (IOException e) {
            return new EventStore(null, e, limits);
        }
    }

    /**
     * Appends an event stamped with the next sequence number and the current time. Never waits for the
     * disk; listeners are called in sequence order, under the log's lock.
     */
    public Event append(long pid, EventKind kind, String obj, String text, long num, String file, int line) {
        synchronized (appendLock) {
            // an object's name and a source file's come as the same String operation after operation: each is
            // checked once while it repeats
            if (obj != null && obj != checkedObj) {
                checkedObj = obj = TraceFiles.wellFormed(obj);
            }
            if (file != null && file != checkedFile) {
                checkedFile = file = TraceFiles.wellFormed(file);
            }
            Event e = asInTrace(appended++, System.nanoTime() - startNanos, pid, kind, obj, text, num, file, line);
            store.add(e);
            // under the lock, so every listener sees events in sequence order
            for (Consumer<Event> l : listeners) {
                l.accept(e);
            }
            return e;
        }
    }

    public Event append(long pid, EventKind kind, String obj, String text, long num) {
        return append(pid, kind, obj, text, num, null, 0);
    }

    /**
     * The event as its trace line will give it back: time in whole microseconds, no field the trace
     * format has no name for (an output event's {@code line} is its text, so it has no source line),
     * text that UTF-8 can hold. So an event read from memory equals the same event read from the file,
     * and a live run folds as its saved trace does.
     */
    private static Event asInTrace(long seq, long nanos, long pid, EventKind kind, String obj, String text, long num,
                                   String file, int line) {
        if (namesSource(kind.objName()) || namesSource(kind.textName()) || namesSource(kind.numName())) {
            file = null;
        }
        return new Event(seq, nanos / 1000 * 1000, pid, kind,
                kind.objName() == null ? null : obj, // obj and file: checked by the caller
                kind.textName() == null || text == null ? null : TraceFiles.wellFormed(text),
                kind.numName() == null ? Event.NO_NUM : num,
                file, file == null ? 0 : line);
    }

    /**
     * Returns the events so far and adds the listener for all later ones, with none lost or seen twice
     * in between: how a view attaches to a run that has already started. Old events are read back from
     * the file, outside the log's lock (later ones wait for the listener meanwhile).
     * <p>
     * The list costs memory in proportion to the whole log: a view should move to {@link #read} ranges
     * with a plain {@link #addListener}.
     */
    public List<Event> subscribe(Consumer<Event> listener) {
        CatchingUp c = new CatchingUp(listener);
        long n;
        synchronized (appendLock) {
            n = store.size();
            listeners.add(c);
        }
        List<Event> before;
        try {
            before = read(0, n);
        } catch (RuntimeException e) {
            listeners.remove(c);
            throw e;
        }
        synchronized (appendLock) {
            c.caughtUp();
        }
        return before;
    }

    /** Adds a listener that must return quickly: it runs on the kernel's threads, under its lock. */
    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.removeIf(l -> l == listener || l instanceof CatchingUp c && c.listener == listener);
    }

    /**
     * Every event so far. Reads the file for all but the last {@link #WINDOW}: it costs memory in
     * proportion to the whole log, so views should {@link #read} the ranges they show.
     */
    public List<Event> snapshot() {
        return read(0, size());
    }

    /** How many events were appended. */
    @Override
    public long size() {
        return store.size();
    }

    /**
     * Events {@code [from, to)} in sequence order, from memory or from the file.
     *
     * @throws IndexOutOfBoundsException       unless {@code 0 <= from <= to <= size()}
     * @throws java.io.UncheckedIOException   if the file cannot be read back (deleted by {@link #close}, or
     *                                         removed by someone else)
     */
    @Override
    public List<Event> read(long from, long to) {
        return store.read(from, to);
    }

    /** Events appended but not written to the file yet. */
    public long backlog() {
        return store.backlog();
    }

    /**
     * Waits while the writer's backlog is above {@link #BACKLOG_HIGH} events (or
     * {@link #BACKLOG_HIGH_BYTES}) until it is down to {@link #BACKLOG_LOW} (and {@link #BACKLOG_LOW_BYTES});
     * returns at once otherwise, and when the log is closed or its file failed. For the kernel's
     * connection readers, before they handle a frame, holding no lock: the process that floods the log
     * waits at its socket.
     */
    public void awaitRoom() throws InterruptedException {
        store.awaitRoom();
    }

    /** Waits until every event appended so far is in the file; throws why if the file could not be written. */
    public void flush() throws IOException {
        store.flush(size());
    }

    /**
     * Saves the log as a trace at {@code target}: the file's lines, copied once every event appended so far
     * is written (nothing is serialized again). Later events are not included.
     */
    public void writeTo(Path target) throws IOException {
        store.copyTo(target, size());
    }

    /**
     * From now on the log's file is {@code target}, kept after {@link #close}: what was written so far is
     * copied there, later events are streamed straight to it, and a temporary file is deleted. For
     * {@code run --trace FILE} (before the run starts) and for the app's kept runs.
     */
    public void keepAs(Path target) throws IOException {
        store.moveTo(target);
    }

    /** The file the log is streamed to now, or null if it has none. */
    public Path file() {
        return store.file();
    }

    /** Why the file could not be made or written, or null while all is well. */
    public IOException writeFailure() {
        return store.failure();
    }

    /**
     * Writes what was appended so far, stops the writer and closes the file, deleting it unless the log
     * was opened to keep it ({@link #writingTo}, {@link #keepAs}). A kept file stays readable through
     * {@link #read}; events appended after this stay in memory only.
     */
    @Override
    public void close() {
        cleanable.clean();
    }

    private static boolean namesSource(String field) {
        return "file".equals(field) || "line".equals(field);
    }

    /** Events held in memory now: the window plus the backlog. */
    long inMemory() {
        return store.inMemory();
    }

    /** For tests: the writer writes nothing until the returned handle is closed, as if the disk hung. */
    AutoCloseable holdWriter() {
        return store.holdWriter();
    }

    /** Holds back the events appended while {@link #subscribe} reads the older ones. */
    private static final class CatchingUp implements Consumer<Event> {
        final Consumer<Event> listener;
        private List<Event> held = new ArrayList<>();

        CatchingUp(Consumer<Event> listener) {
            this.listener = listener;
        }

        @Override
        public void accept(Event e) { // under the append lock, as caughtUp
            if (held != null) {
                held.add(e);
            } else {
                listener.accept(e);
            }
        }

        void caughtUp() {
            List<Event> h = held;
            held = null;
            h.forEach(listener);
        }
    }
}
