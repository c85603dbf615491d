package org.proclab.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * Python's {@code multiprocessing.Manager()}: a server process that keeps shared objects (a dict, a list, a
 * Namespace, a Value, a Lock, a Queue) in its own memory, used by other processes through proxies. The server
 * is an ordinary child of the manager's creator, the one that captured the manager when it started. A proxy
 * is a handle like any other (created, inherited, received in a message). Every call through a proxy goes
 * through the kernel like a message on a pipe: the call is an event of the caller (PROXY_CALL), which waits;
 * the server takes it (PROXY_SERVE, an event of the server) and answers (MANAGER_REPLY); the caller's wait
 * ends with PROXY_RETURN. Calls that no server will answer (it ended, or the manager was shut down) fail in
 * their caller with a sentence that says why. Lock held.
 */
final class Managers {
    /** What a manager makes, and the name its proxies get ("dict-1", "value-proxy-1"). */
    private static final Map<String, String> TYPES = Map.of("dict", "dict", "list", "list", "namespace", "namespace",
            "value", "value-proxy", "lock", "lock-proxy", "queue", "queue-proxy");

    static final class ManagerObj extends IpcObject {
        final long owner;
        Long server;
        boolean ready;
        boolean shutdown;
        boolean ended;
        final ArrayDeque<Call> calls = new ArrayDeque<>();
        final Map<Long, Call> serving = new LinkedHashMap<>();
        final List<ProxyObj> proxies = new ArrayList<>();
        final List<Waiter> readyWaiters = new ArrayList<>();
        /** The server waiting for its next call, or null. */
        Waiter next;

        ManagerObj(long id, String name, long owner) {
            super(id, name);
            this.owner = owner;
        }

        boolean down() {
            return shutdown || ended;
        }
    }

    static final class ProxyObj extends IpcObject {
        final ManagerObj manager;
        final String type;

        ProxyObj(long id, String name, ManagerObj manager, String type) {
            super(id, name);
            this.manager = manager;
            this.type = type;
        }
    }

    /** A call on its way to the server, or being handled by it; {@code create} makes the proxy's object. */
    record Call(long id, ProxyObj proxy, String display, Item item, Waiter caller, boolean create) {}

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;
    private final FlowControl flow;
    private long nextCall;

    Managers(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
        this.flow = ipc.flow;
    }

    void create(OpRequest r) {
        ManagerObj m = new ManagerObj(r.obj(), ipc.nextName("manager"), r.pid());
        if (!handles.register(r, m.id, m)) {
            return;
        }
        kernel.event(r, EventKind.MANAGER_NEW, m.name, null, Event.NO_NUM);
        handles.grant(r.pid(), m, 0, "create", r);
        kernel.reply(r, Wire.OK, 0, null);
    }

    /** The first child of the owner that captured the manager when it started is its server process. */
    void enlist(ManagerObj m, ProcessRecord parent, ProcessRecord child) {
        if (parent.pid == m.owner && m.server == null && !m.down()) {
            m.server = child.pid;
            handles.grant(child.pid, m, 0, "server", null);
        }
    }

    private ManagerObj owned(OpRequest r) {
        ManagerObj m = ipc.held(r, ManagerObj.class, "manager");
        if (m != null && m.owner != r.pid()) {
            kernel.refuse(r, m.name, "only the process that created " + m.name + " may do this");
            return null;
        }
        return m;
    }

    private ManagerObj served(OpRequest r) {
        ManagerObj m = ipc.held(r, ManagerObj.class, "manager");
        if (m != null && (m.server == null || m.server != r.pid())) {
            kernel.refuse(r, m.name, "this process is not the server of " + m.name);
            return null;
        }
        return m;
    }

    /** MANAGER_READY: {@code new Manager()} returns once its server process waits for calls. */
    void awaitReady(OpRequest r, ProcessRecord self) {
        ManagerObj m = owned(r);
        if (m == null) {
            return;
        }
        if (m.ready || m.down()) {
            answerReady(r, m);
        } else {
            m.readyWaiters.add(kernel.block(r, self, m.name, "Manager()", "Manager() waiting for its server process to start",
                    -1, gone -> m.readyWaiters.remove(gone)));
        }
    }

    private void answerReady(OpRequest r, ManagerObj m) {
        if (m.ready && !m.down()) {
            kernel.reply(r, Wire.OK, m.server == null ? 0 : m.server, null);
        } else {
            kernel.reply(r, Wire.ERROR, 0, "the manager process ended before it was ready");
        }
    }

    /** MANAGER_NEXT: the server asks for its next call (EOF once the manager is shut down). */
    void next(OpRequest r, ProcessRecord self) {
        ManagerObj m = served(r);
        if (m == null) {
            return;
        }
        if (!m.ready) {
            m.ready = true;
            for (Waiter w : new ArrayList<>(m.readyWaiters)) {
                kernel.wake(w);
                answerReady(w.req, m);
            }
            m.readyWaiters.clear();
        }
        if (m.shutdown) {
            kernel.reply(r, Wire.EOF, 0, null);
        } else if (!m.calls.isEmpty()) {
            serve(r, m, m.calls.poll());
        } else {
            m.next = kernel.block(r, self, m.name, "serve_forever()", "waiting for calls to " + m.name, -1, gone -> m.next = null);
        }
    }

