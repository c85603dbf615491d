package org.proclab.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * Before the first measured run, the bench runs the first data-path row's program unmeasured until the app's JVM
 * (where the kernel runs) has collected its young generation twice, at most {@link #MAX_RUNS} times. A JVM's
 * young generation is memory it never touched before its first pass over it, and the first touch of each page
 * is a page fault: on the 2-core development machine, a virtual machine where a fault is dear, the first row's
 * first run carried 130–150 k msgs/s and its third 220–280 k, in the same JVM. An open app has long touched its
 * pages; the rows measure that, not the first seconds of a JVM.
 */
final class HostWarmUp {
    /** Two passes: the first touches the young generation, the second the space its survivors are copied to. */
    static final int COLLECTIONS = 2;
    static final int MAX_RUNS = 3;
    /** A {@code --quick} run's programs are small (it checks that the bench works): one run. */
    static final int MAX_RUNS_QUICK = 1;

    private HostWarmUp() {}

    /** The row to warm the host with: the first selected one that runs a kernel workload program, if any. */
    static Optional<Workload> rowFor(List<Workload> selected) {
        return selected.stream().filter(w -> w.program() != null && !w.isEnumerate()).findFirst();
    }

    /** Whether to run the warm-up row again, after {@code runs} runs that saw {@code collections} collections. */
    static boolean another(int runs, long collections, boolean quick) {
        return runs < (quick ? MAX_RUNS_QUICK : MAX_RUNS) && collections < COLLECTIONS;
    }

    /** Collections of this JVM so far, by every collector (young and old: the sum only grows). */
    static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
