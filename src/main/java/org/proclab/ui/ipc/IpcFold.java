package org.proclab.ui.ipc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.ui.model.ProcessTable;

/**
 * What the four IPC folds share: the processes (names, colours, who ended: read from the run's
 * {@link ProcessTable}), the handles of each object, who is blocked on what, and the deadlock report. A
 * subclass says which objects are its own and folds the events only it understands. Not thread-safe: one
 * thread applies and snapshots. A subclass's copy constructor makes a checkpoint of it.
 *
 * <p>Snapshots are immutable and built only for objects that changed since the last one, so
 * publishing once per pulse costs little however long the run.
 */
abstract class IpcFold {
    private final ProcessTable processes;
    private final boolean ownTable; // folded here, not by a host
    /** object -> holder pid -> handle, in the order the holders got it. */
    private final Map<String, Map<Long, Handle>> handles = new HashMap<>();
    /** object -> waits, oldest first. */
    private final Map<String, List<Wait>> waits = new HashMap<>();
    private final Set<String> dirty = new HashSet<>();
    private boolean processesDirty = true;
    private Map<Long, IpcProcess> processesView = Map.of();
    private Deadlock deadlock;
    private long changes;
    private long seq = -1;
    private long changedAt = -1;

    /** With {@code processes} null, the fold keeps (and folds) its own process table. */
    IpcFold(ProcessTable processes) {
        this.ownTable = processes == null;
        this.processes = processes == null ? new ProcessTable() : processes;
    }

    /** A copy that later events to either do not change; it reads the same shared table, or a copy of its own. */
    IpcFold(IpcFold o) {
        ownTable = o.ownTable;
        if (ownTable) {
            processes = new ProcessTable();
            processes.restore(o.processes.snapshot());
        } else {
            processes = o.processes;
        }
        o.handles.forEach((obj, of) -> handles.put(obj, new LinkedHashMap<>(of)));
        o.waits.forEach((obj, of) -> waits.put(obj, new ArrayList<>(of)));
        dirty.addAll(o.dirty);
        processesDirty = o.processesDirty;
        processesView = o.processesView;
        deadlock = o.deadlock;
        changes = o.changes;
        seq = o.seq;
        changedAt = o.changedAt;
    }

    /** Folds one event in; events about other objects are ignored. */
    public final void apply(Event e) {
        if (ownTable) {
            processes.apply(e);
        }
        seq = e.seq();
        switch (e.kind()) {
            case START -> processesChanged();
            case EXIT -> exit(e);
            case HANDLE -> {
                String obj = resolve(e.obj(), e);
                if (obj != null) {
                    Map<Long, Handle> of = handles.computeIfAbsent(obj, k -> new LinkedHashMap<>());
                    Handle old = of.get(e.pid());
                    of.put(e.pid(), old == null ? Handle.opened(e.pid(), obj, e.text(), e.seq()) : old.reopened(e.text(), e.seq()));
                    touch(obj);
                    onHandle(e, obj);
                }
            }
            case CLOSE -> {
                String obj = resolve(e.obj(), e);
                Handle h = obj == null ? null : handles.getOrDefault(obj, Map.of()).get(e.pid());
                if (h != null && h.open()) {
                    handles.get(obj).put(e.pid(), h.closed(e.text(), e.seq()));
                    touch(obj);
                }
                if (obj != null) {
                    onClose(e, obj);
                }
            }
            case BLOCK -> {
                String obj = resolve(e.obj(), e);
                if (obj != null) {
                    List<Wait> list = waits.computeIfAbsent(obj, k -> new ArrayList<>());
                    list.removeIf(w -> w.pid() == e.pid());
                    list.add(new Wait(e.pid(), obj, e.text(), e.seq()));
                    touch(obj);
                }
            }
            case TIMEOUT, WAKE -> {
                String obj = resolve(e.obj(), e);
                if (obj != null) {
                    endWait(e.pid(), obj);
                }
            }
            case DEADLOCK -> {
                List<Long> pids = pidsIn(e.obj());
                deadlock = new Deadlock(pids, e.text() == null ? "" : e.text(), e.seq());
                for (long pid : pids) {
                    for (Wait w : waitsOf(pid)) {
                        onStuck(w);
                    }
                }
                changed();
            }
            default -> {
                String obj = e.obj() == null ? null : resolve(e.obj(), e);
                if (obj != null) {
                    fold(e, obj);
                }
            }
        }
    }

