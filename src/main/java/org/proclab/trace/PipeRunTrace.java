package org.proclab.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;

/**
 * A made-up run of any length: lesson 3's pipe, with the producer sending {@code n} messages instead of four,
 * each received and printed by the consumer, so every view has its share (the tree, the pipe and its messages,
 * the consoles, the event list). {@code proclab bench --ui} opens a million of its events; the window rehearses a
 * few thousand before it shows ({@code ui.main.ViewsRehearsal}). The events are made as they are asked for,
 * never held all at once.
 */
public final class PipeRunTrace {
    public static final long MAIN = 1000;
    public static final long CHILD = 1001;
    /** The source file the events name: lesson 3's, whose lines they point at. */
    public static final String LESSON_FILE = "PipeLesson.java";
    /** Events before the messages and after them. */
    private static final int HEAD = 8;
    private static final int TAIL = 5;

    private PipeRunTrace() {}

    /** The trace's events: {@code total} of them, or up to 2 fewer (whole messages of 3 events each); {@code total} > 15. */
    public static List<Event> events(int total) {
        return events(total, LESSON_FILE);
    }

    /** The same events, naming {@code file} as their source (null: none). */
    public static List<Event> events(int total, String file) {
        if (total < HEAD + TAIL + 3) {
            throw new IllegalArgumentException("a trace of " + total + " events");
        }
        int messages = (total - HEAD - TAIL) / 3;
        int size = HEAD + 3 * messages + TAIL;
        return new AbstractList<>() {
            @Override
            public Event get(int i) {
                if (i < 0 || i >= size) {
                    throw new IndexOutOfBoundsException(i);
                }
                return event(i, messages, size, file);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Writes the trace of {@link #events(int) events(total)} to {@code file}; returns how many it has (up to 2 fewer). */
    public static int write(Path file, int total) throws IOException {
        List<Event> events = events(total);
        TraceFiles.write(events, file);
        return events.size();
    }

    private static Event event(int i, int messages, int size, String file) {
        long t = 100_000_000L + i * 10_000L; // 10 µs apart
        if (i < HEAD) {
            return switch (i) {
                case 0 -> ev(i, t, MAIN, EventKind.START, "main", "MainProcess", 1, null, 0);
                case 1 -> ev(i, t, MAIN, EventKind.PIPE_NEW, "pipe-1", "duplex", Event.NO_NUM, file, 37);
                case 2 -> ev(i, t, MAIN, EventKind.HANDLE, "pipe-1:0", "create", Event.NO_NUM, file, 37);
                case 3 -> ev(i, t, MAIN, EventKind.HANDLE, "pipe-1:1", "create", Event.NO_NUM, file, 37);
                case 4 -> ev(i, t, CHILD, EventKind.START, "child", "consumer", MAIN, file, 41);
                case 5 -> ev(i, t, CHILD, EventKind.HANDLE, "pipe-1:0", "fork", Event.NO_NUM, null, 0);
                case 6 -> ev(i, t, CHILD, EventKind.HANDLE, "pipe-1:1", "fork", Event.NO_NUM, null, 0);
                default -> ev(i, t, MAIN, EventKind.CLOSE, "pipe-1:0", "close", Event.NO_NUM, file, 43);
            };
        }
        int k = i - HEAD;
        if (k < 3 * messages) {
            long m = k / 3 + 1;
            String text = Long.toString(m);
            return switch (k % 3) {
                case 0 -> ev(i, t, MAIN, EventKind.SEND, "pipe-1:1", text, m, file, 32);
                case 1 -> ev(i, t, CHILD, EventKind.RECV, "pipe-1:0", text, m, file, 21);
                default -> ev(i, t, CHILD, EventKind.OUTPUT, "stdout", "consumer got " + m, Event.NO_NUM, null, 0);
            };
        }
        return switch (size - i) {
            case 5 -> ev(i, t, MAIN, EventKind.CLOSE, "pipe-1:1", "close", Event.NO_NUM, file, 45);
            case 4 -> ev(i, t, CHILD, EventKind.CLOSE, "pipe-1:1", "close", Event.NO_NUM, file, 18);
            case 3 -> ev(i, t, CHILD, EventKind.EOF, "pipe-1:0", null, Event.NO_NUM, file, 21);
            case 2 -> ev(i, t, CHILD, EventKind.EXIT, null, "returned", 0, null, 0);
            default -> ev(i, t, MAIN, EventKind.EXIT, null, "returned", 0, null, 0);
        };
    }

    private static Event ev(int seq, long nanos, long pid, EventKind kind, String obj, String text, long num,
                            String file, int line) {
        return new Event(seq, nanos, pid, kind, obj, text, num, file, file == null ? 0 : line);
    }
}
