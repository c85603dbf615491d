package org.proclab.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything the kernel knows about one process. Guarded by the kernel's lock. */
final class ProcessRecord {
    final long pid;
    long ppid;
    String name = "?";
    String identity = "";
    String role = "child";
    ProcessState state = ProcessState.STARTING;
    boolean launched;
    boolean orphan;
    long launchNanos = System.nanoTime();
    /** The operating system's identity of this process, verified as a descendant of the run; null if not. */
    ProcessIdentity os;
    /** Where its JVM's own output goes; made by the kernel. */
    Path rawLog;
    byte[] task;
    WorkerConnection conn;
    boolean everConnected;
    boolean connClosed;
    Integer reportedCode;
    Integer osStatus;
    boolean viaSystemExit;
    Integer exitCode;
    long lastCpuMillis = -1;
    final List<Waiter> waiters = new ArrayList<>();

    /** Cut what the process prints into lines, each becoming an OUTPUT event. */
    final LineFramer stdout;
    final LineFramer stderr;

    /** Receives one line a process printed: pid, stream, line. */
    interface OutputSink {
        void line(long pid, String stream, String line);
    }

    ProcessRecord(long pid, OutputSink sink) {
        this.pid = pid;
        this.stdout = new LineFramer(line -> sink.line(pid, "stdout", line));
        this.stderr = new LineFramer(line -> sink.line(pid, "stderr", line));
    }

    boolean alive() {
        return state == ProcessState.STARTING || state == ProcessState.RUNNING;
    }

    /** A wait of its main thread, if it has one; for the views and the deadlock explanation. */
    Waiter mainThreadWait() {
        for (Waiter w : waiters) {
            if (w.req.mainThread()) {
                return w;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label() + " ppid=" + ppid + " " + state + (launched ? " launched" : "") + (conn != null ? " connected" : "")
                + (connClosed ? " closed" : "") + " os=" + os;
    }

    String label() {
        return name + " (pid " + pid + ")";
    }
}
