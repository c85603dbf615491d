package org.proclab.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * The handle table: every IPC object by id, and which process holds a handle of which end. A process may
 * use an object only through a handle it holds: one it created, inherited at start (fork: all its parent's;
 * spawn: those its task captured), or received inside a message. Guarded by the kernel's lock.
 */
final class Handles {
    private final Kernel kernel;
    private final Map<Long, IpcObject> objects = new LinkedHashMap<>();
    private final Map<Long, Set<Long>> holders = new HashMap<>();
    private final Map<Long, Set<Long>> byProcess = new HashMap<>();
    /** Handles travelling inside messages not yet taken: they keep their end open, as an fd in flight does. */
    private final Map<Long, Integer> inFlight = new HashMap<>();

    Handles(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Adds a new object made by {@code r}'s process. Ids are made by workers ({@code pid << 24 | n}), so an id
     * must be the creator's own and unused: creating an object never replaces another.
     */
    boolean register(OpRequest r, long id, IpcObject o) {
        String why = idProblem(r.pid(), id);
        if (why != null) {
            kernel.refuse(r, null, why);
            return false;
        }
        objects.put(id, o);
        return true;
    }

    /** Why {@code pid} may not create an object with this id, or null if it may. */
    String idProblem(long pid, long id) {
        if (objects.containsKey(id)) {
            return "an object with id " + id + " exists already (" + objects.get(id).name + ")";
        }
        if (id <= 0 || (id >>> 24) != pid) {
            return "object id " + id + " was not made by this process";
        }
        return null;
    }

    IpcObject object(long id) {
        return objects.get(id);
    }

    Collection<IpcObject> objects() {
        return Collections.unmodifiableCollection(objects.values());
    }

    /** The pids holding an open handle of this end. */
    Set<Long> holders(long key) {
        Set<Long> s = holders.get(key);
        return s == null ? Set.of() : Collections.unmodifiableSet(s);
    }

    boolean holds(long pid, long key) {
        Set<Long> s = holders.get(key);
        return s != null && s.contains(pid);
    }

    /** The handle keys a process holds, in the order it got them. */
    List<Long> of(long pid) {
        Set<Long> s = byProcess.get(pid);
        return s == null ? List.of() : new ArrayList<>(s);
    }

    /** Gives {@code pid} a handle of one end ({@code how}: create, fork, spawn, received), with a HANDLE event. */
    void grant(long pid, IpcObject o, int end, String how, OpRequest cause) {
        long key = o.key(end);
        if (holders.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(pid)) {
            byProcess.computeIfAbsent(pid, k -> new LinkedHashSet<>()).add(key);
            record(pid, EventKind.HANDLE, o.handleName(end), how, cause);
            holdersChanged(o);
        }
    }

    /** Closes {@code pid}'s handle of one end ({@code why}: close, exit), with a CLOSE event. */
    void drop(long pid, IpcObject o, int end, String why, OpRequest cause) {
        long key = o.key(end);
        Set<Long> s = holders.get(key);
        if (s != null && s.remove(pid)) {
            byProcess.getOrDefault(pid, new LinkedHashSet<>()).remove(key);
            record(pid, EventKind.CLOSE, o.handleName(end), why, cause);
            holdersChanged(o);
        }
    }

    void sent(long[] keys) {
        for (long k : keys) {
            inFlight.merge(k, 1, Integer::sum);
            IpcObject o = objectOf(k);
            if (o != null) {
                holdersChanged(o);
            }
        }
    }

    /** A pipe lent to its two holders must be asked back when its holders change ({@link PipeLoans}). */
    private void holdersChanged(IpcObject o) {
        if (o instanceof IpcObject.PipeObj p && kernel.ipc != null) {
            kernel.ipc.pipes.loans.holdersChanged(p);
        }
    }

    void arrived(long[] keys) {
        for (long k : keys) {
            inFlight.computeIfPresent(k, (x, n) -> n > 1 ? n - 1 : null);
        }
    }

    /** Whether a handle of this end travels inside a message that nobody has taken yet. */
    boolean inFlight(long key) {
        return inFlight.containsKey(key);
    }

    /** The object and end a key names, or null if there is no such object. */
    IpcObject objectOf(long key) {
        IpcObject o = objects.get(key >> 1);
        return o != null && (key & 1) < o.ends() ? o : null;
    }

    private void record(long pid, EventKind kind, String handle, String text, OpRequest cause) {
        if (cause != null && cause.pid() == pid) {
            kernel.event(cause, kind, handle, text, Event.NO_NUM);
        } else {
            kernel.event(pid, kind, handle, text, Event.NO_NUM);
        }
    }
}
