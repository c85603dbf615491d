package org.proclab.kernel;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.kernel.IpcObject.LockObj;
import org.proclab.kernel.IpcObject.PipeObj;
import org.proclab.kernel.IpcObject.PoolObj;
import org.proclab.kernel.IpcObject.QueueObj;
import org.proclab.kernel.IpcObject.ValueObj;
import org.proclab.kernel.Barriers.BarrierObj;
import org.proclab.kernel.Conditions.ConditionObj;
import org.proclab.kernel.EventFlags.EventObj;
import org.proclab.kernel.Managers.ManagerObj;
import org.proclab.kernel.Semaphores.SemaphoreObj;
import org.proclab.kernel.SharedArrays.ArrayObj;
import org.proclab.wire.Op;

/**
 * The IPC objects hosted by the kernel: routes each operation to its family (pipes, queues, locks, values,
 * pools, events, semaphores, conditions, barriers, arrays, managers) over one handle table, after checking that the calling process holds a handle of the object.
 * Also what all families share: handles given to a new child, closed when a process ends, and declared
 * inside messages. Called with the kernel's lock held.
 */
final class Ipc {
    /** Longest display string of a message the kernel keeps (the sender makes it; the views show it). */
    static final int DISPLAY_MAX = 200;

    private final Kernel kernel;
    final Handles handles;
    final FlowControl flow = new FlowControl();
    final Pipes pipes;
    final Queues queues;
    final Locks locks;
    final Values values;
    final Pools pools;
    final EventFlags events;
    final Semaphores semaphores;
    final Conditions conditions;
    final Barriers barriers;
    final QueueJoins queueJoins;
    final SharedArrays arrays;
    final ConnectionWaits connectionWaits;
    final Managers managers;
    private final Map<String, Integer> counters = new HashMap<>();
    private long nextItemId;
    /** Bumped by every operation; the hang detector reports only a state that stayed the same. */
    long version;

    Ipc(Kernel kernel) {
        this.kernel = kernel;
        this.handles = new Handles(kernel);
        this.pipes = new Pipes(kernel, this);
        this.queues = new Queues(kernel, this);
        this.locks = new Locks(kernel, this);
        this.values = new Values(kernel, this);
        this.pools = new Pools(kernel, this);
        this.events = new EventFlags(kernel, this);
        this.semaphores = new Semaphores(kernel, this);
        this.conditions = new Conditions(kernel, this, locks);
        this.barriers = new Barriers(kernel, this);
        this.queueJoins = new QueueJoins(kernel, this);
        this.arrays = new SharedArrays(kernel, this);
        this.connectionWaits = new ConnectionWaits(kernel, this, pipes);
        pipes.connectionWaits = connectionWaits;
        this.managers = new Managers(kernel, this);
    }

