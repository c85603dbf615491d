package org.proclab.trace;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where an {@link EventLog}'s events live: the recent ones in an {@link EventWindow}, all of them in a
 * {@link SpillFile} that a background thread appends to. Adding an event never touches the disk; the
 * window keeps what the writer has not written yet, so nothing is lost while the disk lags.
 * It holds no reference to its {@code EventLog}, so a log nobody closed can still be cleaned.
 */
final class EventStore {
    private static final int BATCH_EVENTS = 4096;
    private static final long BATCH_BYTES = 1 << 20;
    /**
     * How long the writer lets a few new events gather before it writes them. Waking it for every event
     * cost the kernel a thread switch per operation; a file a few milliseconds behind costs nothing, since
     * memory keeps what is not written yet and {@link #flush} and {@link #close} wake the writer at once.
     */
    static final long LINGER_NANOS = 5_000_000;
    /** Unwritten events past which the writer is woken at once, lingering or not. */
    private static final int PROMPT_EVENTS = 1024;

    /** How much stays in memory, and when {@link #awaitRoom} waits: {@link EventLog}'s constants, smaller in tests. */
    record Limits(long window, long windowBytes, long high, long highBytes, long low, long lowBytes) {
        static final Limits DEFAULT = new Limits(EventLog.WINDOW, EventLog.WINDOW_BYTES, EventLog.BACKLOG_HIGH,
                EventLog.BACKLOG_HIGH_BYTES, EventLog.BACKLOG_LOW, EventLog.BACKLOG_LOW_BYTES);
    }

    private final Limits limits;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition(); // the writer waits for events
    private final Condition progress = lock.newCondition(); // flush and awaitRoom wait for the writer
    private final EventWindow window = new EventWindow();
    private final SpillFile spill;
    private final Thread writer;
    private final ReentrantLock disk = new ReentrantLock(); // held by a test: a disk that does not move
    // guarded by lock
    private long written;
    private long unwrittenBytes;
    private boolean writerWaiting;
    private boolean writerLingering; // waiting a moment for more events: only many of them wake it
    private int flushWaiters;
    private long closeAt = -1; // once closing: the writer stops after this many events
    private IOException failure;

