package org.proclab.ui.ipc;

import java.util.ArrayList;
import java.util.List;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/** Builds an IPC event log by hand, as the kernel would write it. */
final class IpcEvents {
    private final List<Event> events = new ArrayList<>();

    static IpcEvents log() {
        return new IpcEvents();
    }

    IpcEvents add(long pid, EventKind kind, String obj, String text, long num) {
        events.add(new Event(events.size(), events.size() * 1_000_000L, pid, kind, obj, text, num, null, 0));
        return this;
    }

    private IpcEvents add(long pid, EventKind kind, String obj, String text) {
        return add(pid, kind, obj, text, Event.NO_NUM);
    }

    IpcEvents main(long pid) {
        return add(pid, EventKind.START, "main", "MainProcess", 50);
    }

    IpcEvents child(long pid, String name, long ppid) {
        return add(pid, EventKind.START, "child", name, ppid);
    }

    IpcEvents exit(long pid, String how) {
        return add(pid, EventKind.EXIT, null, how, 0);
    }

    IpcEvents pipe(long pid, String id, boolean duplex) {
        return add(pid, EventKind.PIPE_NEW, id, duplex ? "duplex" : "simplex")
                .handle(pid, id + ":0", "create").handle(pid, id + ":1", "create");
    }

    IpcEvents handle(long pid, String obj, String how) {
        return add(pid, EventKind.HANDLE, obj, how);
    }

    IpcEvents close(long pid, String obj, String why) {
        return add(pid, EventKind.CLOSE, obj, why);
    }

    IpcEvents send(long pid, String end, String text, long msg) {
        return add(pid, EventKind.SEND, end, text, msg);
    }

    IpcEvents recv(long pid, String end, String text, long msg) {
        return add(pid, EventKind.RECV, end, text, msg);
    }

    IpcEvents eof(long pid, String end) {
        return add(pid, EventKind.EOF, end, null);
    }

    IpcEvents block(long pid, String obj, String call) {
        return add(pid, EventKind.BLOCK, obj, call);
    }

    IpcEvents timeout(long pid, String obj, String call) {
        return add(pid, EventKind.TIMEOUT, obj, call);
    }

    IpcEvents queue(long pid, String id, int maxsize) {
        return add(pid, EventKind.QUEUE_NEW, id, null, maxsize).handle(pid, id, "create");
    }

    IpcEvents joinableQueue(long pid, String id) {
        return add(pid, EventKind.QUEUE_NEW, id, "joinable", 0).handle(pid, id, "create");
    }

    IpcEvents taskDone(long pid, String queue, long unfinished) {
        return add(pid, EventKind.QUEUE_TASK_DONE, queue, null, unfinished);
    }

    IpcEvents array(long pid, String id, String shown, int length) {
        return add(pid, EventKind.ARRAY_NEW, id, shown, length).handle(pid, id, "create");
    }

    IpcEvents setCell(long pid, String array, int index, String value) {
        return add(pid, EventKind.ARRAY_SET, array, value, index);
    }

    IpcEvents put(long pid, String queue, String item, long id) {
        return add(pid, EventKind.PUT, queue, item, id);
    }

    IpcEvents get(long pid, String queue, String item, long id) {
        return add(pid, EventKind.GET, queue, item, id);
    }

    IpcEvents lock(long pid, String id) {
        return add(pid, EventKind.LOCK_NEW, id, null).handle(pid, id, "create");
    }

    IpcEvents acquire(long pid, String lock) {
        return add(pid, EventKind.ACQUIRE, lock, null);
    }

    IpcEvents release(long pid, String lock) {
        return add(pid, EventKind.RELEASE, lock, null);
    }

    IpcEvents value(long pid, String id, String initial) {
        return lock(pid, id + ".lock").add(pid, EventKind.VALUE_NEW, id, initial).handle(pid, id, "create");
    }

    IpcEvents read(long pid, String value, String v) {
        return add(pid, EventKind.VALUE_GET, value, v);
    }

    IpcEvents write(long pid, String value, String v) {
        return add(pid, EventKind.VALUE_SET, value, v);
    }

    IpcEvents deadlock(String pids, String why) {
        return add(0, EventKind.DEADLOCK, pids, why);
    }

    List<Event> list() {
        return List.copyOf(events);
    }

    int size() {
        return events.size();
    }

    PipesModel.Snapshot pipes() {
        return PipesModel.foldOf(events, events.size()).snapshot();
    }

    QueuesModel.Snapshot queues() {
        return QueuesModel.foldOf(events, events.size()).snapshot();
    }

    LocksModel.Snapshot locks() {
        return LocksModel.foldOf(events, events.size()).snapshot();
    }

    SyncModel.Snapshot sync() {
        SyncModel m = new SyncModel();
        events.forEach(m::apply);
        return m.snapshot();
    }

    ArraysModel.Snapshot arrays() {
        return ArraysModel.foldOf(events, events.size()).snapshot();
    }

    ValuesModel.Snapshot values() {
        return ValuesModel.foldOf(events, events.size()).snapshot();
    }
}