    void handle(OpRequest r, ProcessRecord self) {
        version++;
        if (locks.loans.mustWait(r, self)) {
            return;
        }
        switch (r.op()) {
            case PIPE_NEW -> pipes.create(r);
            case SEND -> pipes.send(r, self);
            case RECV -> pipes.recv(r, self);
            case POLL -> pipes.poll(r, self);
            case CLOSE -> {
                if (handles.objectOf(r.obj()) instanceof QueueObj q) {
                    queues.close(r, q);
                } else {
                    pipes.close(r);
                }
            }
            case QUEUE_NEW -> queues.create(r);
            case PUT -> queues.put(r, self);
            case GET -> queues.get(r, self);
            case QSIZE -> queues.qsize(r);
            case LENT_TAKEN -> {
                if (handles.object(r.obj()) instanceof PoolObj p) {
                    pools.loans.took(r, p);
                } else {
                    queues.loans.took(r);
                }
            }
            case LENT_GIVE_BACK -> {
                if (handles.object(r.obj()) instanceof PoolObj p) {
                    pools.loans.givenBack(r, p);
                } else if (handles.object(r.obj()) instanceof LockObj l) {
                    locks.loans.givenBack(r, l);
                } else {
                    queues.loans.givenBack(r);
                }
            }
            case LENT_DONE -> locks.loans.done(r, self);
            case PIPE_LEND_READY -> pipes.loans.ready(r);
            case PIPE_TOOK -> pipes.loans.took(r);
            case PIPE_GIVE_BACK -> pipes.loans.givenBack(r);
            case QUEUE_TASK_DONE -> queueJoins.taskDone(r);
            case QUEUE_JOIN -> queueJoins.join(r, self);
            case LOCK_NEW -> locks.create(r);
            case ACQUIRE -> {
                if (handles.object(r.obj()) instanceof SemaphoreObj) {
                    SemaphoreObj s = held(r, SemaphoreObj.class, "semaphore");
                    if (s != null) {
                        semaphores.acquire(r, self, s);
                    }
                } else {
                    locks.acquire(r, self);
                }
            }
            case RELEASE -> {
                if (handles.object(r.obj()) instanceof SemaphoreObj) {
                    SemaphoreObj s = held(r, SemaphoreObj.class, "semaphore");
                    if (s != null) {
                        semaphores.release(r, s);
                    }
                } else {
                    locks.release(r);
                }
            }
            case LOCKED -> locks.locked(r);
            case SEMAPHORE_NEW -> semaphores.create(r);
            case SEMAPHORE_VALUE -> semaphores.value(r);
            case EVENT_NEW -> events.create(r);
            case EVENT_SET -> events.set(r);
            case EVENT_CLEAR -> events.clear(r);
            case EVENT_IS_SET -> events.isSet(r);
            case EVENT_WAIT -> events.await(r, self);
            case CONDITION_NEW -> conditions.create(r);
            case CONDITION_WAIT -> conditions.await(r, self);
            case NOTIFY -> conditions.notifyWaiters(r);
            case BARRIER_NEW -> barriers.create(r);
            case BARRIER_WAIT -> barriers.await(r, self);
            case BARRIER_ACTION_DONE -> barriers.actionDone(r);
            case BARRIER_ABORT -> barriers.abort(r);
            case BARRIER_RESET -> barriers.reset(r);
            case BARRIER_STATE -> barriers.state(r);
            case ARRAY_NEW -> arrays.create(r, locks);
            case ARRAY_GET -> arrays.get(r);
            case ARRAY_SET -> arrays.set(r);
            case CONN_WAIT -> connectionWaits.await(r, self);
            case MANAGER_NEW -> managers.create(r);
            case MANAGER_READY -> managers.awaitReady(r, self);
            case MANAGER_NEXT -> managers.next(r, self);
            case MANAGER_REPLY -> managers.reply(r);
            case MANAGER_SHUTDOWN -> managers.shutdown(r);
            case PROXY_NEW -> managers.newProxy(r, self);
            case PROXY_CALL -> managers.call(r, self);
            case VALUE_NEW -> values.create(r, locks);
            case VALUE_GET -> values.get(r);
            case VALUE_SET -> values.set(r);
            case POOL_NEW -> pools.create(r);
            case POOL_READY -> pools.awaitReady(r, self);
            case POOL_SUBMIT -> pools.submit(r, self);
            case POOL_NEXT_TASK -> pools.nextTask(r, self);
            case POOL_TASK_DONE -> pools.taskDone(r, self);
            case POOL_RESULTS -> pools.results(r, self);
            case POOL_DELIVERED -> pools.delivered(r);
            case POOL_WAIT -> pools.awaitResults(r, self);
            case POOL_CALLBACK -> pools.callback(r);
            case POOL_STATE -> pools.state(r);
            default -> kernel.refuse(r, null, r.op() + " is not an operation on an IPC object");
        }
    }

    /**
     * The object a request names, if it is of the expected type and the calling process holds a handle of
     * it; otherwise the request is refused (with an error in that process and a REFUSED event) and null.
     */
    <T extends IpcObject> T held(OpRequest r, Class<T> type, String what) {
        IpcObject o = handles.object(r.obj());
        if (!type.isInstance(o)) {
            kernel.refuse(r, null, "there is no " + what + " with id " + r.obj());
            return null;
        }
        if (!handles.holds(r.pid(), o.key(0))) {
            kernel.refuse(r, o.name, "this process holds no handle of " + o.name);
            return null;
        }
        return type.cast(o);
    }

    /**
     * The item a send, put, task or result hands over. The handles the sender declared inside it must be
     * its own; the receiver will get them. Null (and refused) if the sender named a handle it does not hold.
     */
    Item item(OpRequest r) {
        long[] declared = r.longs() == null ? new long[0] : r.longs();
        for (long key : declared) {
            IpcObject o = handles.objectOf(key);
            if (o == null || !handles.holds(r.pid(), key)) {
                kernel.refuse(r, o == null ? null : o.handleName((int) (key & 1)),
                        "the message carries a handle this process does not hold");
                return null;
            }
        }
        String display = r.text();
        if (display != null && display.length() > DISPLAY_MAX) {
            display = display.substring(0, DISPLAY_MAX - 1) + "…";
        }
        return new Item(++nextItemId, r.payload(), display, r.pid(), declared);
    }