    /** {@code spill} null: memory only, because {@code failure} kept the file from being made. */
    EventStore(SpillFile spill, IOException failure, Limits limits) {
        this.limits = limits;
        this.spill = spill;
        this.failure = spill == null ? failure : null;
        if (spill == null) {
            writer = null;
            return;
        }
        writer = new Thread(this::writeLoop, "proclab-event-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void add(Event e) {
        lock.lock();
        try {
            window.add(e);
            unwrittenBytes += EventWindow.sizeOf(e);
            trim();
            if (writerWaiting && (!writerLingering || window.end() - written >= PROMPT_EVENTS
                    || unwrittenBytes >= BATCH_BYTES)) {
                work.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    long size() {
        lock.lock();
        try {
            return window.end();
        } finally {
            lock.unlock();
        }
    }

    long backlog() {
        lock.lock();
        try {
            return window.end() - written;
        } finally {
            lock.unlock();
        }
    }

    /** Events in memory now (the window plus the backlog). */
    long inMemory() {
        lock.lock();
        try {
            return window.count();
        } finally {
            lock.unlock();
        }
    }

    IOException failure() {
        lock.lock();
        try {
            return failure;
        } finally {
            lock.unlock();
        }
    }

    Path file() {
        return spill == null ? null : spill.path();
    }

    void awaitRoom() throws InterruptedException {
        lock.lock();
        try {
            if (!backlogAbove(limits.high(), limits.highBytes())) {
                return;
            }
            while (closeAt < 0 && failure == null && backlogAbove(limits.low(), limits.lowBytes())) {
                progress.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean backlogAbove(long events, long bytes) {
        return window.end() - written > events || unwrittenBytes > bytes;
    }

    List<Event> read(long from, long to) {
        List<Event> tail;
        long inMemory;
        lock.lock();
        try {
            if (from < 0 || from > to || to > window.end()) {
                throw new IndexOutOfBoundsException("events [" + from + ", " + to + ") of " + window.end());
            }
            inMemory = Math.max(from, window.first());
            tail = to > inMemory ? window.copy(inMemory, to) : List.of();
        } finally {
            lock.unlock();
        }
        if (from >= Math.min(to, inMemory)) {
            return tail;
        }
        List<Event> out = new ArrayList<>((int) (to - from));
        try {
            out.addAll(spill.read(from, Math.min(to, inMemory))); // written before they left memory
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event log back from " + spill.path(), e);
        }
        out.addAll(tail);
        return out;
    }

    /** Waits until the first {@code n} events are in the file; throws the writer's failure if it failed. */
    void flush(long n) throws IOException {
        lock.lock();
        try {
            while (written < n && failure == null && !(closeAt >= 0 && closeAt < n)) {
                flushWaiters++;
                work.signal(); // someone waits for the file: no lingering
                try {
                    progress.await();
                } finally {
                    flushWaiters--;
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the event log was written");
        } finally {
            lock.unlock();
        }
    }

    /** Copies the lines of the first {@code n} events to {@code target}: from the file, once they are all in it. */
    void copyTo(Path target, long n) throws IOException {
        try {
            flush(n);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException writerFailed) {
            // the file lacks the latest events; memory still holds them
        }
        if (spill != null && spill.events() >= n) {
            spill.copyTo(target, n);
        } else {
            TraceFiles.write(read(0, n), target);
        }
    }

    void moveTo(Path target) throws IOException {
        if (spill == null) {
            throw failure();
        }
        spill.moveTo(target);
    }

    /** Writes what was added so far, stops the writer and closes the file. Later events stay in memory. */
    void close() {
        lock.lock();
        try {
            if (closeAt >= 0) {
                return;
            }
            closeAt = window.end();
            work.signal();
            progress.signalAll();
        } finally {
            lock.unlock();
        }
        if (writer == null) {
            return;
        }
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true; // the file is finished first: it is what a killed app leaves
            }
        }
        try {
            spill.close();
        } catch (IOException e) {
            fail(e);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: the writer writes nothing until the returned handle is closed. */
    AutoCloseable holdWriter() {
        disk.lock();
        return disk::unlock;
    }

    private void writeLoop() {
        TraceLineEncoder encoder = new TraceLineEncoder(false); // the log made every string well formed
        Event[] batch = new Event[BATCH_EVENTS];
        int[] marks = new int[BATCH_EVENTS / SpillFile.STRIDE + 2];
        while (true) {
            long from;
            int n = 0;
            long batchBytes = 0;
            lock.lock();
            try {
                while (written == window.end() && closeAt < 0) {
                    writerWaiting = true;
                    work.awaitUninterruptibly();
                    writerWaiting = false;
                }
                if (closeAt < 0 && flushWaiters == 0 && window.end() - written < PROMPT_EVENTS) {
                    linger(); // let a few more events come, so one write (and one wake-up) serves many
                }
                long end = closeAt >= 0 ? closeAt : window.end();
                from = written;
                if (from >= end) {
                    return;
                }
                while (n < BATCH_EVENTS && from + n < end && batchBytes < BATCH_BYTES) {
                    batch[n] = window.get(from + n);
                    batchBytes += EventWindow.sizeOf(batch[n]);
                    n++;
                }
            } finally {
                lock.unlock();
            }
            encoder.reset();
            int markCount = 0;
            for (int i = 0; i < n; i++) {
                if ((from + i) % SpillFile.STRIDE == 0) {
                    marks[markCount++] = encoder.length();
                }
                encoder.encode(batch[i]);
                batch[i] = null;
            }
            disk.lock();
            try {
                spill.append(encoder.bytes(), encoder.length(), n, marks, markCount);
            } catch (IOException | RuntimeException e) {
                fail(e instanceof IOException io ? io : new IOException(e));
                return;
            } finally {
                disk.unlock();
            }
            lock.lock();
            try {
                written += n;
                unwrittenBytes -= batchBytes;
                trim();
                progress.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Waits up to {@link #LINGER_NANOS} for more events; lock held. Woken early by many events, a flush, a close. */
    private void linger() {
        writerWaiting = true;
        writerLingering = true;
        try {
            long left = LINGER_NANOS;
            while (left > 0 && closeAt < 0 && flushWaiters == 0 && window.end() - written < PROMPT_EVENTS
                    && unwrittenBytes < BATCH_BYTES) {
                left = work.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writerWaiting = false;
            writerLingering = false;
        }
    }

    /** The writer stopped for good: from now on new events stay in memory, and no one waits for it. */
    private void fail(IOException e) {
        lock.lock();
        try {
            if (failure == null) {
                failure = e;
            }
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Drops written events beyond the window's bounds. */
    private void trim() {
        while (window.first() < written
                && (window.count() > limits.window() || window.bytes() > limits.windowBytes())) {
            window.dropFirst();
        }
    }
}
