package org.proclab.kernel;

/** Where a process is in its life, as the registry sees it. */
public enum ProcessState {
    /** Launched; its JVM has not connected yet. */
    STARTING,
    RUNNING,
    /** Ended, but its parent has not joined it: Python's zombie. */
    ZOMBIE,
    /** Ended and collected by its parent (or by the system, when the parent ended first). */
    JOINED
}
