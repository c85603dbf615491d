package org.proclab.kernel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.kernel.IpcObject.LockObj;
import org.proclab.kernel.IpcObject.PipeObj;
import org.proclab.kernel.IpcObject.QueueObj;
import org.proclab.kernel.IpcObject.ValueObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * Pipes, queues, locks and shared values hosted by the kernel, with Python's semantics. Every handle of
 * every process is known here, so end-of-file and "this call can never return" are exact.
 * Called with the kernel's lock held.
 */
final class IpcObjects {
    private final Kernel kernel;
    private final Map<Long, IpcObject> objects = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    private long nextItemId;
    /** Bumped by every operation; the hang detector reports only a state that stayed the same. */
    long version;

    private final Pools pools;

    IpcObjects(Kernel kernel) {
        this.kernel = kernel;
        this.pools = new Pools(kernel, this);
    }

    void register(IpcObject o) {
        objects.put(o.id, o);
    }

    private void withPool(OpRequest r, java.util.function.Consumer<IpcObject.PoolObj> action) {
        if (objects.get(r.obj()) instanceof IpcObject.PoolObj p) {
            action.accept(p);
        } else {
            fail(r, "no such pool");
        }
    }

    void handle(OpRequest r, ProcessRecord self) {
        version++;
        switch (r.op()) {
            case PIPE_NEW -> newPipe(r);
            case SEND -> send(r);
            case RECV -> recv(r, self);
            case POLL -> poll(r, self);
            case CLOSE -> close(r);
            case QUEUE_NEW -> newQueue(r);
            case PUT -> put(r, self);
            case GET -> get(r, self);
            case QSIZE -> withQueue(r, q -> kernel.reply(r, Wire.OK, q.items.size(), null));
            case LOCK_NEW -> newLock(r, r.obj(), null);
            case ACQUIRE -> acquire(r, self);
            case RELEASE -> release(r);
            case VALUE_NEW -> newValue(r);
            case VALUE_GET -> valueGet(r);
            case VALUE_SET -> valueSet(r);
            case POOL_NEW -> pools.create(r, nextName("pool"));
            case POOL_SUBMIT -> withPool(r, p -> pools.submit(r, p));
            case POOL_NEXT_TASK -> withPool(r, p -> pools.nextTask(r, self, p));
            case POOL_TASK_DONE -> withPool(r, p -> pools.taskDone(r, p));
            case POOL_RESULTS -> withPool(r, p -> pools.results(r, self, p));
            case POOL_CALLBACK -> withPool(r, p -> pools.callback(r, p));
            case POOL_STATE -> withPool(r, p -> pools.state(r, p));
            default -> kernel.reply(r, Wire.ERROR, 0, r.op() + " is not supported by this kernel");
        }
    }

    // ---- pipes ----------------------------------------------------------------------------------

    private void newPipe(OpRequest r) {
        PipeObj p = new PipeObj(r.obj(), nextName("pipe"), r.a() != 0);
        objects.put(p.id, p);
        kernel.event(r, EventKind.PIPE_NEW, p.name, p.duplex ? "duplex" : "simplex", Event.NO_NUM);
        for (int end = 0; end < 2; end++) {
            p.ends[end].holders.add(r.pid());
            kernel.event(r, EventKind.HANDLE, p.endName(end), "create", Event.NO_NUM);
        }
    }

    private PipeObj.End end(OpRequest r) {
        IpcObject o = objects.get(r.obj() >> 1);
        if (!(o instanceof PipeObj p)) {
            fail(r, "no such pipe");
            return null;
        }
        PipeObj.End e = p.ends[(int) (r.obj() & 1)];
        if (!e.holders.contains(r.pid())) {
            fail(r, "handle is closed");
            return null;
        }
        return e;
    }

    private void send(OpRequest r) {
        PipeObj.End e = end(r);
        if (e == null) {
            return;
        }
        PipeObj p = e.pipe();
        if (!p.canSend(e.index)) {
            fail(r, "connection is read-only");
            return;
        }
        Item item = new Item(++nextItemId, r.payload(), r.text(), r.pid());
        e.peer().inbox.add(item);
        kernel.event(r, EventKind.SEND, p.endName(e.index), r.text(), item.id());
        kernel.reply(r, Wire.OK, 0, null);
        serveReaders(e.peer());
    }

