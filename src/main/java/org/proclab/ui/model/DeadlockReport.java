package org.proclab.ui.model;

import java.util.List;

/**
 * The kernel's finding that no process can ever go on (a DEADLOCK event). The run goes on until the
 * user stops it, so the student can look at who waits for what.
 *
 * @param pids        the stuck processes
 * @param explanation the kernel's words: who waits in which call on which object, and which handles keep it so
 * @param seq         the DEADLOCK event
 */
public record DeadlockReport(List<Long> pids, String explanation, long seq) {
    public DeadlockReport {
        pids = List.copyOf(pids);
        explanation = explanation == null ? "" : explanation;
    }

    public boolean involves(long pid) {
        return pids.contains(pid);
    }
}
