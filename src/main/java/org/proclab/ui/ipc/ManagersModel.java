package org.proclab.ui.ipc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.trace.Event;
import org.proclab.ui.model.ProcessTable;

/**
 * Managers as a fold of the event log: each manager's server process and state, its proxies (the shared
 * objects it keeps, with how often each was called and the last call), the calls in flight (on their way to
 * the manager, or being served by it) and the last calls answered.
 */
public final class ManagersModel extends IpcFold {
    /** Answered calls kept per manager, newest last. */
    static final int RECENT = 5;

    /** A manager's state. */
    public enum State { STARTING, RUNNING, SHUT_DOWN, ENDED }

    /**
     * One call through a proxy.
     *
     * @param id      the kernel's call id
     * @param caller  the calling process
     * @param proxy   the proxy it went through ("dict-1")
     * @param call    the call, "get('count')"
     * @param serving the manager process has taken it (false: on its way)
     * @param result  the answer ("3", "raised ...", "failed: ..."), null while in flight
     */
    public record Call(long id, long caller, String proxy, String call, boolean serving, String result) {
        public boolean failed() {
            return result != null && (result.startsWith("raised ") || result.startsWith("failed: "));
        }
    }

    /** A shared object in a manager, as its proxy names it: "dict-1" of type "dict"; its calls so far, and the last one. */
    public record Proxy(String id, String type, int calls, Call last) {}

    /**
     * One manager.
     *
     * @param id       "manager-1"
     * @param owner    the process that created it
     * @param server   its server process, or 0 before it started
     * @param state    starting, running, shut down or ended (its process died)
     * @param proxies  its shared objects, in creation order
     * @param inFlight calls not answered yet, oldest first
     * @param recent   the last calls answered, oldest first
     */
    public record Manager(String id, long owner, long server, State state, List<Proxy> proxies, List<Call> inFlight,
                          List<Call> recent) {
        public Manager {
            proxies = List.copyOf(proxies);
            inFlight = List.copyOf(inFlight);
            recent = List.copyOf(recent);
        }
    }

    /** What the view draws. */
    public record Snapshot(long seq, List<Manager> managers, Map<Long, IpcProcess> processes) {
        public static final Snapshot EMPTY = new Snapshot(-1, List.of(), Map.of());

        public Snapshot {
            managers = List.copyOf(managers);
        }

        public Manager manager(String id) {
            return managers.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        }

        public IpcProcess process(long pid) {
            IpcProcess p = processes.get(pid);
            return p == null ? IpcProcess.unknown(pid) : p;
        }
    }

    private static final class Mgr {
        final String id;
        final long owner;
        long server;
        State state = State.STARTING;
        final Map<String, Proxy> proxies = new LinkedHashMap<>();
        final Map<Long, Call> inFlight = new LinkedHashMap<>();
        final Deque<Call> recent = new ArrayDeque<>();
        /** Proxies made and not yet served: their creation call has no PROXY_CALL event. */
        final Map<String, Long> creating = new LinkedHashMap<>();

        Mgr(String id, long owner) {
            this.id = id;
            this.owner = owner;
        }

        Mgr(Mgr o) {
            this(o.id, o.owner);
            server = o.server;
            state = o.state;
            proxies.putAll(o.proxies);
            inFlight.putAll(o.inFlight);
            recent.addAll(o.recent);
            creating.putAll(o.creating);
        }
    }

    private final Map<String, Mgr> managers = new LinkedHashMap<>();
    /** proxy id -> its manager's id */
    private final Map<String, String> proxyOf = new LinkedHashMap<>();
    private Snapshot snapshot = Snapshot.EMPTY;
    private long snapshotAt = -1;

    /** A fold on its own: it keeps its own process table. */
    public ManagersModel() {
        super((ProcessTable) null);
    }

    /** A fold that reads the run's process table, which its host folds. */
    public ManagersModel(ProcessTable processes) {
        super(processes);
    }

    private ManagersModel(ManagersModel o) {
        super(o);
        o.managers.forEach((id, m) -> managers.put(id, new Mgr(m)));
        proxyOf.putAll(o.proxyOf);
        snapshot = o.snapshot;
        snapshotAt = o.snapshotAt;
    }

