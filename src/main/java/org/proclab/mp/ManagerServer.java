package org.proclab.mp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.ControlClient;
import org.proclab.worker.Message;
import org.proclab.worker.Payloads;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * The loop of a manager's server process: take the next call from the kernel, run it on the object it names
 * in a thread of its own (a lock's acquire or a queue's get may wait, and must not hold up the other
 * callers), and answer. Ends when the manager is shut down. The objects live here, in this process's memory.
 */
final class ManagerServer {
    private final ControlClient client = WorkerRuntime.get().client();
    private final long manager;
    private final Map<Long, Object> objects = new ConcurrentHashMap<>();

    private ManagerServer(long manager) {
        this.manager = manager;
    }

    static void serve(ManagerRef ref) {
        new ManagerServer(ref.id).loop();
    }

    private void loop() {
        while (true) {
            Reply r = client.call(Op.MANAGER_NEXT, manager, 0, -1, null, null, null);
            if (r.status() != Wire.OK) {
                return; // EOF: shut down
            }
            long call = r.value();
            String[] what = r.text().split(" ");
            long proxy = Long.parseLong(what[0]);
            String type = what[1];
            boolean create = "new".equals(what[2]);
            byte[] payload = r.payload();
            Thread t = new Thread(() -> handle(call, proxy, type, create, payload), "manager-call-" + call);
            t.setDaemon(true);
            t.start();
        }
    }

    private void handle(long call, long proxy, String type, boolean create, byte[] payload) {
        Object result;
        boolean ok;
        try {
            Object args = Payloads.decode(payload);
            if (create) {
                objects.put(proxy, make(type, args));
                result = null;
            } else {
                ProxyCall c = (ProxyCall) args;
                result = run(objects.get(proxy), type, c.method(), c.args() == null ? new Object[0] : c.args());
            }
            ok = true;
        } catch (Throwable t) {
            result = t;
            ok = false;
        }
        Message m;
        try {
            m = Message.of(result);
        } catch (RuntimeException e) {
            m = Message.of(new IllegalStateException("the manager's answer cannot travel: " + e.getMessage()));
            ok = false;
        }
        String display = ok ? m.display() : result.getClass().getSimpleName() + ": " + ((Throwable) result).getMessage();
        client.call(Op.MANAGER_REPLY, manager, call, ok ? 1 : 0, display, m.bytes(), m.handles());
    }

    private static Object make(String type, Object initial) {
        return switch (type) {
            case "dict", "namespace" -> new LinkedHashMap<Object, Object>();
            case "list" -> new ArrayList<Object>();
            case "value" -> new Object[] {initial};
            case "lock" -> new java.util.concurrent.Semaphore(1);
            case "queue" -> new LinkedBlockingQueue<Object>((Integer) initial == 0 ? Integer.MAX_VALUE : (Integer) initial);
            default -> throw new IllegalArgumentException("a manager makes no " + type);
        };
    }

    @SuppressWarnings("unchecked")
    private static Object run(Object o, String type, String method, Object[] a) throws Exception {
        return switch (type) {
            case "dict" -> dict((Map<Object, Object>) o, method, a);
            case "list" -> list((List<Object>) o, method, a);
            case "namespace" -> namespace((Map<Object, Object>) o, method, a);
            case "value" -> value((Object[]) o, method, a);
            case "lock" -> lock((java.util.concurrent.Semaphore) o, method, a);
            case "queue" -> queue((LinkedBlockingQueue<Object>) o, method, a);
            default -> throw new IllegalArgumentException("a manager makes no " + type);
        };
    }

    private static Object dict(Map<Object, Object> d, String method, Object[] a) {
        synchronized (d) {
            return switch (method) {
                case "get" -> d.get(a[0]);
                case "getOrDefault" -> d.getOrDefault(a[0], a[1]);
                case "put" -> {
                    d.put(a[0], a[1]);
                    yield null;
                }
                case "setdefault" -> d.computeIfAbsent(a[0], k -> a[1]);
                case "pop" -> {
                    if (!d.containsKey(a[0])) {
                        throw new NoSuchElementException("KeyError: " + Payloads.display(a[0]));
                    }
                    yield d.remove(a[0]);
                }
                case "containsKey" -> d.containsKey(a[0]);
                case "size" -> d.size();
                case "keys" -> new ArrayList<>(d.keySet());
                case "values" -> new ArrayList<>(d.values());
                case "copy" -> new LinkedHashMap<>(d);
                case "update" -> {
                    d.putAll((Map<?, ?>) a[0]);
                    yield null;
                }
                case "clear" -> {
                    d.clear();
                    yield null;
                }
                default -> throw new UnsupportedOperationException("a dict has no method " + method);
            };
        }
    }