    private void recv(OpRequest r, ProcessRecord self) {
        PipeObj.End e = end(r);
        if (e == null) {
            return;
        }
        PipeObj p = e.pipe();
        if (!p.canRecv(e.index)) {
            fail(r, "connection is write-only");
        } else if (!e.inbox.isEmpty()) {
            deliver(r, e);
        } else if (e.atEof()) {
            eof(r, e);
        } else {
            Waiter w = kernel.block(r, self, p.endName(e.index), "recv()",
                    "recv() on " + p.endName(e.index), gone -> e.readers.remove(gone));
            e.readers.add(w);
        }
    }

    private void poll(OpRequest r, ProcessRecord self) {
        PipeObj.End e = end(r);
        if (e == null) {
            return;
        }
        PipeObj p = e.pipe();
        if (!e.inbox.isEmpty() || e.atEof()) {
            pollAnswer(r, p.endName(e.index), true);
        } else if (r.b() <= 0) {
            pollAnswer(r, p.endName(e.index), false);
        } else {
            Waiter w = kernel.block(r, self, p.endName(e.index), "poll()",
                    "poll() on " + p.endName(e.index), gone -> {
                        e.readers.remove(gone);
                        kernel.event(r, EventKind.POLL, p.endName(e.index), "false", Event.NO_NUM);
                    });
            e.readers.add(w);
        }
    }

    private void pollAnswer(OpRequest r, String end, boolean ready) {
        kernel.event(r, EventKind.POLL, end, Boolean.toString(ready), Event.NO_NUM);
        kernel.reply(r, Wire.OK, ready ? 1 : 0, null);
    }

