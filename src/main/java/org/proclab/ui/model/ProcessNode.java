package org.proclab.ui.model;

import java.util.List;

/**
 * What the views know about one process after some prefix of the event log. Immutable: every change
 * makes a new node, so a view can tell what changed by identity.
 *
 * @param pid        its pid
 * @param name       its name (MainProcess, Process-1, ...)
 * @param role       "main", "child", or "manager" for a manager's server process
 * @param parentPid  the pid of the parent that started it; the tree is drawn by this, even after it is orphaned
 * @param ppid       its current parent pid (another one once it is orphaned)
 * @param state      starting, running, zombie or exited
 * @param exitCode   its exit code; null while it runs, or when nobody could tell
 * @param endedHow   how it ended ("returned", "terminated (SIGTERM)", ...), or null
 * @param cpuMillis  CPU time used so far, or -1 before the first sample
 * @param orphan     its parent ended while it ran
 * @param colorIndex its place in START order: picks its colour in every view
 * @param children   pids of the children it started, in START order
 * @param blocked    the call its main thread waits in, or null while it is not blocked
 * @param deadlocked the kernel reported it among the processes that can never go on
 */
public record ProcessNode(long pid, String name, String role, long parentPid, long ppid, ProcState state,
                          Integer exitCode, String endedHow, long cpuMillis, boolean orphan, int colorIndex,
                          List<Long> children, BlockedCall blocked, boolean deadlocked) {
    public ProcessNode {
        children = List.copyOf(children);
    }

    static ProcessNode started(long pid, String name, String role, long ppid, int colorIndex) {
        return new ProcessNode(pid, name, role, ppid, ppid, ProcState.STARTING, null, null, -1, false,
                colorIndex, List.of(), null, false);
    }

    public boolean isMain() {
        return "main".equals(role);
    }

    /** Ended with a code other than 0: the views show it as a failure. */
    public boolean failed() {
        return exitCode != null && exitCode != 0;
    }

    /** A manager's server process. */
    public boolean isManager() {
        return "manager".equals(role);
    }

    ProcessNode withRole(String r) {
        return new ProcessNode(pid, name, r, parentPid, ppid, state, exitCode, endedHow, cpuMillis, orphan, colorIndex, children, blocked, deadlocked);
    }

    ProcessNode withState(ProcState s) {
        return new ProcessNode(pid, name, role, parentPid, ppid, s, exitCode, endedHow, cpuMillis, orphan, colorIndex, children, blocked, deadlocked);
    }

    ProcessNode withExit(Integer code, String how) {
        return new ProcessNode(pid, name, role, parentPid, ppid, ProcState.ZOMBIE, code, how, cpuMillis, orphan, colorIndex, children, blocked, deadlocked);
    }

    ProcessNode withExitCode(Integer code) {
        return new ProcessNode(pid, name, role, parentPid, ppid, state, code, endedHow, cpuMillis, orphan, colorIndex, children, blocked, deadlocked);
    }

    ProcessNode withCpu(long ms) {
        return new ProcessNode(pid, name, role, parentPid, ppid, state, exitCode, endedHow, ms, orphan, colorIndex, children, blocked, deadlocked);
    }

    ProcessNode orphaned(long newPpid) {
        return new ProcessNode(pid, name, role, parentPid, newPpid, state, exitCode, endedHow, cpuMillis, true, colorIndex, children, blocked, deadlocked);
    }

    ProcessNode withChild(long childPid) {
        List<Long> more = new java.util.ArrayList<>(children);
        more.add(childPid);
        return new ProcessNode(pid, name, role, parentPid, ppid, state, exitCode, endedHow, cpuMillis, orphan, colorIndex, more, blocked, deadlocked);
    }

    ProcessNode withBlocked(BlockedCall b) {
        return new ProcessNode(pid, name, role, parentPid, ppid, state, exitCode, endedHow, cpuMillis, orphan, colorIndex, children, b, deadlocked);
    }

    ProcessNode withDeadlocked() {
        return new ProcessNode(pid, name, role, parentPid, ppid, state, exitCode, endedHow, cpuMillis, orphan, colorIndex, children, blocked, true);
    }

    /** Waiting in a blocking call on its main thread. */
    public boolean isBlocked() {
        return blocked != null;
    }
}
