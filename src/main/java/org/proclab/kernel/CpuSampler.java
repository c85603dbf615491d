package org.proclab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Samples the CPU time of running processes from the operating system, on the kernel's timer. The reading
 * happens outside the kernel's lock (it reads the process table); only the event is recorded under it.
 */
final class CpuSampler implements Runnable {
    private final Kernel kernel;

    CpuSampler(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public void run() {
        List<ProcessRecord> live = new ArrayList<>();
        synchronized (kernel) {
            for (ProcessRecord p : kernel.records()) {
                if (p.state == ProcessState.RUNNING && p.os != null) {
                    live.add(p);
                }
            }
        }
        for (ProcessRecord p : live) {
            long ms = p.os.handle().flatMap(h -> h.info().totalCpuDuration()).map(d -> d.toMillis()).orElse(-1L);
            kernel.cpu(p, ms, false);
        }
    }
}