    /** The process taking an item gets the handles inside it, as a file descriptor sent over a socket. */
    void receiveHandles(OpRequest r, Item item) {
        receiveHandles(r.pid(), r, item);
    }

    void receiveHandles(long pid, OpRequest cause, Item item) {
        handles.arrived(item.handles());
        for (long key : item.handles()) {
            IpcObject o = handles.objectOf(key);
            if (o == null || o instanceof PoolObj || o instanceof ManagerObj) {
                continue; // a pool is used only by its owner and its workers, a manager by its owner and server
            }
            handles.grant(pid, o, (int) (key & 1), "received", cause);
            IpcObject lock = lockOf(o);
            if (lock != null) {
                handles.grant(pid, lock, 0, "received", cause);
            }
        }
    }

    /** The lock that travels with an object: a value's, an array's or a condition's; null for others. */
    private static IpcObject lockOf(IpcObject o) {
        if (o instanceof ValueObj v) {
            return v.lock;
        }
        if (o instanceof ArrayObj a) {
            return a.lock;
        }
        return o instanceof ConditionObj c ? c.lock : null;
    }

    /**
     * A new child gets copies of handles: all its parent's (fork) or those its task captured (spawn). A pool
     * is never inherited, but a child that captured its parent's pool is one of that pool's workers.
     */
    void inherit(ProcessRecord parent, ProcessRecord child, long[] captured) {
        boolean fork = "fork".equals(kernel.startMethod());
        Set<Long> wanted = new LinkedHashSet<>();
        for (long key : captured == null ? new long[0] : captured) {
            wanted.add(key);
        }
        for (long key : handles.of(parent.pid)) {
            IpcObject o = handles.objectOf(key);
            if (o instanceof PoolObj pool) {
                if (wanted.contains(key)) {
                    pools.enlist(pool, parent, child);
                }
                continue;
            }
            if (o instanceof ManagerObj m) {
                if (wanted.contains(key)) {
                    managers.enlist(m, parent, child); // its server process: the child that captured it
                }
                continue;
            }
            boolean lockOfWantedValue = o instanceof LockObj l && ownerOf(l).map(v -> wanted.contains(v.key(0))).orElse(false);
            if (o != null && (fork || wanted.contains(key) || lockOfWantedValue)) {
                handles.grant(child.pid, o, (int) (key & 1), fork ? "fork" : "spawn", null);
            }
        }
    }

