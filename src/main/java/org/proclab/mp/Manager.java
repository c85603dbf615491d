package org.proclab.mp;

import java.util.concurrent.atomic.AtomicInteger;
import org.proclab.wire.Op;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * A manager, like Python's {@code multiprocessing.Manager()}: a server process, a child of this one, that
 * keeps shared objects in its own memory. Other processes use them through proxies, and every call on a
 * proxy travels to the manager process and back: that is slower than a {@link Value} or a {@link Queue},
 * but a dict or a list of any values can be shared.
 *
 * <pre>{@code
 * try (Manager manager = new Manager()) {          // Python: with Manager() as manager:
 *     DictProxy<String, Integer> d = manager.dict();
 *     ListProxy<Integer> l = manager.list();
 *     Process p = new Process(() -> { d.put("count", 1); l.append(MP.getpid()); });
 *     p.start();
 *     p.join();
 *     System.out.println(d.copy() + " " + l.copy());   // the child's changes, seen here
 * }                                                 // shuts the manager process down
 * }</pre>
 *
 * <p>Each call is atomic in the manager, but two calls are not: {@code d.put("count", d.get("count") + 1)}
 * is a read and a write, and another process may write between them. Guard such a read-modify-write with a
 * lock. After {@link #shutdown()} the shared objects are gone: a call on a proxy throws
 * IllegalStateException, as does one whose manager process died.
 */
public final class Manager implements AutoCloseable {
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final long id;
    private final Process server;
    private volatile boolean shutdown;

    /** Starts the manager's server process and returns once it waits for calls. */
    public Manager() {
        WorkerRuntime rt = WorkerRuntime.get();
        this.id = rt.newObjectId();
        rt.client().tell(Op.MANAGER_NEW, id, 0, 0, null, null, null);
        ManagerRef ref = new ManagerRef(id);
        this.server = new Process("SyncManager-" + NAMES.incrementAndGet(), () -> ManagerServer.serve(ref));
        server.start();
        rt.atExit(this::shutdown); // Python's manager is shut down when its creator exits
        Reply r = rt.client().call(Op.MANAGER_READY, id, 0, -1, null, null, null);
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
    }

    long id() {
        return id;
    }

    /** A shared dict (ordered as Python's), empty. */
    public <K, V> DictProxy<K, V> dict() {
        return new DictProxy<>(this);
    }

    /** A shared list, empty. */
    public <T> ListProxy<T> list() {
        return new ListProxy<>(this);
    }

    /** A shared namespace: named attributes, Python's {@code manager.Namespace()}. */
    public Namespace namespace() {
        return new Namespace(this);
    }

    /** A shared value, Python's {@code manager.Value(typecode, value)}. It has no lock of its own. */
    public <T> ValueProxy<T> value(T initial) {
        return new ValueProxy<>(this, initial);
    }

    /** A lock kept in the manager process, Python's {@code manager.Lock()}. */
    public LockProxy lock() {
        return new LockProxy(this);
    }

    /** An unbounded queue kept in the manager process, Python's {@code manager.Queue()}. */
    public <T> QueueProxy<T> queue() {
        return queue(0);
    }

    /** A queue of at most {@code maxsize} items (0: unbounded), Python's {@code manager.Queue(maxsize)}. */
    public <T> QueueProxy<T> queue(int maxsize) {
        if (maxsize < 0) {
            throw new IllegalArgumentException("maxsize must be 0 (unbounded) or more");
        }
        return new QueueProxy<>(this, maxsize);
    }

    /** The pid of the manager's server process. */
    public long pid() {
        return server.pid();
    }

    /**
     * Stops the manager process and waits for it to exit. Its shared objects are gone: a call on one of its
     * proxies throws IllegalStateException from now on. Calling it again does nothing.
     */
    public void shutdown() {
        if (shutdown) {
            return;
        }
        shutdown = true;
        Reply r = WorkerRuntime.get().client().call(Op.MANAGER_SHUTDOWN, id, 0, 0, null, null, null);
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
        server.join();
    }

    /** Shuts the manager down, as leaving Python's {@code with Manager() as m:} block does. */
    @Override
    public void close() {
        shutdown();
    }
}