    private void deliver(OpRequest r, PipeObj.End e) {
        PipeObj p = e.pipe();
        // Several messages at once only when no other process could read them: same result, fewer round trips.
        int n = !kernel.isSynchronous() && e.holders.size() == 1 && e.readers.isEmpty()
                ? (int) Math.min(Math.max(1, r.a()), e.inbox.size()) : 1;
        List<byte[]> payloads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Item item = e.inbox.poll();
            payloads.add(item.payload());
            kernel.event(r, EventKind.RECV, p.endName(e.index), item.display(), item.id());
        }
        kernel.reply(r, Wire.OK, n, null, payloads);
    }

    private void eof(OpRequest r, PipeObj.End e) {
        kernel.event(r, EventKind.EOF, e.pipe().endName(e.index), null, Event.NO_NUM);
        kernel.reply(r, Wire.EOF, 0, null);
    }

    /** Answers readers waiting on an end once it has a message or has reached end-of-file. */
    private void serveReaders(PipeObj.End e) {
        while (!e.readers.isEmpty() && (!e.inbox.isEmpty() || e.atEof())) {
            Waiter w = e.readers.remove(0);
            kernel.unblock(w);
            if (w.req.op() == Op.POLL) {
                pollAnswer(w.req, e.pipe().endName(e.index), true);
            } else if (!e.inbox.isEmpty()) {
                deliver(w.req, e);
            } else {
                eof(w.req, e);
            }
        }
    }

    private void close(OpRequest r) {
        IpcObject o = objects.get(r.obj() >> 1);
        if (o instanceof PipeObj p) {
            int end = (int) (r.obj() & 1);
            if (p.ends[end].holders.contains(r.pid())) {
                dropHandle(r.pid(), p, end, "close", r);
            }
        }
    }

    private void dropHandle(long pid, IpcObject o, int end, String why, OpRequest cause) {
        o.holders(end).remove(pid);
        String handle = o instanceof PipeObj p ? p.endName(end) : o.name;
        if (cause != null) {
            kernel.event(cause, EventKind.CLOSE, handle, why, Event.NO_NUM);
        } else {
            kernel.event(pid, EventKind.CLOSE, handle, why, Event.NO_NUM);
        }
        if (o instanceof PipeObj p) {
            serveReaders(p.ends[1 - end]);
        }
    }

    // ---- queues ---------------------------------------------------------------------------------

    private void newQueue(OpRequest r) {
        QueueObj q = new QueueObj(r.obj(), nextName("queue"), (int) r.a());
        objects.put(q.id, q);
        kernel.event(r, EventKind.QUEUE_NEW, q.name, null, q.maxsize);
        grant(r.pid(), q, 0, "create", r);
    }

    private void withQueue(OpRequest r, java.util.function.Consumer<QueueObj> action) {
        IpcObject o = objects.get(r.obj());
        if (o instanceof QueueObj q) {
            adopt(r, q);
            action.accept(q);
        } else {
            fail(r, "no such queue");
        }
    }

    private void put(OpRequest r, ProcessRecord self) {
        withQueue(r, q -> {
            Item item = new Item(++nextItemId, r.payload(), r.text(), r.pid());
            if (q.full()) {
                Waiter w = kernel.block(r, self, q.name, "put()", "put() on the full " + q.name,
                        gone -> q.putters.remove(gone));
                w.item = item;
                q.putters.add(w);
                return;
            }
            enqueue(r, q, item);
            kernel.reply(r, Wire.OK, 0, null);
            serveGetters(q);
        });
    }

    private void enqueue(OpRequest r, QueueObj q, Item item) {
        q.items.add(item);
        kernel.event(r, EventKind.PUT, q.name, item.display(), item.id());
    }

    private void get(OpRequest r, ProcessRecord self) {
        withQueue(r, q -> {
            if (!q.items.isEmpty()) {
                take(r, q);
                admitPutters(q);
            } else if (r.b() == 0) {
                kernel.event(r, EventKind.TIMEOUT, q.name, "get()", Event.NO_NUM);
                kernel.reply(r, Wire.TIMEOUT, 0, null);
            } else {
                Waiter w = kernel.block(r, self, q.name, "get()", "get() on " + q.name, gone -> q.getters.remove(gone));
                q.getters.add(w);
            }
        });
    }

    private void take(OpRequest r, QueueObj q) {
        // Unlike a pipe's read end, any holder of a queue may get from it later: one item per get,
        // so an item is never kept back in a process that does not ask for it.
        int n = 1;
        List<byte[]> payloads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Item item = q.items.poll();
            payloads.add(item.payload());
            kernel.event(r, EventKind.GET, q.name, item.display(), item.id());
        }
        kernel.reply(r, Wire.OK, n, null, payloads);
    }

    private void serveGetters(QueueObj q) {
        while (!q.getters.isEmpty() && !q.items.isEmpty()) {
            Waiter w = q.getters.remove(0);
            kernel.unblock(w);
            take(w.req, q);
        }
        admitPutters(q);
    }

    private void admitPutters(QueueObj q) {
        boolean admitted = false;
        while (!q.putters.isEmpty() && !q.full()) {
            Waiter w = q.putters.remove(0);
            kernel.unblock(w);
            enqueue(w.req, q, w.item);
            kernel.reply(w.req, Wire.OK, 0, null);
            admitted = true;
        }
        if (admitted) {
            serveGetters(q);
        }
    }

    // ---- locks ----------------------------------------------------------------------------------

    private LockObj newLock(OpRequest r, long id, String name) {
        LockObj l = new LockObj(id, name != null ? name : nextName("lock"));
        objects.put(l.id, l);
        kernel.event(r, EventKind.LOCK_NEW, l.name, null, Event.NO_NUM);
        grant(r.pid(), l, 0, "create", r);
        return l;
    }

    private void acquire(OpRequest r, ProcessRecord self) {
        IpcObject o = objects.get(r.obj());
        if (!(o instanceof LockObj l)) {
            fail(r, "no such lock");
            return;
        }
        adopt(r, l);
        if (l.owner == null) {
            l.owner = r.pid();
            kernel.event(r, EventKind.ACQUIRE, l.name, null, Event.NO_NUM);
            kernel.reply(r, Wire.OK, 1, null);
        } else if (r.b() == 0) {
            kernel.event(r, EventKind.TIMEOUT, l.name, "acquire()", Event.NO_NUM);
            kernel.reply(r, Wire.TIMEOUT, 0, null);
        } else {
            Waiter w = kernel.block(r, self, l.name, "acquire()", "acquire() on " + l.name, gone -> l.waiters.remove(gone));
            l.waiters.add(w);
        }
    }

    private void release(OpRequest r) {
        IpcObject o = objects.get(r.obj());
        if (!(o instanceof LockObj l)) {
            fail(r, "no such lock");
            return;
        }
        if (l.owner == null) {
            fail(r, "release unlocked lock");
            return;
        }
        l.owner = null;
        kernel.event(r, EventKind.RELEASE, l.name, null, Event.NO_NUM);
        kernel.reply(r, Wire.OK, 0, null);
        if (!l.waiters.isEmpty()) {
            Waiter w = l.waiters.remove(0);
            kernel.unblock(w);
            l.owner = w.req.pid();
            kernel.event(w.req, EventKind.ACQUIRE, l.name, null, Event.NO_NUM);
            kernel.reply(w.req, Wire.OK, 1, null);
        }
    }

    // ---- shared values --------------------------------------------------------------------------

    private void newValue(OpRequest r) {
        String name = nextName("value");
        LockObj lock = newLock(r, r.a(), name + ".lock");
        ValueObj v = new ValueObj(r.obj(), name, lock);
        objects.put(v.id, v);
        v.current = r.payload();
        String text = r.text();
        v.display = text.substring(text.indexOf(':') + 1);
        kernel.event(r, EventKind.VALUE_NEW, v.name, text, Event.NO_NUM);
        grant(r.pid(), v, 0, "create", r);
    }

    private void valueGet(OpRequest r) {
        IpcObject o = objects.get(r.obj());
        if (!(o instanceof ValueObj v)) {
            fail(r, "no such value");
            return;
        }
        adopt(r, v);
        kernel.event(r, EventKind.VALUE_GET, v.name, v.display, Event.NO_NUM);
        kernel.reply(r, Wire.OK, 0, null, List.of(v.current));
    }

    private void valueSet(OpRequest r) {
        IpcObject o = objects.get(r.obj());
        if (!(o instanceof ValueObj v)) {
            fail(r, "no such value");
            return;
        }
        adopt(r, v);
        v.current = r.payload();
        v.display = r.text();
        kernel.event(r, EventKind.VALUE_SET, v.name, v.display, Event.NO_NUM);
        kernel.reply(r, Wire.OK, 0, null);
    }

    // ---- handles and processes ------------------------------------------------------------------

    private void grant(long pid, IpcObject o, int end, String how, OpRequest cause) {
        if (o.holders(end).add(pid)) {
            String handle = o instanceof PipeObj p ? p.endName(end) : o.name;
            if (cause != null && cause.pid() == pid) {
                kernel.event(cause, EventKind.HANDLE, handle, how, Event.NO_NUM);
            } else {
                kernel.event(pid, EventKind.HANDLE, handle, how, Event.NO_NUM);
            }
        }
    }

    /** A queue, lock or value used by a process that got it some other way (in a message): it holds it now. */
    private void adopt(OpRequest r, IpcObject o) {
        grant(r.pid(), o, 0, "received", r);
    }

    /** A new child gets copies of handles: all its parent's (fork) or those its task captured (spawn). */
    void inherit(ProcessRecord parent, ProcessRecord child, long[] captured) {
        if (parent == null) {
            return;
        }
        boolean fork = "fork".equals(kernel.startMethod());
        Set<Long> wanted = new LinkedHashSet<>();
        for (long key : captured == null ? new long[0] : captured) {
            wanted.add(key);
        }
        for (IpcObject o : objects.values()) {
            if (o instanceof IpcObject.PoolObj) {
                continue;
            }
            int ends = o instanceof PipeObj ? 2 : 1;
            for (int end = 0; end < ends; end++) {
                boolean take = fork || wanted.contains((o.id << 1) | end)
                        || (o instanceof LockObj && lockOfCapturedValue(o, wanted));
                if (take && o.holders(end).contains(parent.pid)) {
                    grant(child.pid, o, end, fork ? "fork" : "spawn", null);
                }
            }
        }
    }

    private boolean lockOfCapturedValue(IpcObject lock, Set<Long> wanted) {
        for (IpcObject o : objects.values()) {
            if (o instanceof ValueObj v && v.lock == lock && wanted.contains(v.id << 1)) {
                return true;
            }
        }
        return false;
    }

    /** A process that ends closes all its handles, as the operating system closes its file descriptors. */
    void onExit(ProcessRecord p) {
        for (IpcObject o : objects.values()) {
            removeWaitersOf(p, o);
            if (o instanceof IpcObject.PoolObj pool) {
                pools.onExit(p, pool);
            }
        }
        for (IpcObject o : new ArrayList<>(objects.values())) {
            int ends = o instanceof PipeObj ? 2 : o instanceof IpcObject.PoolObj ? 0 : 1;
            for (int end = 0; end < ends; end++) {
                if (o.holders(end).contains(p.pid)) {
                    dropHandle(p.pid, o, end, "exit", null);
                }
            }
            if (o instanceof LockObj l && l.owner != null && l.owner == p.pid) {
                kernel.note(p.pid, l.name + " is still held by " + p.label()
                        + ", which has ended: it stays locked until some process releases it");
            }
        }
    }

    private static void removeWaitersOf(ProcessRecord p, IpcObject o) {
        if (o instanceof PipeObj pipe) {
            for (PipeObj.End e : pipe.ends) {
                e.readers.removeIf(w -> w.process == p);
            }
        } else if (o instanceof QueueObj q) {
            q.getters.removeIf(w -> w.process == p);
            q.putters.removeIf(w -> w.process == p);
        } else if (o instanceof LockObj l) {
            l.waiters.removeIf(w -> w.process == p);
        }
    }

    // ---- hang diagnosis -------------------------------------------------------------------------

    /** The processes that could end this wait: it can never return if every one of them is stuck too. */
    Set<Long> helpers(Waiter w) {
        Op op = w.req.op();
        if (op == Op.JOIN) {
            return Set.of(w.req.obj());
        }
        if (op == Op.RECV || op == Op.POLL) {
            IpcObject o = objects.get(w.req.obj() >> 1);
            if (o instanceof PipeObj p) {
                int peer = 1 - (int) (w.req.obj() & 1);
                return p.canSend(peer) ? new LinkedHashSet<>(p.ends[peer].holders) : Set.of();
            }
        }
        IpcObject o = objects.get(w.req.obj());
        return o == null ? Set.of() : new LinkedHashSet<>(o.holders(0));
    }

    /** Why this wait can never end, in words, naming the holders that keep it open. */
    String explain(Waiter w, java.util.function.LongFunction<ProcessRecord> find) {
        ProcessRecord p = w.process;
        String at = w.req.file() != null ? " (" + w.req.file() + ":" + w.req.line() + ")" : "";
        StringBuilder s = new StringBuilder(p.label() + " waits in " + w.description + at);
        Op op = w.req.op();
        if (op == Op.JOIN) {
            ProcessRecord child = find.apply(w.req.obj());
            s.append(", but ").append(child == null ? "that process" : child.name).append(" is waiting too");
            return s.toString();
        }
        Set<Long> helpers = helpers(w);
        helpers.removeIf(pid -> find.apply(pid) == null || !find.apply(pid).alive());
        if (op == Op.RECV || op == Op.POLL) {
            PipeObj pipe = (PipeObj) objects.get(w.req.obj() >> 1);
            String peer = pipe.endName(1 - (int) (w.req.obj() & 1));
            s.append(", which can never return: the only write handles of ").append(peer)
                    .append(" still open are held by ").append(names(helpers, p.pid, find));
            if (helpers.contains(p.pid)) {
                s.append(". ").append(p.name).append(" never closed its own copy of the write end ").append(peer)
                        .append(", so it keeps its own pipe from reaching end-of-file");
            }
        } else if (op == Op.ACQUIRE) {
            LockObj l = (LockObj) objects.get(w.req.obj());
            ProcessRecord owner = l.owner == null ? null : find.apply(l.owner);
            s.append(", which can never return: ").append(l.name).append(" is held by ")
                    .append(owner == null ? "a process" : owner.label())
                    .append(owner != null && !owner.alive() ? ", which has ended" : "")
                    .append(", and the processes that could release it (").append(names(helpers, p.pid, find))
                    .append(") are waiting too");
        } else {
            s.append(", which can never return: the processes that hold ").append(objects.get(w.req.obj()).name)
                    .append(" (").append(names(helpers, p.pid, find)).append(") are all waiting");
        }
        return s.toString();
    }

    private static String names(Set<Long> pids, long self, java.util.function.LongFunction<ProcessRecord> find) {
        if (pids.isEmpty()) {
            return "no running process";
        }
        List<String> out = new ArrayList<>();
        for (long pid : pids) {
            ProcessRecord r = find.apply(pid);
            out.add(r == null ? "pid " + pid : r.label() + (pid == self ? " itself" : ""));
        }
        return String.join(", ", out);
    }

    /** An operation in words, for the list of operations waiting for their turn: "send(4) on pipe-1:1". */
    String describe(OpRequest r) {
        String call = switch (r.op()) {
            case SEND -> "send(" + r.text() + ")";
            case PUT -> "put(" + r.text() + ")";
            case VALUE_SET -> "set(" + r.text() + ")";
            case VALUE_GET -> "get()";
            case JOIN -> "join()";
            default -> r.op().name().toLowerCase(java.util.Locale.ROOT) + "()";
        };
        if (r.op() == Op.JOIN) {
            return call + " on pid " + r.obj();
        }
        if (EnumSet.of(Op.SEND, Op.RECV, Op.POLL, Op.CLOSE).contains(r.op())) {
            IpcObject o = objects.get(r.obj() >> 1);
            return o instanceof PipeObj p ? call + " on " + p.endName((int) (r.obj() & 1)) : call;
        }
        IpcObject o = objects.get(r.obj());
        return call + (o == null ? "" : " on " + o.name);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void fail(OpRequest r, String message) {
        if (r.wantsReply()) {
            kernel.reply(r, Wire.ERROR, 0, message);
        } else {
            kernel.note(r.pid(), r.op().name().toLowerCase() + " failed: " + message);
        }
    }

    private String nextName(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return kind + "-" + n;
    }
}
