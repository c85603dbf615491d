package org.proclab.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What one worker JVM knows about itself: its connection, its name, and the children it started. */
public final class WorkerRuntime {
    private static volatile WorkerRuntime current;

    private final ControlClient client;
    private final long pid;
    private final String name;
    private final String identity;
    private final String startMethod;
    private final AtomicInteger childCounter = new AtomicInteger();
    private final AtomicLong objectCounter = new AtomicLong();
    private final List<ChildHandle> children = new ArrayList<>();
    private final Optional<ParentInfo> parent = ParentInfo.fromEnvironment(System.getenv());
    private final List<Runnable> atExit = new ArrayList<>();

    WorkerRuntime(ControlClient client, long pid, String name, String identity, String startMethod) {
        this.client = client;
        this.pid = pid;
        this.name = name;
        this.identity = identity;
        this.startMethod = startMethod;
    }

    static void install(WorkerRuntime runtime) {
        current = runtime;
    }

    /** The runtime of this JVM; fails with a clear message when the program runs outside ProcLab. */
    public static WorkerRuntime get() {
        WorkerRuntime r = current;
        if (r == null) {
            throw new IllegalStateException("This program uses the ProcLab API, which needs the ProcLab kernel. "
                    + "Run it with: java -jar proclab.jar run --main <class> --classpath <path>");
        }
        return r;
    }

    public static boolean isActive() {
        return current != null;
    }

    public ControlClient client() { return client; }
    public long pid() { return pid; }
    public String name() { return name; }
    public String startMethod() { return startMethod; }

    /** The process that started this one; empty in the main program, which ProcLab itself starts. */
    public Optional<ParentInfo> parent() {
        return identity.isEmpty() ? Optional.empty() : parent;
    }

    /** Python's naming: children of the main process are Process-1, Process-2; theirs Process-1:1. */
    public String nextChildIdentity() {
        int n = childCounter.incrementAndGet();
        return identity.isEmpty() ? Integer.toString(n) : identity + ":" + n;
    }

    /** A kernel-wide unique id for an object this process creates; no round trip needed. */
    public long newObjectId() {
        return (pid << 24) | objectCounter.incrementAndGet();
    }

    public synchronized void addChild(ChildHandle child) {
        children.add(child);
    }

    /**
     * Runs {@code action} when this process's program ends, before its children are joined: Python's
     * finalizers (a manager shuts its server process down, which could otherwise never be joined).
     */
    public synchronized void atExit(Runnable action) {
        atExit.add(action);
    }

    synchronized List<Runnable> atExitActions() {
        return new ArrayList<>(atExit);
    }

    synchronized List<ChildHandle> children() {
        return new ArrayList<>(children);
    }

    /** A started child as its parent sees it, so the parent can join it (or end a daemon) on exit, as Python does. */
    public interface ChildHandle {
        boolean daemon();

        void terminateQuietly();

        void joinQuietly();
    }
}