    /** A copy that later events to either do not change: a checkpoint. */
    public ManagersModel copy() {
        return new ManagersModel(this);
    }

    @Override
    String resolve(String obj, Event e) {
        if (obj == null) {
            return null;
        }
        switch (e.kind()) {
            case MANAGER_NEW -> managers.computeIfAbsent(obj, id -> new Mgr(id, e.pid()));
            case PROXY_NEW -> {
                String manager = e.text() == null ? null : e.text().substring(e.text().indexOf(' ') + 1);
                if (manager != null && managers.containsKey(manager)) {
                    proxyOf.put(obj, manager);
                }
            }
            default -> { }
        }
        if (managers.containsKey(obj)) {
            return obj;
        }
        return proxyOf.get(obj); // a proxy's events are its manager's
    }

    @Override
    void onHandle(Event e, String obj) {
        Mgr m = managers.get(obj);
        if ("server".equals(e.text()) && obj.equals(e.obj())) {
            m.server = e.pid();
            touch(obj);
        }
    }

    @Override
    void fold(Event e, String obj) {
        Mgr m = managers.get(obj);
        String proxy = e.obj();
        switch (e.kind()) {
            case MANAGER_NEW -> { }
            case MANAGER_STATE -> m.state = "ended".equals(e.text()) ? State.ENDED : State.SHUT_DOWN;
            case PROXY_NEW -> {
                String type = e.text() == null ? "?" : e.text().substring(0, Math.max(0, e.text().indexOf(' ')));
                m.proxies.put(proxy, new Proxy(proxy, type, 0, null));
                m.creating.put(proxy, e.pid());
            }
            case PROXY_CALL -> m.inFlight.put(e.num(), new Call(e.num(), e.pid(), proxy, text(e), false, null));
            case PROXY_SERVE -> {
                if (m.state == State.STARTING) {
                    m.state = State.RUNNING;
                }
                Call c = m.inFlight.get(e.num());
                if (c == null && m.creating.containsKey(proxy)) {
                    c = new Call(e.num(), m.creating.remove(proxy), proxy, text(e), false, null);
                }
                if (c != null) {
                    m.inFlight.put(e.num(), new Call(c.id(), c.caller(), c.proxy(), c.call(), true, null));
                }
            }
            case PROXY_RETURN -> {
                Call c = m.inFlight.remove(e.num());
                if (c == null) {
                    c = new Call(e.num(), e.pid(), proxy, "?", false, null);
                }
                Call done = new Call(c.id(), c.caller(), c.proxy(), c.call(), c.serving(), text(e));
                m.recent.addLast(done);
                while (m.recent.size() > RECENT) {
                    m.recent.removeFirst();
                }
                Proxy p = m.proxies.get(proxy);
                if (p != null) {
                    m.proxies.put(proxy, new Proxy(p.id(), p.type(), p.calls() + 1, done));
                }
                endWait(e.pid(), obj);
            }
            case BLOCK -> { }
            default -> {
                return;
            }
        }
        touch(obj);
    }

    @Override
    void onExit(long pid) {
        for (Mgr m : managers.values()) {
            if (m.inFlight.values().removeIf(c -> c.caller() == pid)) {
                touch(m.id);
            }
        }
    }

    private static String text(Event e) {
        return e.text() == null ? "?" : e.text();
    }

    /** The state now, as immutable records. */
    public Snapshot snapshot() {
        if (snapshotAt == changeCount()) {
            return snapshot;
        }
        takeDirty();
        List<Manager> out = new ArrayList<>();
        for (Mgr m : managers.values()) {
            out.add(new Manager(m.id, m.owner, m.server, m.state, new ArrayList<>(m.proxies.values()),
                    new ArrayList<>(m.inFlight.values()), new ArrayList<>(m.recent)));
        }
        snapshot = new Snapshot(changedAt(), out, processesSnapshot());
        snapshotAt = changeCount();
        return snapshot;
    }
}