    /** The value, array or condition a lock belongs to, if any. */
    private java.util.Optional<IpcObject> ownerOf(LockObj lock) {
        for (IpcObject o : handles.objects()) {
            if (lockOf(o) == lock) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }

    /** A process that ends closes all its handles, as the operating system closes its file descriptors. */
    void onExit(ProcessRecord p) {
        version++;
        // a copy: a loan settled here runs the operations that waited for it, and one may make a new object
        for (IpcObject o : List.copyOf(handles.objects())) {
            if (o instanceof PipeObj pipe) {
                pipes.forgetWaiters(p, pipe);
            } else if (o instanceof QueueObj q) {
                queues.forgetWaiters(p, q);
            } else if (o instanceof LockObj l) {
                locks.forgetWaiters(p, l);
                locks.loans.onExit(p, l);
            } else if (o instanceof PoolObj pool) {
                pools.onExit(p, pool);
            } else if (o instanceof EventObj e) {
                events.forgetWaiters(p, e);
            } else if (o instanceof SemaphoreObj s) {
                semaphores.forgetWaiters(p, s);
            } else if (o instanceof ConditionObj c) {
                conditions.forgetWaiters(p, c);
            } else if (o instanceof BarrierObj b) {
                barriers.onExit(p, b);
            } else if (o instanceof ManagerObj m) {
                managers.onExit(p, m);
            }
        }
        for (long key : handles.of(p.pid)) {
            IpcObject o = handles.objectOf(key);
            int end = (int) (key & 1);
            handles.drop(p.pid, o, end, "exit", null);
            if (o instanceof PipeObj pipe) {
                pipes.closed(p.pid, pipe.ends[end]);
            }
            if (o instanceof LockObj l) {
                locks.holderEnded(p, l);
            }
        }
        flow.forget(p.pid);
    }

    /** The processes that could end this wait, or null if that cannot be known (anyone might). */
    Set<Long> helpers(Waiter w) {
        return switch (w.req.op()) {
            case RECV, POLL, SEND -> pipes.helpers(w);
            case GET, PUT -> queues.helpers(w);
            case ACQUIRE -> handles.object(w.req.obj()) instanceof SemaphoreObj ? semaphores.helpers(w) : locks.helpers(w);
            case POOL_NEXT_TASK, POOL_RESULTS, POOL_WAIT, POOL_READY -> pools.helpers(w);
            case EVENT_WAIT -> events.helpers(w);
            case CONDITION_WAIT -> conditions.helpers(w);
            case BARRIER_WAIT -> barriers.helpers(w);
            case QUEUE_JOIN -> queueJoins.helpers(w);
            case CONN_WAIT -> connectionWaits.helpers(w);
            case MANAGER_READY, MANAGER_NEXT, PROXY_NEW, PROXY_CALL -> managers.helpers(w);
            default -> null; // waiting for kernel memory (a submit, a result): whoever takes items frees it
        };
    }

    /** Why a wait can never end, in words, naming who keeps it from ending. */
    String explain(Waiter w, Set<Long> helpers, Explainer names) {
        ProcessRecord p = w.process;
        String at = w.req.file() != null ? " (" + w.req.file() + ":" + w.req.line() + ")" : "";
        StringBuilder s = new StringBuilder(p.label() + " waits in " + w.description + at);
        switch (w.req.op()) {
            case RECV, POLL, SEND -> pipes.explain(w, helpers, s, names);
            case ACQUIRE -> {
                if (handles.object(w.req.obj()) instanceof SemaphoreObj) {
                    semaphores.explain(w, helpers, s, names);
                } else {
                    locks.explain(w, helpers, s, names);
                }
            }
            case GET, PUT -> queues.explain(w, helpers, s, names);
            case EVENT_WAIT -> events.explain(w, helpers, s, names);
            case CONDITION_WAIT -> conditions.explain(w, helpers, s, names);
            case BARRIER_WAIT -> barriers.explain(w, helpers, s, names);
            case QUEUE_JOIN -> queueJoins.explain(w, helpers, s, names);
            case CONN_WAIT -> connectionWaits.explain(w, helpers, s, names);
            case MANAGER_READY, MANAGER_NEXT, PROXY_NEW, PROXY_CALL -> managers.explain(w, helpers, s, names);
            default -> pools.explain(w, helpers, s, names);
        }
        return s.toString();
    }

    /** An operation in words, for the list of operations waiting for their turn: "send(4) on pipe-1:1". */
    String describe(OpRequest r) {
        String call = switch (r.op()) {
            case SEND -> "send(" + r.text() + ")";
            case PUT -> "put(" + r.text() + ")";
            case VALUE_SET -> "set(" + r.text() + ")";
            case VALUE_GET -> "get()";
            case JOIN, QUEUE_JOIN -> "join()";
            case EVENT_SET -> "set()";
            case EVENT_CLEAR -> "clear()";
            case EVENT_WAIT, CONDITION_WAIT, BARRIER_WAIT, CONN_WAIT -> "wait()";
            case NOTIFY -> r.text() + "()";
            case BARRIER_ABORT -> "abort()";
            case BARRIER_RESET -> "reset()";
            case QUEUE_TASK_DONE -> "task_done()";
            case ARRAY_GET -> r.b() == 1 ? "[:]" : "[" + r.a() + "]";
            case ARRAY_SET -> r.b() == 1 ? "[:] = …" : "[" + r.a() + "] = " + shown(r);
            case PROXY_CALL -> shown(r);
            case PROXY_NEW -> shown(r) + "()";
            default -> r.op().name().toLowerCase(Locale.ROOT) + "()";
        };
        if (r.op() == Op.JOIN) {
            return call + " on pid " + r.obj();
        }
        if (r.op() == Op.CONN_WAIT) {
            return call + " on " + r.longs().length + " connection(s)";
        }
        if (EnumSet.of(Op.SEND, Op.RECV, Op.POLL, Op.CLOSE).contains(r.op())) {
            IpcObject o = handles.objectOf(r.obj());
            return o instanceof PipeObj p ? call + " on " + p.handleName((int) (r.obj() & 1))
                    : o == null ? call : call + " on " + o.name;
        }
        IpcObject o = handles.object(r.obj());
        return call + (o == null ? "" : " on " + o.name);
    }

    /** The value an ARRAY_SET writes, as its display text says. */
    private static String shown(OpRequest r) {
        return r.text() == null ? "?" : r.text();
    }

    String nextName(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return kind + "-" + n;
    }

    /** The bytes held when nothing else does: used by tests and the limits in the README. */
    long heldBytes() {
        return flow.held();
    }

    List<Long> handlesOf(long pid) {
        return handles.of(pid);
    }
}