    private void serve(OpRequest r, ManagerObj m, Call c) {
        m.serving.put(c.id(), c);
        kernel.event(r, EventKind.PROXY_SERVE, c.proxy().name, c.display(), c.id());
        ipc.receiveHandles(r.pid(), r, c.item());
        byte[] payload = c.item().payload() == null ? new byte[0] : c.item().payload();
        String what = c.proxy().id + " " + c.proxy().type + " " + (c.create() ? "new" : "call");
        kernel.reply(r, Wire.OK, c.id(), what, List.of(payload), 0);
        flow.release(c.item().size());
    }

    /** PROXY_NEW: {@code obj} = the new proxy's id, {@code a} = the manager, text = its type, payload = what it starts with. */
    void newProxy(OpRequest r, ProcessRecord self) {
        IpcObject o = handles.object(r.a());
        if (!(o instanceof ManagerObj m) || !handles.holds(r.pid(), m.key(0)) || m.owner != r.pid()) {
            kernel.refuse(r, null, "only the process that created a manager may make objects in it");
            return;
        }
        String type = r.text();
        if (type == null || !TYPES.containsKey(type)) {
            kernel.refuse(r, m.name, "a manager makes a dict, list, namespace, value, lock or queue");
            return;
        }
        if (m.down()) {
            kernel.reply(r, Wire.ERROR, 0, downReason(m));
            return;
        }
        ProxyObj p = new ProxyObj(r.obj(), ipc.nextName(TYPES.get(type)), m, type);
        if (!handles.register(r, p.id, p)) {
            return;
        }
        Item item = ipc.item(r);
        if (item == null) {
            return;
        }
        m.proxies.add(p);
        kernel.event(r, EventKind.PROXY_NEW, p.name, type + " " + m.name, Event.NO_NUM);
        handles.grant(r.pid(), p, 0, "create", r);
        call(r, self, p, type + "()", item, true);
    }

    /** PROXY_CALL: {@code obj} = the proxy, text = the call as Python writes it, payload = method and arguments. */
    void call(OpRequest r, ProcessRecord self) {
        ProxyObj p = ipc.held(r, ProxyObj.class, "proxy");
        if (p == null) {
            return;
        }
        if (p.manager.down()) {
            long id = ++nextCall; // the attempt is in the log too, and how it ended
            kernel.event(r, EventKind.PROXY_CALL, p.name, r.text() == null ? "?" : r.text(), id);
            kernel.event(r, EventKind.PROXY_RETURN, p.name, "failed: " + downReason(p.manager), id);
            kernel.reply(r, Wire.ERROR, 0, downReason(p.manager));
            return;
        }
        Item item = ipc.item(r);
        if (item == null) {
            return;
        }
        call(r, self, p, r.text() == null ? "?" : r.text(), item, false);
    }

    private void call(OpRequest r, ProcessRecord self, ProxyObj p, String display, Item item, boolean create) {
        ManagerObj m = p.manager;
        long id = ++nextCall;
        if (!create) {
            kernel.event(r, EventKind.PROXY_CALL, p.name, display, id);
        }
        String server = m.server == null ? "its server" : "pid " + m.server;
        Waiter w = kernel.block(r, self, p.name, display, display + " on " + p.name + ", handled by " + m.name
                + " (" + server + ")", -1, gone -> { });
        admit(m, new Call(id, p, display, item, w, create));
    }

    /** The call goes to the server once kernel memory has room for it. */
    private void admit(ManagerObj m, Call c) {
        if (!c.caller().process.waiters.contains(c.caller())) {
            return; // the caller ended meanwhile
        }
        if (m.down()) {
            fail(c, downReason(m));
            return;
        }
        if (!flow.memoryAdmits(c.item().size())) {
            kernel.note(c.caller().req.pid(), "a call to " + c.proxy().name + " waits: ProcLab's memory for calls, "
                    + "messages and queued items (" + (flow.memory() >> 20) + " MiB) is full");
            flow.waitForMemory(() -> admit(m, c));
            return;
        }
        flow.hold(c.item().size());
        handles.sent(c.item().handles());
        m.calls.add(c);
        if (m.next != null) {
            Waiter n = m.next;
            m.next = null;
            kernel.unblock(n);
            serve(n.req, m, m.calls.poll());
        }
    }

    /** MANAGER_REPLY from the server: {@code a} = call id, {@code b} = 1 if it returned, 0 if it raised. */
    void reply(OpRequest r) {
        ManagerObj m = served(r);
        if (m == null) {
            return;
        }
        Call c = m.serving.remove(r.a());
        if (c == null) {
            kernel.refuse(r, m.name, "no call " + r.a() + " is being handled by " + m.name);
            return;
        }
        Item result = ipc.item(r);
        if (result == null) {
            fail(c, "the manager's answer carried a handle it does not hold");
            return;
        }
        kernel.reply(r, Wire.OK, 0, null);
        Waiter w = c.caller();
        if (!w.process.waiters.contains(w)) {
            return; // the caller ended while the call was handled
        }
        boolean ok = r.b() == 1;
        kernel.unblock(w);
        String text = r.text() == null ? "?" : r.text();
        kernel.event(w.req, EventKind.PROXY_RETURN, c.proxy().name, ok ? text : "raised " + text, c.id());
        ipc.receiveHandles(w.req.pid(), w.req, result);
        byte[] payload = result.payload() == null ? new byte[0] : result.payload();
        kernel.reply(w.req, Wire.OK, ok ? 1 : 0, null, List.of(payload), 0);
    }

