package org.proclab.kernel;

import java.util.Set;

/** What a deadlock explanation needs to name processes: their records, and a list of them in words. */
interface Explainer {
    ProcessRecord find(long pid);

    /** "consumer (pid 12) itself, MainProcess (pid 10)", or "no running process". */
    String of(Set<Long> pids, long self);
}
