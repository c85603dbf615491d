package org.proclab.ui.model;

import java.util.Locale;

/** Where a process is in its life, as the event log tells it. */
public enum ProcState {
    /** START seen; its JVM has not connected yet. */
    STARTING,
    /** READY seen: connected and running its code. */
    RUNNING,
    /** EXIT seen, but no JOIN yet: it has ended and nobody has collected its exit code. */
    ZOMBIE,
    /** JOIN seen: its parent (or the system) collected it. */
    EXITED;

    /** The CSS pseudo-class and message-key suffix: starting, running, zombie, exited. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean ended() {
        return this == ZOMBIE || this == EXITED;
    }
}