    private static Object list(List<Object> l, String method, Object[] a) {
        synchronized (l) {
            return switch (method) {
                case "append" -> {
                    l.add(a[0]);
                    yield null;
                }
                case "extend" -> {
                    l.addAll((List<?>) a[0]);
                    yield null;
                }
                case "get" -> l.get(index(l, (Integer) a[0]));
                case "set" -> {
                    l.set(index(l, (Integer) a[0]), a[1]);
                    yield null;
                }
                case "insert" -> {
                    l.add(Math.max(0, Math.min(l.size(), (Integer) a[0] < 0 ? l.size() + (Integer) a[0] : (Integer) a[0])), a[1]);
                    yield null;
                }
                case "pop" -> {
                    if (l.isEmpty()) {
                        throw new IndexOutOfBoundsException("pop from empty list");
                    }
                    yield l.remove(a.length == 0 ? l.size() - 1 : index(l, (Integer) a[0]));
                }
                case "remove" -> {
                    if (!l.remove(a[0])) {
                        throw new IllegalArgumentException("list.remove(x): x not in list");
                    }
                    yield null;
                }
                case "index" -> {
                    int i = l.indexOf(a[0]);
                    if (i < 0) {
                        throw new IllegalArgumentException(Payloads.display(a[0]) + " is not in list");
                    }
                    yield i;
                }
                case "count" -> (int) l.stream().filter(x -> java.util.Objects.equals(x, a[0])).count();
                case "contains" -> l.contains(a[0]);
                case "size" -> l.size();
                case "copy" -> new ArrayList<>(l);
                case "clear" -> {
                    l.clear();
                    yield null;
                }
                default -> throw new UnsupportedOperationException("a list has no method " + method);
            };
        }
    }

    /** Python's indexes: -1 is the last item; out of range raises IndexError. */
    private static int index(List<Object> l, int i) {
        int at = i < 0 ? l.size() + i : i;
        if (at < 0 || at >= l.size()) {
            throw new IndexOutOfBoundsException("list index out of range: " + i + " (the list has " + l.size() + " items)");
        }
        return at;
    }

    private static Object namespace(Map<Object, Object> ns, String method, Object[] a) {
        synchronized (ns) {
            return switch (method) {
                case "get" -> {
                    if (!ns.containsKey(a[0])) {
                        throw new NoSuchElementException("AttributeError: the namespace has no attribute '" + a[0] + "'");
                    }
                    yield ns.get(a[0]);
                }
                case "set" -> {
                    ns.put(a[0], a[1]);
                    yield null;
                }
                case "delete" -> {
                    if (ns.remove(a[0]) == null && !ns.containsKey(a[0])) {
                        throw new NoSuchElementException("AttributeError: the namespace has no attribute '" + a[0] + "'");
                    }
                    yield null;
                }
                case "has" -> ns.containsKey(a[0]);
                case "attributes" -> {
                    Map<Object, Object> copy = new LinkedHashMap<>();
                    for (Entry<Object, Object> e : ns.entrySet()) {
                        copy.put(e.getKey(), e.getValue());
                    }
                    yield copy;
                }
                default -> throw new UnsupportedOperationException("a namespace has no method " + method);
            };
        }
    }

    private static Object value(Object[] v, String method, Object[] a) {
        synchronized (v) {
            return switch (method) {
                case "get" -> v[0];
                case "set" -> {
                    v[0] = a[0];
                    yield null;
                }
                default -> throw new UnsupportedOperationException("a value has no method " + method);
            };
        }
    }

    private static Object lock(java.util.concurrent.Semaphore s, String method, Object[] a) throws InterruptedException {
        return switch (method) {
            case "acquire" -> {
                double t = (Double) a[0];
                if (t < 0) {
                    s.acquire();
                    yield true;
                }
                yield s.tryAcquire(Math.round(t * 1e6), TimeUnit.MICROSECONDS);
            }
            case "release" -> {
                synchronized (s) {
                    if (s.availablePermits() > 0) {
                        throw new IllegalStateException("release unlocked lock"); // Python's RuntimeError
                    }
                    s.release();
                }
                yield null;
            }
            case "locked" -> s.availablePermits() == 0;
            default -> throw new UnsupportedOperationException("a lock has no method " + method);
        };
    }

    private static Object queue(LinkedBlockingQueue<Object> q, String method, Object[] a) throws Exception {
        return switch (method) {
            case "put" -> {
                double t = (Double) a[1];
                if (t < 0) {
                    q.put(Boxed.of(a[0]));
                } else if (!q.offer(Boxed.of(a[0]), Math.round(t * 1e6), TimeUnit.MICROSECONDS)) {
                    throw new Full(t == 0 ? "the queue is full" : "the queue stayed full for " + t + " s");
                }
                yield null;
            }
            case "get" -> {
                double t = (Double) a[0];
                Object item = t < 0 ? q.take() : q.poll(Math.round(t * 1e6), TimeUnit.MICROSECONDS);
                if (item == null) {
                    throw new Empty(t == 0 ? "the queue is empty" : "the queue stayed empty for " + t + " s");
                }
                yield Boxed.unwrap(item);
            }
            case "qsize" -> q.size();
            case "empty" -> q.isEmpty();
            default -> throw new UnsupportedOperationException("a queue has no method " + method);
        };
    }

    /** A queue holds null too (Python's None); a LinkedBlockingQueue does not, so null is kept as this. */
    private enum Boxed {
        NULL;

        static Object of(Object o) {
            return o == null ? NULL : o;
        }

        static Object unwrap(Object o) {
            return o == NULL ? null : o;
        }
    }
}
