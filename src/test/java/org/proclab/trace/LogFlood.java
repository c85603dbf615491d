package org.proclab.trace;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic flood for measuring the event log: appends N output events of a given length as fast as
 * one thread can, calling {@link EventLog#awaitRoom()} before each as the kernel's readers do, and
 * prints the time, the writer's rate and the heap used after GC. Run it in a JVM with a small heap:
 * <pre>java -Xmx64m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.proclab.trace.LogFlood 5000000 100</pre>
 */
public final class LogFlood {
    private LogFlood() {}

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        int length = Integer.parseInt(args[1]);
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("flood-", ".jsonl");
        Runtime rt = Runtime.getRuntime();
        String pad = "z".repeat(Math.max(0, length - 12));
        long maxUsed = 0;
        long maxInMemory = 0;
        long maxBacklog = 0;
        long t0 = System.nanoTime();
        try (EventLog log = EventLog.writingTo(file)) {
            for (long i = 0; i < n; i++) {
                log.awaitRoom();
                log.append(4242, EventKind.OUTPUT, "stdout", String.format("%011d %s", i, pad), Event.NO_NUM);
                if (i % 10_000 == 0) {
                    maxInMemory = Math.max(maxInMemory, log.inMemory());
                    maxBacklog = Math.max(maxBacklog, log.backlog());
                }
                if (i % 1_000_000 == 999_999) {
                    System.gc();
                    maxUsed = Math.max(maxUsed, rt.totalMemory() - rt.freeMemory());
                }
            }
            long appended = System.nanoTime() - t0;
            log.flush();
            long written = System.nanoTime() - t0;
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long producerCpu = threads.getCurrentThreadCpuTime();
            long writerCpu = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("proclab-event-log-writer"))
                    .mapToLong(t -> threads.getThreadCpuTime(t.getId())).sum();
            System.gc();
            long usedAtEnd = rt.totalMemory() - rt.freeMemory();
            long t1 = System.nanoTime();
            java.util.List<Event> back = log.read(n / 2, n / 2 + 50_000);
            long readMillis = (System.nanoTime() - t1) / 1_000_000;
            System.out.printf("events=%d line=%d file_mb=%.0f append_s=%.2f written_s=%.2f writer_events_per_s=%.0f writer_mb_per_s=%.1f"
                            + " max_heap_used_after_gc_mb=%.1f heap_used_at_end_mb=%.1f max_heap_mb=%.0f max_in_memory=%d max_backlog=%d"
                            + " read_50k_from_file_ms=%d producer_cpu_us_per_event=%.2f writer_cpu_us_per_event=%.2f"
                            + " writer_cpu_bound_events_per_s=%.0f%n",
                    n, length, Files.size(file) / 1e6, appended / 1e9, written / 1e9, n / (written / 1e9),
                    Files.size(file) / 1e6 / (written / 1e9), maxUsed / 1e6, usedAtEnd / 1e6, rt.maxMemory() / 1e6,
                    maxInMemory, maxBacklog, readMillis, producerCpu / 1e3 / n, writerCpu / 1e3 / n, n / (writerCpu / 1e9));
            if (back.size() != 50_000 || back.get(0).seq() != n / 2) {
                throw new AssertionError("read back the wrong events");
            }
        } finally {
            if (args.length <= 2) {
                Files.deleteIfExists(file);
            }
        }
    }
}
