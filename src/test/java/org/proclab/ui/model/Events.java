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

    public Events note(long pid, String text) {
        return add(pid, EventKind.NOTE, null, text, Event.NO_NUM);
    }

    public Events stop(String by) {
        return add(0, EventKind.STOP, null, by, Event.NO_NUM);
    }

    public List<Event> list() {
        return List.copyOf(events);
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