    /** A call that will never be handled: its caller's wait ends with an error that says why. */
    private void fail(Call c, String why) {
        Waiter w = c.caller();
        if (!w.process.waiters.contains(w)) {
            return;
        }
        kernel.unblock(w);
        kernel.event(w.req, EventKind.PROXY_RETURN, c.proxy().name, "failed: " + why, c.id());
        kernel.reply(w.req, Wire.ERROR, 0, why);
    }

    private static String downReason(ManagerObj m) {
        return m.shutdown ? m.name + " has been shut down: its shared objects are gone"
                : "the manager process of " + m.name + " has ended: its shared objects are gone";
    }

    /** MANAGER_SHUTDOWN by the owner: calls not yet handled fail, and the server's loop ends. */
    void shutdown(OpRequest r) {
        ManagerObj m = owned(r);
        if (m == null) {
            return;
        }
        if (!m.shutdown) {
            kernel.event(r, EventKind.MANAGER_STATE, m.name, "shutdown", Event.NO_NUM);
            shutDown(m);
        }
        kernel.reply(r, Wire.OK, 0, null);
    }

    private void shutDown(ManagerObj m) {
        m.shutdown = true;
        failWaiting(m);
        for (Call c : new ArrayList<>(m.serving.values())) {
            fail(c, downReason(m));
        }
        m.serving.clear();
        if (m.next != null) {
            Waiter n = m.next;
            m.next = null;
            kernel.wake(n);
            kernel.reply(n.req, Wire.EOF, 0, null);
        }
    }

    private void failWaiting(ManagerObj m) {
        Call c;
        while ((c = m.calls.poll()) != null) {
            flow.release(c.item().size());
            handles.arrived(c.item().handles());
            fail(c, downReason(m));
        }
    }

    /** A process ended: its calls are forgotten; the server's end fails every call; the owner's shuts it down. */
    void onExit(ProcessRecord dead, ManagerObj m) {
        m.readyWaiters.removeIf(w -> w.process == dead);
        m.calls.removeIf(c -> {
            boolean gone = c.caller().process == dead;
            if (gone) {
                flow.release(c.item().size());
                handles.arrived(c.item().handles());
            }
            return gone;
        });
        if (m.next != null && m.next.process == dead) {
            m.next = null;
        }
        if (m.server != null && m.server == dead.pid && !m.ended) {
            m.ended = true;
            if (!m.shutdown) {
                kernel.event(dead.pid, EventKind.MANAGER_STATE, m.name, "ended", Event.NO_NUM);
            }
            failWaiting(m);
            for (Call c : new ArrayList<>(m.serving.values())) {
                fail(c, downReason(m));
            }
            m.serving.clear();
            for (Waiter w : new ArrayList<>(m.readyWaiters)) {
                kernel.wake(w);
                answerReady(w.req, m);
            }
            m.readyWaiters.clear();
        } else if (dead.pid == m.owner && !m.shutdown) {
            // as Python's finalizer does when the manager's creator exits
            kernel.event(dead.pid, EventKind.MANAGER_STATE, m.name, "shutdown", Event.NO_NUM);
            shutDown(m);
        }
    }

    /** Who could end a wait: the server for a call; for the server, whoever could call it or shut it down. */
    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        if (o instanceof ProxyObj p) {
            return p.manager.server == null ? Set.of() : new LinkedHashSet<>(Set.of(p.manager.server));
        }
        if (!(o instanceof ManagerObj m)) {
            return Set.of();
        }
        if (w.req.op() == Op.MANAGER_READY) {
            return m.server == null ? Set.of() : new LinkedHashSet<>(Set.of(m.server));
        }
        Set<Long> out = new LinkedHashSet<>();
        out.add(m.owner);
        for (ProxyObj p : m.proxies) {
            if (handles.inFlight(p.key(0))) {
                return null;
            }
            out.addAll(handles.holders(p.key(0)));
        }
        out.remove(w.process.pid);
        return out;
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        IpcObject o = handles.object(w.req.obj());
        if (o instanceof ProxyObj) {
            s.append(", which can never return: the manager process that must answer it (")
                    .append(names.of(helpers, w.process.pid)).append(") is waiting too");
        } else if (w.req.op() == Op.MANAGER_READY) {
            s.append(", which can never return: its server process (").append(names.of(helpers, w.process.pid))
                    .append(") is waiting too");
        } else {
            s.append(", which can never return: the processes that could call ").append(o == null ? "it" : o.name)
                    .append(" (").append(names.of(helpers, w.process.pid)).append(") are all waiting");
        }
    }
}