    private void exit(Event e) {
        if (processes.get(e.pid()) != null) {
            processesChanged();
        }
        // its blocking calls end with it; its handles close in the CLOSE events that follow
        for (Wait w : waitsOf(e.pid())) {
            endWait(e.pid(), w.object());
        }
        onExit(e.pid());
    }

    private List<Wait> waitsOf(long pid) {
        List<Wait> out = new ArrayList<>();
        for (List<Wait> list : waits.values()) {
            for (Wait w : list) {
                if (w.pid() == pid) {
                    out.add(w);
                }
            }
        }
        out.sort(java.util.Comparator.comparingLong(Wait::sinceSeq));
        return out;
    }

    private static List<Long> pidsIn(String s) {
        List<Long> out = new ArrayList<>();
        if (s != null) {
            for (String part : s.split(",")) {
                try {
                    out.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException ignored) {
                    // not a pid: skip it
                }
            }
        }
        return out;
    }

    // ---- for subclasses -------------------------------------------------------------------------

    /** The id of this fold's object that {@code obj} names, or null if it is not one of ours. */
    abstract String resolve(String obj, Event e);

    /** An event of a kind the base does not handle, about one of our objects. */
    abstract void fold(Event e, String obj);

    /** A stuck process's wait, when a deadlock is reported. */
    void onStuck(Wait w) {
    }

    void onHandle(Event e, String obj) {
    }

    void onClose(Event e, String obj) {
    }

    void onExit(long pid) {
    }

    /** Ends a wait of {@code pid} on {@code obj}, if there is one. */
    final void endWait(long pid, String obj) {
        List<Wait> list = waits.get(obj);
        if (list != null && list.removeIf(w -> w.pid() == pid)) {
            touch(obj);
        }
    }

    final boolean waitsOn(long pid, String obj, String call) {
        for (Wait w : waits.getOrDefault(obj, List.of())) {
            if (w.pid() == pid && (call == null || call.equals(w.call()))) {
                return true;
            }
        }
        return false;
    }

    final List<Wait> waits(String obj) {
        return List.copyOf(waits.getOrDefault(obj, List.of()));
    }

    final List<Handle> handles(String obj) {
        return List.copyOf(handles.getOrDefault(obj, Map.of()).values());
    }

    final Handle handle(String obj, long pid) {
        return handles.getOrDefault(obj, Map.of()).get(pid);
    }

    final void replaceHandle(Handle h) {
        handles.computeIfAbsent(h.object(), k -> new LinkedHashMap<>()).put(h.pid(), h);
        touch(h.object());
    }

    /** Marks an object as changed: its next snapshot is rebuilt. */
    final void touch(String obj) {
        dirty.add(obj);
        changed();
    }

    private void changed() {
        changes++;
        changedAt = seq;
    }

    /** Takes the set of objects changed since the last call. */
    final Set<String> takeDirty() {
        Set<String> out = new HashSet<>(dirty);
        dirty.clear();
        return out;
    }

    final IpcProcess process(long pid) {
        ProcessTable.Info p = processes.get(pid);
        return p == null ? IpcProcess.unknown(pid) : IpcProcess.of(p);
    }

    /** The processes, as an immutable map that is replaced (not changed) when one starts or ends. */
    final Map<Long, IpcProcess> processesSnapshot() {
        if (processesDirty) {
            Map<Long, IpcProcess> now = new LinkedHashMap<>();
            for (ProcessTable.Info p : processes.all()) {
                now.put(p.pid(), IpcProcess.of(p));
            }
            processesView = Collections.unmodifiableMap(now);
            processesDirty = false;
        }
        return processesView;
    }

    private void processesChanged() {
        processesDirty = true;
        changed();
    }

    // ---- public -------------------------------------------------------------------------------

    /** Grows whenever anything this fold shows changes; publish a snapshot only when it moved. */
    public final long changeCount() {
        return changes;
    }

    /** The seq of the last event folded in, or -1. */
    public final long lastSeq() {
        return seq;
    }

    /** The seq of the last event that changed what this fold shows, or -1. */
    public final long changedAt() {
        return changedAt;
    }

    /** The deadlock the kernel reported, or null. */
    public final Deadlock deadlock() {
        return deadlock;
    }
}
