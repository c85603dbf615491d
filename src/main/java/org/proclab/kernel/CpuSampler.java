package org.proclab.kernel;

import java.util.ArrayList;
import java.util.List;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

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
            long ms = p.os.info().flatMap(ProcessHandle.Info::totalCpuDuration).map(d -> d.toMillis()).orElse(-1L);
            record(p, ms, false);
        }
    }

    /** Records CPU time a process has used, if it moved on by at least 10 ms (or it is its last word). */
    void record(ProcessRecord p, long ms, boolean last) {
        synchronized (kernel) {
            if (ms >= 0 && (last ? ms != p.lastCpuMillis : p.state == ProcessState.RUNNING && ms - p.lastCpuMillis >= 10)) {
                p.lastCpuMillis = ms;
                kernel.event(p.pid, EventKind.CPU, null, null, ms);
            }
        }
    }
}
