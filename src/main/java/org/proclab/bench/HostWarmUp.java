package org.proclab.bench;

import java.util.List;
import java.util.Optional;

/**
 * Before the first measured run, the bench runs the first selected row's program (not lesson 6's) unmeasured: twice, once with
 * {@code --quick}. A new JVM's heap is memory it never touched, and the first touch of each page is a page fault;
 * the collector also grows the young generation to its working size during the first run, so the second touches
 * the rest. On the 2-core development machine, a virtual machine where a fault is dear, the first row's first
 * run in a new app JVM carried 130–150 k msgs/s, its second 190–260 k and its third 240–260 k: the first row
 * measured the JVM's first seconds and the rows after it did not. An open app has long touched its pages.
 */
final class HostWarmUp {
    static final int RUNS = 2;
    /** A {@code --quick} run's programs are small (it checks that the bench works): one run. */
    static final int RUNS_QUICK = 1;

    private HostWarmUp() {}

    /** The row to warm the host with: the first selected one that runs a kernel workload program, if any. */
    static Optional<Workload> rowFor(List<Workload> selected) {
        return selected.stream().filter(w -> w.program() != null && !w.isEnumerate()).findFirst();
    }

    static int runs(boolean quick) {
        return quick ? RUNS_QUICK : RUNS;
    }
}
