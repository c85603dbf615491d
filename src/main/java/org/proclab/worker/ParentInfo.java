package org.proclab.worker;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Who started this worker, for {@code MP.parentProcess()}: the parent passes its pid, name and start instant
 * to the child JVM in its environment (as Python passes them to a child's bootstrap), so the child knows its
 * parent even after the operating system has given it a new one. The start instant tells the parent apart
 * from an unrelated process that later gets the same pid.
 */
public record ParentInfo(long pid, String name, Instant start) {
    static final String ENV_PID = "PROCLAB_PARENT_PID";
    static final String ENV_NAME = "PROCLAB_PARENT_NAME";
    static final String ENV_START = "PROCLAB_PARENT_START";

    /** What a parent puts in the environment of a child it launches. */
    static void describeThisProcess(Map<String, String> env, long pid, String name) {
        env.put(ENV_PID, Long.toString(pid));
        env.put(ENV_NAME, name);
        ProcessHandle.current().info().startInstant().ifPresentOrElse(
                s -> env.put(ENV_START, s.toString()), () -> env.remove(ENV_START));
    }

    /** The parent this child JVM was given, or empty if it was given none (the main program). */
    static Optional<ParentInfo> fromEnvironment(Map<String, String> env) {
        String pid = env.get(ENV_PID);
        String name = env.get(ENV_NAME);
        if (pid == null || name == null) {
            return Optional.empty();
        }
        try {
            String start = env.get(ENV_START);
            return Optional.of(new ParentInfo(Long.parseLong(pid), name, start == null ? null : Instant.parse(start)));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The parent, if it still runs (and is the same process, not a later one with a reused pid). */
    public Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid).filter(h -> start == null
                || h.info().startInstant().map(start::equals).orElse(false));
    }
}
