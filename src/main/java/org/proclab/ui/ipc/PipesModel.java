package org.proclab.ui.ipc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.ui.model.ProcessTable;

/**
 * Pipes as a fold of the event log (lesson 3): for each pipe its two ends; for each end every handle
 * every process holds or held (open or closed, and why), the messages in flight towards it, the
 * readers blocked on it and who saw end-of-file there. {@link #apply} takes events in order and nothing
 * else changes it, so the state after event k is the same live, when scrubbing and from a saved trace.
 *
 * <p>End 0 is {@code first()}, end 1 {@code second()}. A message sent from end X travels towards end
 * 1-X until a RECV there with the same message id. In a simplex pipe end 0 only receives, end 1 only sends.
 */
public final class PipesModel extends IpcFold {

    /**
     * A message sent but not received yet.
     *
     * @param id      the kernel's message id
     * @param text    its display string
     * @param fromPid who sent it
     * @param fromEnd the end it was sent from; it travels towards the other one
     * @param sentSeq the SEND event
     */
    public record Message(long id, String text, long fromPid, int fromEnd, long sentSeq) {
        public int toEnd() {
            return 1 - fromEnd;
        }
    }

    /**
     * One end of a pipe.
     *
     * @param id        "pipe-1:0"
     * @param index     0 for first(), 1 for second()
     * @param canSend   a process may send from it
     * @param canRecv   a process may receive at it
     * @param handles   every handle of this end, open or closed, in the order processes got them
     * @param inFlight  messages sent from the other end, not received here yet, oldest first
     * @param blocked   processes waiting in recv() or poll() on this end, oldest first
     * @param eofSeenBy processes whose recv() here raised EOF
     * @param stuck     waits on this end that the kernel found can never return (empty unless a deadlock)
     */
    public record End(String id, int index, boolean canSend, boolean canRecv, List<Handle> handles,
                      List<Message> inFlight, List<Wait> blocked, List<Long> eofSeenBy, List<Wait> stuck) {
        public End {
            handles = List.copyOf(handles);
            inFlight = List.copyOf(inFlight);
            blocked = List.copyOf(blocked);
            eofSeenBy = List.copyOf(eofSeenBy);
            stuck = List.copyOf(stuck);
        }

        /** This process's handle of this end, or null if it never held one. */
        public Handle handleOf(long pid) {
            for (Handle h : handles) {
                if (h.pid() == pid) {
                    return h;
                }
            }
            return null;
        }

        public long openHandles() {
            return handles.stream().filter(Handle::open).count();
        }

        /** The process's blocking call on this end, or null. */
        public Wait blockedCall(long pid) {
            for (Wait w : blocked) {
                if (w.pid() == pid) {
                    return w;
                }
            }
            return null;
        }

        public boolean isStuck(long pid) {
            return stuck.stream().anyMatch(w -> w.pid() == pid);
        }

        public boolean sawEof(long pid) {
            return eofSeenBy.contains(pid);
        }
    }

    /**
     * One pipe.
     *
     * @param id     "pipe-1"
     * @param duplex both ends send and receive
     * @param first  end 0
     * @param second end 1
     * @param lanes  every process that held a handle of either end, in the order they first got one
     */
    public record Pipe(String id, boolean duplex, End first, End second, List<Long> lanes) {
        public Pipe {
            lanes = List.copyOf(lanes);
        }

        public End end(int index) {
            return index == 0 ? first : second;
        }
    }

    /**
     * What the pipe diagram draws.
     *
     * @param seq       the last event that changed it, or -1 (the state holds from there to the next change)
     * @param pipes     every pipe, in creation order
     * @param processes names, colours and ends of the processes (every process the log started)
     * @param deadlock  the kernel's deadlock report, or null
     */
    public record Snapshot(long seq, List<Pipe> pipes, Map<Long, IpcProcess> processes, Deadlock deadlock) {
        public static final Snapshot EMPTY = new Snapshot(-1, List.of(), Map.of(), null);

        public Snapshot {
            pipes = List.copyOf(pipes);
        }

        public Pipe pipe(String id) {
            return pipes.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        }

        public IpcProcess process(long pid) {
            IpcProcess p = processes.get(pid);
            return p == null ? IpcProcess.unknown(pid) : p;
        }
    }

    private static final class PipeState {
        final String id;
        boolean duplex = true;
        final Set<Long> lanes = new LinkedHashSet<>();
        final EndState[] ends = {new EndState(), new EndState()};

        PipeState(String id) {
            this.id = id;
        }

        PipeState(PipeState o) {
            id = o.id;
            duplex = o.duplex;
            lanes.addAll(o.lanes);
            for (int i = 0; i < 2; i++) {
                ends[i].inFlight.putAll(o.ends[i].inFlight);
                ends[i].eofSeenBy.addAll(o.ends[i].eofSeenBy);
                ends[i].stuck.addAll(o.ends[i].stuck);
            }
        }

        boolean canSend(int end) {
            return duplex || end == 1;
        }

        boolean canRecv(int end) {
            return duplex || end == 0;
        }
    }

    private static final class EndState {
        final Map<Long, Message> inFlight = new LinkedHashMap<>();
        final Set<Long> eofSeenBy = new LinkedHashSet<>();
        final List<Wait> stuck = new ArrayList<>();
    }

    private final Map<String, PipeState> pipes = new LinkedHashMap<>();
    private final Map<String, Pipe> built = new HashMap<>();
    private Snapshot snapshot = Snapshot.EMPTY;
    private long snapshotAt = -1;

