package org.proclab.ui.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.TraceFiles;

/**
 * A big, real-looking trace for measuring: a main process and two children sharing a lock and a Value, a
 * pipe and a queue, in rounds of twelve events (a locked increment, a message through the pipe, an item
 * through the queue, a line printed by each side, a CPU-time report), so every view has its share. The
 * events are made as they are written, never held all at once.
 */
public final class BigTrace {
    static final long MAIN = 4000;
    static final long WORKER = 4001;
    static final long READER = 4002;
    private static final String SRC = "BigRun.java";
    private static final int ROUND = 12;

    private static final List<Event> HEAD = List.of(
            ev(0, MAIN, EventKind.START, "main", "MainProcess", 1, null, 0),
            ev(1, MAIN, EventKind.READY, null, null, 35, null, 0),
            ev(2, MAIN, EventKind.LOCK_NEW, "value-1.lock", null, Event.NO_NUM, SRC, 20),
            ev(3, MAIN, EventKind.HANDLE, "value-1.lock", "create", Event.NO_NUM, SRC, 20),
            ev(4, MAIN, EventKind.VALUE_NEW, "value-1", "i:0", Event.NO_NUM, SRC, 20),
            ev(5, MAIN, EventKind.HANDLE, "value-1", "create", Event.NO_NUM, SRC, 20),
            ev(6, MAIN, EventKind.PIPE_NEW, "pipe-1", "duplex", Event.NO_NUM, SRC, 21),
            ev(7, MAIN, EventKind.HANDLE, "pipe-1:0", "create", Event.NO_NUM, SRC, 21),
            ev(8, MAIN, EventKind.HANDLE, "pipe-1:1", "create", Event.NO_NUM, SRC, 21),
            ev(9, MAIN, EventKind.QUEUE_NEW, "queue-1", null, 0, SRC, 22),
            ev(10, MAIN, EventKind.HANDLE, "queue-1", "create", Event.NO_NUM, SRC, 22),
            ev(11, WORKER, EventKind.START, "child", "worker", MAIN, SRC, 24),
            ev(12, WORKER, EventKind.HANDLE, "value-1.lock", "fork", Event.NO_NUM, null, 0),
            ev(13, WORKER, EventKind.HANDLE, "value-1", "fork", Event.NO_NUM, null, 0),
            ev(14, WORKER, EventKind.HANDLE, "queue-1", "fork", Event.NO_NUM, null, 0),
            ev(15, READER, EventKind.START, "child", "reader", MAIN, SRC, 25),
            ev(16, READER, EventKind.HANDLE, "pipe-1:0", "fork", Event.NO_NUM, null, 0),
            ev(17, READER, EventKind.HANDLE, "pipe-1:1", "fork", Event.NO_NUM, null, 0),
            ev(18, MAIN, EventKind.CLOSE, "pipe-1:0", "close", Event.NO_NUM, SRC, 27),
            ev(19, READER, EventKind.CLOSE, "pipe-1:1", "close", Event.NO_NUM, SRC, 40));
    private static final int TAIL = 7;

    private BigTrace() {}

    /** {@code total} events (at least 40), made when asked for. */
    public static List<Event> events(int total) {
        if (total < HEAD.size() + TAIL + ROUND + 1) {
            throw new IllegalArgumentException("a trace of " + total + " events");
        }
        return new AbstractList<>() {
            @Override
            public Event get(int i) {
                if (i < 0 || i >= total) {
                    throw new IndexOutOfBoundsException(i);
                }
                return event(i, total);
            }

            @Override
            public int size() {
                return total;
            }
        };
    }

    /** Writes a trace of {@code total} events to {@code file}. */
    public static void write(Path file, int total) throws IOException {
        TraceFiles.write(events(total), file);
    }

    private static Event event(int i, int total) {
        if (i < HEAD.size()) {
            return HEAD.get(i);
        }
        int tail = i - (total - TAIL);
        if (tail >= 0) {
            return switch (tail) {
                case 0 -> ev(i, READER, EventKind.CLOSE, "pipe-1:0", "exit", Event.NO_NUM, null, 0);
                case 1 -> ev(i, READER, EventKind.EXIT, null, "returned", 0, null, 0);
                case 2 -> ev(i, WORKER, EventKind.EXIT, null, "returned", 0, null, 0);
                case 3 -> ev(i, MAIN, EventKind.JOIN, Long.toString(WORKER), null, 0, SRC, 30);
                case 4 -> ev(i, MAIN, EventKind.JOIN, Long.toString(READER), null, 0, SRC, 31);
                case 5 -> ev(i, MAIN, EventKind.OUTPUT, "stdout", "done", Event.NO_NUM, null, 0);
                default -> ev(i, MAIN, EventKind.EXIT, null, "returned", 0, null, 0);
            };
        }
        int k = i - HEAD.size();
        long round = k / ROUND + 1;
        String n = Long.toString(round);
        return switch (k % ROUND) {
            case 0 -> ev(i, WORKER, EventKind.ACQUIRE, "value-1.lock", null, Event.NO_NUM, SRC, 50);
            case 1 -> ev(i, WORKER, EventKind.VALUE_GET, "value-1", Long.toString(round - 1), Event.NO_NUM, SRC, 51);
            case 2 -> ev(i, WORKER, EventKind.VALUE_SET, "value-1", n, Event.NO_NUM, SRC, 51);
            case 3 -> ev(i, WORKER, EventKind.RELEASE, "value-1.lock", null, Event.NO_NUM, SRC, 52);
            case 4 -> ev(i, MAIN, EventKind.SEND, "pipe-1:1", "'message " + n + "'", round, SRC, 33);
            case 5 -> ev(i, READER, EventKind.RECV, "pipe-1:0", "'message " + n + "'", round, SRC, 41);
            case 6 -> ev(i, READER, EventKind.OUTPUT, "stdout", "reader got message " + n, Event.NO_NUM, null, 0);
            case 7 -> ev(i, WORKER, EventKind.PUT, "queue-1", "[" + n + ", 'done']", round, SRC, 53);
            case 8 -> ev(i, MAIN, EventKind.GET, "queue-1", "[" + n + ", 'done']", round, SRC, 34);
            case 9 -> ev(i, MAIN, EventKind.OUTPUT, "stdout", "main has item " + n + " and the value is " + n, Event.NO_NUM, null, 0);
            case 10 -> ev(i, WORKER, EventKind.OUTPUT, "stderr", "worker: round " + n, Event.NO_NUM, null, 0);
            default -> ev(i, round % 3 == 0 ? MAIN : round % 3 == 1 ? WORKER : READER, EventKind.CPU, null, null, round / 10,
                    null, 0);
        };
    }

    private static Event ev(int seq, long pid, EventKind kind, String obj, String text, long num, String file, int line) {
        return new Event(seq, 100_000_000L + seq * 10_000L, pid, kind, obj, text, num, file, line);
    }
}
