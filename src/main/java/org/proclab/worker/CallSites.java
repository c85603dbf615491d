package org.proclab.worker;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The line of each call of ProcLab's API, noted by the program's own code just before the call, so the operation
 * the call makes need not look its line up on the stack (a new Throwable's backtrace, {@link Caller}: about a
 * microsecond, a third of a pipe sender's time). The notes are written by code the program's classes were given
 * before they ever run: ProcLab's build marks its lessons and benchmark programs, the playground marks the classes
 * it compiles ({@code org.proclab.marking.CallSiteMarker}); before a call {@link #at}, after it {@link #off}, and
 * the first operation the call makes takes the note ({@link #take}). The line is the one the stack would give: the
 * program's frame that made the call, at the same instruction.
 * <p>
 * A note is never left for a later operation to take: it is dropped when the call returns, at the start of every
 * exception handler of the marked code (a call that threw before its operation), and by ProcLab wherever it runs
 * the program's code itself (a task, a callback, a barrier's action, a main that threw). Calls through the JDK (a
 * method reference passed to {@code forEach}) and calls from classes not marked look their line up as before.
 */
public final class CallSites {
    /** Each thread's note; an anonymous class, not a lambda: a lambda's first use costs a new worker milliseconds. */
    private static final ThreadLocal<Note> NOTE = new ThreadLocal<>() {
        @Override
        protected Note initialValue() {
            return new Note();
        }
    };
    /**
     * The sites made so far, per file by line: made on the first operation a call site makes, then shared by every
     * call from that line. Arrays are never written once published (a new line copies its file's array).
     */
    private static final Map<String, Caller.Site[]> BY_FILE = new ConcurrentHashMap<>();
    /** A class file's lines are two-byte numbers: a line beyond is not a class file's, and is looked up. */
    private static final int MAX_LINE = 65_535;

    /** The call this thread is in: its file (null when there is none) and line. */
    private static final class Note {
        String file;
        int line;
    }

    private CallSites() {}

    /** Called by marked code just before a call of the API: the file and line of the call. */
    public static void at(String file, int line) {
        Note n = NOTE.get();
        n.file = file;
        n.line = line;
    }

    /** Called by marked code after a call of the API, at the start of its exception handlers, and by ProcLab. */
    public static void off() {
        NOTE.get().file = null;
    }

    /** The site noted for the call this thread is in, taken (the call's further operations look theirs up), or null. */
    static Caller.Site take() {
        Note n = NOTE.get();
        String file = n.file;
        if (file == null) {
            return null;
        }
        n.file = null;
        return site(file, n.line);
    }

    private static Caller.Site site(String file, int line) {
        if (line < 0 || line > MAX_LINE) {
            return null;
        }
        Caller.Site[] known = BY_FILE.get(file);
        Caller.Site s = known != null && line < known.length ? known[line] : null;
        return s != null ? s : made(file, line);
    }

    private static synchronized Caller.Site made(String file, int line) {
        Caller.Site[] known = BY_FILE.get(file);
        if (known != null && line < known.length && known[line] != null) {
            return known[line];
        }
        Caller.Site[] more = known == null ? new Caller.Site[line + 1]
                : Arrays.copyOf(known, Math.max(known.length, line + 1));
        Caller.Site s = new Caller.Site(file, line);
        more[line] = s;
        BY_FILE.put(file, more); // published whole: readers never see an array being filled
        return s;
    }
}
