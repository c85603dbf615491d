package org.proclab.kernel;

import java.util.Map;
import java.util.function.BiPredicate;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * A signal from the test to the program it runs: when the first event that matches is logged, the test
 * creates a file of this name in the directory the program gets as its first argument, and the program,
 * waiting in {@link org.proclab.programs.Cues#await}, goes on. So a program can wait for what only the
 * kernel sees (a process blocked, exited or orphaned) instead of sleeping and hoping.
 *
 * @param name the file's name, which the program awaits
 * @param when the event, given the names of the processes started so far by pid
 */
public record Cue(String name, BiPredicate<Event, Map<Long, String>> when) {

    /** The process with this name has exited (its EXIT event). */
    public static BiPredicate<Event, Map<Long, String>> exitOf(String process) {
        return (e, names) -> e.kind() == EventKind.EXIT && process.equals(names.get(e.pid()));
    }

    /** The process with this name has been given a new parent (its ORPHAN event). */
    public static BiPredicate<Event, Map<Long, String>> orphaned(String process) {
        return (e, names) -> e.kind() == EventKind.ORPHAN && process.equals(names.get(e.pid()));
    }

    /** The process with this name waits in a call such as "recv()" or "put()", or in any call if null. */
    public static BiPredicate<Event, Map<Long, String>> blocked(String process, String call) {
        return (e, names) -> e.kind() == EventKind.BLOCK && process.equals(names.get(e.pid()))
                && (call == null || call.equals(e.text()));
    }
}
