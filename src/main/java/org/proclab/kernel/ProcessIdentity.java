package org.proclab.kernel;

import java.time.Instant;
import java.util.Optional;

/**
 * A process as the operating system knows it: its pid and the instant it started. A pid alone may be reused
 * by an unrelated process once the first has ended; with the start instant it names one process only, so
 * the app never signals a stranger.
 */
record ProcessIdentity(long pid, Instant start) {

    /** The identity of a live process, if the operating system tells its start instant. */
    static Optional<ProcessIdentity> of(ProcessHandle h) {
        return h.info().startInstant().map(s -> new ProcessIdentity(h.pid(), s));
    }

    /**
     * The identity of {@code child}, verified to be a child of {@code parent} right now; empty if it is not
     * (or has already ended). Reads the operating system's process table: never call it under the kernel lock.
     */
    static Optional<ProcessIdentity> childOf(long parent, long child) {
        return ProcessHandle.of(child)
                .filter(h -> h.parent().map(ProcessHandle::pid).orElse(-1L) == parent)
                .flatMap(ProcessIdentity::of);
    }

    /** The live process this identity names, if it still runs (and is the same process, not a reused pid). */
    Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid).filter(h -> names(h.info()));
    }

    /**
     * The live process's info (its CPU time, say), read once, if it is still this process: one read of the
     * process table where {@code handle().info()} makes two (the CPU sampler asks for every process twice a second).
     */
    Optional<ProcessHandle.Info> info() {
        return ProcessHandle.of(pid).map(ProcessHandle::info).filter(this::names);
    }

    private boolean names(ProcessHandle.Info info) {
        return info.startInstant().map(start::equals).orElse(false);
    }
}