    /** A fold on its own: it keeps its own process table. */
    public PipesModel() {
        super((ProcessTable) null);
    }

    /** A fold that reads the run's process table, which its host folds. */
    public PipesModel(ProcessTable processes) {
        super(processes);
    }

    private PipesModel(PipesModel o) {
        super(o);
        o.pipes.forEach((id, p) -> pipes.put(id, new PipeState(p)));
        built.putAll(o.built); // immutable: an unchanged pipe stays the same object
        snapshot = o.snapshot;
        snapshotAt = o.snapshotAt;
    }

    /** A copy that later events to either do not change: a checkpoint. */
    public PipesModel copy() {
        return new PipesModel(this);
    }

    /** The state after the first {@code count} events of {@code events}. */
    public static PipesModel foldOf(List<Event> events, int count) {
        PipesModel m = new PipesModel();
        for (int i = 0; i < count && i < events.size(); i++) {
            m.apply(events.get(i));
        }
        return m;
    }

    @Override
    String resolve(String obj, Event e) {
        if (obj == null) {
            return null;
        }
        if (e.kind() == org.proclab.trace.EventKind.PIPE_NEW) {
            pipes.computeIfAbsent(obj, PipeState::new);
            return obj;
        }
        int colon = obj.lastIndexOf(':');
        if (colon < 0 || !pipes.containsKey(obj.substring(0, colon))) {
            return null;
        }
        String end = obj.substring(colon + 1);
        return "0".equals(end) || "1".equals(end) ? obj : null;
    }

    @Override
    void fold(Event e, String obj) {
        switch (e.kind()) {
            case PIPE_NEW -> {
                pipes.get(obj).duplex = !"simplex".equals(e.text());
                touch(obj);
            }
            case SEND -> {
                PipeState p = pipeOf(obj);
                int from = endOf(obj);
                long id = e.hasNum() ? e.num() : -e.seq() - 1;
                p.ends[1 - from].inFlight.put(id, new Message(id, e.text() == null ? "" : e.text(), e.pid(), from, e.seq()));
                if (waitsOn(e.pid(), obj, "send()")) {
                    endWait(e.pid(), obj); // the pipe had room at last: the message is in
                }
                endPoll(e.pid(), p);
                touch(p.id);
            }
            case RECV -> {
                PipeState p = pipeOf(obj);
                p.ends[endOf(obj)].inFlight.remove(e.num());
                endWait(e.pid(), obj);
                endPoll(e.pid(), p);
                touch(p.id);
            }
            case EOF -> {
                PipeState p = pipeOf(obj);
                p.ends[endOf(obj)].eofSeenBy.add(e.pid());
                endWait(e.pid(), obj);
                endPoll(e.pid(), p);
                touch(p.id);
            }
            default -> { }
        }
    }

    @Override
    void onHandle(Event e, String obj) {
        pipeOf(obj).lanes.add(e.pid());
    }

    @Override
    void onClose(Event e, String obj) {
        endPoll(e.pid(), pipeOf(obj));
    }

    /**
     * A poll() that finds a message or end-of-file returns without an event of its own: its wait ends
     * at the process's next operation on the same pipe.
     */
    private void endPoll(long pid, PipeState p) {
        for (int end = 0; end < 2; end++) {
            String id = p.id + ":" + end;
            if (waitsOn(pid, id, "poll()")) {
                endWait(pid, id);
            }
        }
    }

    @Override
    void onStuck(Wait w) {
        PipeState p = pipeOf(w.object());
        int end = endOf(w.object());
        p.ends[end].stuck.add(w);
        int peer = 1 - end;
        // the open write handles of the other end are what keep this recv from ever seeing EOF
        if (p.canSend(peer)) {
            String peerId = p.id + ":" + peer;
            for (Handle h : handles(peerId)) {
                if (h.open() && !h.culprit()) {
                    replaceHandle(h.asCulprit());
                }
            }
        }
        touch(p.id);
    }

    private PipeState pipeOf(String endId) {
        return pipes.get(endId.substring(0, endId.lastIndexOf(':')));
    }

    private static int endOf(String endId) {
        return endId.endsWith(":1") ? 1 : 0;
    }

    /** The state now, as immutable records; pipes that did not change are the same objects as last time. */
    public Snapshot snapshot() {
        if (snapshotAt == changeCount()) {
            return snapshot;
        }
        Set<String> changed = new java.util.HashSet<>();
        for (String obj : takeDirty()) {
            int colon = obj.lastIndexOf(':');
            changed.add(colon < 0 ? obj : obj.substring(0, colon));
        }
        List<Pipe> out = new ArrayList<>();
        for (PipeState p : pipes.values()) {
            Pipe pipe = built.get(p.id);
            if (pipe == null || changed.contains(p.id)) {
                pipe = build(p);
                built.put(p.id, pipe);
            }
            out.add(pipe);
        }
        snapshot = new Snapshot(changedAt(), out, processesSnapshot(), deadlock());
        snapshotAt = changeCount();
        return snapshot;
    }

    private Pipe build(PipeState p) {
        End[] ends = new End[2];
        for (int i = 0; i < 2; i++) {
            String id = p.id + ":" + i;
            List<Handle> hs = handles(id);
            EndState s = p.ends[i];
            ends[i] = new End(id, i, p.canSend(i), p.canRecv(i), hs, new ArrayList<>(s.inFlight.values()), waits(id),
                    new ArrayList<>(s.eofSeenBy), s.stuck);
        }
        return new Pipe(p.id, p.duplex, ends[0], ends[1], new ArrayList<>(p.lanes));
    }
}
