package org.proclab.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/** Builds an event log by hand, as the kernel would write it, for the folds and views to replay. */
public final class Events {
    /** The app's own pid: the main process's parent, and who joins it. */
    public static final long APP = 50;
    private final List<Event> events = new ArrayList<>();

    public static Events log() {
        return new Events();
    }

    private Events add(long pid, EventKind kind, String obj, String text, long num) {
        events.add(new Event(events.size(), events.size() * 1_000_000L, pid, kind, obj, text, num, null, 0));
        return this;
    }

    public Events main(long pid) {
        return add(pid, EventKind.START, "main", "MainProcess", APP);
    }

    public Events child(long pid, String name, long ppid) {
        return add(pid, EventKind.START, "child", name, ppid);
    }

    public Events ready(long pid) {
        return add(pid, EventKind.READY, null, null, 150);
    }

    public Events out(long pid, String line) {
        return add(pid, EventKind.OUTPUT, "stdout", line, Event.NO_NUM);
    }

    public Events err(long pid, String line) {
        return add(pid, EventKind.OUTPUT, "stderr", line, Event.NO_NUM);
    }

    public Events jvm(long pid, String line) {
        return add(pid, EventKind.OUTPUT, "jvm", line, Event.NO_NUM);
    }

    public Events exit(long pid, int code, String how) {
        return add(pid, EventKind.EXIT, null, how, code);
    }

    public Events exitUnknown(long pid) {
        return add(pid, EventKind.EXIT, null, "ended; its exit code is unknown", Event.NO_NUM);
    }

    public Events join(long by, long child, int code) {
        return add(by, EventKind.JOIN, Long.toString(child), null, code);
    }

    public Events orphan(long pid, long newPpid) {
        return add(pid, EventKind.ORPHAN, null, null, newPpid);
    }

    public Events cpu(long pid, long ms) {
        return add(pid, EventKind.CPU, null, null, ms);
    }

    /** What {@code MP.report(key, value)} records. */
    public Events report(long pid, String key, String value) {
        return add(pid, EventKind.REPORT, key, value, Event.NO_NUM);
    }

    public Events note(long pid, String text) {
        return add(pid, EventKind.NOTE, null, text, Event.NO_NUM);
    }

    public Events block(long pid, String obj, String call) {
        return add(pid, EventKind.BLOCK, obj, call, Event.NO_NUM);
    }

    public Events send(long pid, String end, String message, long id) {
        return add(pid, EventKind.SEND, end, message, id);
    }

    public Events recv(long pid, String end, String message, long id) {
        return add(pid, EventKind.RECV, end, message, id);
    }

    public Events eof(long pid, String end) {
        return add(pid, EventKind.EOF, end, null, Event.NO_NUM);
    }

    public Events timeout(long pid, String obj, String call) {
        return add(pid, EventKind.TIMEOUT, obj, call, Event.NO_NUM);
    }

    public Events deadlock(String pids, String explanation) {
        return add(0, EventKind.DEADLOCK, pids, explanation, Event.NO_NUM);
    }

    public Events poolNew(long owner, String pool, int processes) {
        return add(owner, EventKind.POOL_NEW, pool, null, processes);
    }

    public Events submit(long owner, String task, String call) {
        return add(owner, EventKind.TASK_SUBMIT, task, call, Event.NO_NUM);
    }

    /** A submission that says which callbacks wait for the task (1 on return, 2 on raise), as ProcLab records it now. */
    public Events submit(long owner, String task, String call, int callbacks) {
        return add(owner, EventKind.TASK_SUBMIT, task, call, callbacks);
    }

    public Events taskStart(long worker, String task) {
        return add(worker, EventKind.TASK_START, task, null, Event.NO_NUM);
    }

    public Events taskDone(long worker, String task, String result, boolean ok) {
        return add(worker, EventKind.TASK_DONE, task, result, ok ? 1 : 0);
    }

    /** The kernel's word that a worker ended while running a task (ok = -1, the result its exit code). */
    public Events workerEnded(long worker, String task, int exitCode) {
        return add(worker, EventKind.TASK_DONE, task, Integer.toString(exitCode), -1);
    }

    /** The kernel's word that terminate() cancelled a task no worker had taken (ok = -2). */
    public Events cancelled(long owner, String task) {
        return add(owner, EventKind.TASK_DONE, task, null, -2);
    }

    public Events callback(long owner, String task, String which) {
        return add(owner, EventKind.CALLBACK, task, which, Event.NO_NUM);
    }

    public Events poolState(long owner, String pool, String state) {
        return add(owner, EventKind.POOL_STATE, pool, state, Event.NO_NUM);
    }

    public Events stop(String by) {
        return add(0, EventKind.STOP, null, by, Event.NO_NUM);
    }

    public List<Event> list() {
        return List.copyOf(events);
    }

    public org.proclab.ui.pool.PoolModel pools() {
        return org.proclab.ui.pool.PoolModel.foldOf(events, events.size());
    }

    public ProcessTreeModel tree() {
        return ProcessTreeModel.foldOf(events, events.size());
    }

    /**
     * Lesson 1's zombie-and-orphan run, cut at the moment everything is on show: MainProcess 100 has
     * "quick" 101 (ended, not joined: a zombie), "middle" 102 (terminated, joined: exited with -15),
     * "grandchild" 103 (middle's child, orphaned, adopted by 1, running) and "throws" 104 (exited, code 1).
     */
    public static Events zombieAndOrphan() {
        return log()
                .main(100).ready(100)
                .child(101, "quick", 100).child(102, "middle", 100)
                .ready(101).out(101, "quick: done already").exit(101, 0, "returned")
                .ready(102).child(103, "grandchild", 102).ready(103)
                .out(103, "grandchild: my parent is 102")
                .child(104, "throws", 100).ready(104).err(104, "java.lang.IllegalStateException: boom")
                .exit(104, 1, "returned").join(100, 104, 1)
                .exit(102, -15, "terminated (SIGTERM)").join(100, 102, -15)
                .orphan(103, 1).cpu(100, 340).cpu(103, 320);
    }
}
