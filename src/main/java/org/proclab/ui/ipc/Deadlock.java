package org.proclab.ui.ipc;

import java.util.List;

/**
 * The kernel's finding that no process can ever go on.
 *
 * @param pids        the stuck processes
 * @param explanation the kernel's words: who waits for what, and which handles keep it so
 * @param seq         the DEADLOCK event
 */
public record Deadlock(List<Long> pids, String explanation, long seq) {
    public Deadlock {
        pids = List.copyOf(pids);
    }

    public boolean involves(long pid) {
        return pids.contains(pid);
    }
}
