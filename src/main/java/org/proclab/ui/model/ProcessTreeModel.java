package org.proclab.ui.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.trace.Event;

/**
 * The process tree as a fold of the event log: {@link #apply} takes events one at a time, in order,
 * and nothing else changes it, so the state after event k is the same live, when scrubbing a timeline
 * and when reading a saved trace.
 */
public final class ProcessTreeModel {
    /** Waits that are not the main thread's: a pool owner's result handler always waits for results. */
    private static final String BACKGROUND_WAIT = "results";

    private final Map<Long, ProcessNode> nodes = new LinkedHashMap<>();
    private DeadlockReport deadlock;
    private String stoppedBy;
    private long changes;

    /** The state after the first {@code count} events of {@code events}. */
    public static ProcessTreeModel foldOf(List<Event> events, int count) {
        ProcessTreeModel m = new ProcessTreeModel();
        for (int i = 0; i < count && i < events.size(); i++) {
            m.apply(events.get(i));
        }
        return m;
    }

    /** A copy that later events to either do not change: a checkpoint of the tree. */
    public ProcessTreeModel copy() {
        ProcessTreeModel m = new ProcessTreeModel();
        m.nodes.putAll(nodes); // the nodes are immutable
        m.deadlock = deadlock;
        m.stoppedBy = stoppedBy;
        m.changes = changes;
        return m;
    }

    /** Folds one event in; events that say nothing about processes are ignored. */
    public void apply(Event e) {
        switch (e.kind()) {
            case START -> start(e);
            case READY -> update(e.pid(), n -> n.state() == ProcState.STARTING ? n.withState(ProcState.RUNNING) : n);
            case EXIT -> update(e.pid(), n -> n.withExit(e.hasNum() ? (int) e.num() : null, e.text()).withBlocked(null));
            case BLOCK -> block(e);
            // what ends a wait: the call it waited in returned (or timed out), or a worker got its task
            case RECV, EOF, GET, PUT, ACQUIRE, TIMEOUT, TASK_START, SEND, WAKE, EVENT_WAIT, BARRIER_WAIT, QUEUE_JOIN,
                    CONN_WAIT, PROXY_SERVE, PROXY_RETURN -> update(e.pid(), n -> n.withBlocked(null));
            // the child that holds a manager as its server is the manager's process
            case HANDLE -> {
                if ("server".equals(e.text())) {
                    update(e.pid(), n -> n.withRole("manager"));
                }
            }
            case DEADLOCK -> deadlock(e);
            case JOIN -> {
                update(pidIn(e.obj()), n -> joined(n, e));
                update(e.pid(), n -> n.withBlocked(null)); // the joiner's join() returned
            }
            case ORPHAN -> update(e.pid(), n -> n.orphaned(e.hasNum() ? e.num() : 1));
            case CPU -> update(e.pid(), n -> e.hasNum() ? n.withCpu(e.num()) : n);
            case STOP -> {
                if (stoppedBy == null) {
                    stoppedBy = e.text();
                    changes++;
                }
            }
            default -> { }
        }
    }

    private void start(Event e) {
        long ppid = e.hasNum() ? e.num() : 0;
        ProcessNode node = ProcessNode.started(e.pid(), e.text(), e.obj(), ppid, nodes.size());
        nodes.put(e.pid(), node);
        update(ppid, parent -> parent.withChild(e.pid()));
        changes++;
    }

    private void block(Event e) {
        if (BACKGROUND_WAIT.equals(e.text())) {
            return;
        }
        String label = e.obj();
        if ("join()".equals(e.text()) && pidIn(e.obj()) >= 0) { // a child's join, not a JoinableQueue's
            ProcessNode child = nodes.get(pidIn(e.obj()));
            label = child == null ? "pid " + e.obj() : child.name() + " (" + child.pid() + ")";
        }
        BlockedCall b = new BlockedCall(e.text() == null ? "?" : e.text(), e.obj(), label == null ? "?" : label, e.seq());
        update(e.pid(), n -> n.state().ended() ? n : n.withBlocked(b));
    }

    private void deadlock(Event e) {
        List<Long> pids = new ArrayList<>();
        if (e.obj() != null) {
            for (String part : e.obj().split(",")) {
                long pid = pidIn(part);
                if (pid >= 0) {
                    pids.add(pid);
                }
            }
        }
        deadlock = new DeadlockReport(pids, e.text(), e.seq());
        changes++;
        for (long pid : pids) {
            update(pid, ProcessNode::withDeadlocked);
        }
    }

    private static ProcessNode joined(ProcessNode n, Event e) {
        // JOIN carries the code too: keep it when EXIT could not tell
        ProcessNode collected = n.exitCode() == null && e.hasNum() ? n.withExitCode((int) e.num()) : n;
        return collected.withState(ProcState.EXITED);
    }

    private void update(long pid, java.util.function.UnaryOperator<ProcessNode> change) {
        ProcessNode old = nodes.get(pid);
        if (old == null) {
            return; // an event about a process this log never started (a JOIN by the app, by init...)
        }
        ProcessNode now = change.apply(old);
        if (!now.equals(old)) {
            nodes.put(pid, now);
            changes++;
        }
    }

    private static long pidIn(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public ProcessNode process(long pid) {
        return nodes.get(pid);
    }

    /** Every process, in START order. */
    public Collection<ProcessNode> processes() {
        return java.util.Collections.unmodifiableCollection(nodes.values());
    }

    /** Processes whose parent is not in the log (the main process), in START order. */
    public List<ProcessNode> roots() {
        List<ProcessNode> out = new ArrayList<>();
        for (ProcessNode n : nodes.values()) {
            if (!nodes.containsKey(n.parentPid())) {
                out.add(n);
            }
        }
        return out;
    }

    /** The main process, or null before its START. */
    public ProcessNode main() {
        return nodes.values().stream().filter(ProcessNode::isMain).findFirst().orElse(null);
    }

    /** The deadlock the kernel reported, or null while there is none. */
    public DeadlockReport deadlock() {
        return deadlock;
    }

    /** Who stopped the run ("user", "timeout", ...), or null if nobody did. */
    public String stoppedBy() {
        return stoppedBy;
    }

    /** Grows whenever the tree changes; a view redraws only when it moved. */
    public long changeCount() {
        return changes;
    }
}
