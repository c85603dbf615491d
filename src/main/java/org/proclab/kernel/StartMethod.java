package org.proclab.kernel;

import java.util.Locale;

/** Python's start methods as ProcLab models them: which handles a new child starts with. */
public enum StartMethod {
    /** The child starts with a copy of every handle its parent holds (Python's default on Linux). */
    FORK,
    /** The child starts with only the handles its task captured. */
    SPAWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
