package org.proclab.ui.ipc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.ui.model.ProcessTable;
import org.proclab.trace.EventKind;

/**
 * Queues as a fold of the event log (lesson 2): the items waiting in each queue, in order; the
 * processes blocked in get() or put(); its maxsize; who holds it; for a JoinableQueue, the items not yet
 * marked done and the processes blocked in join(). The state after event k is the same
 * live, when scrubbing and from a saved trace.
 */
public final class QueuesModel extends IpcFold {

    /**
     * An item in a queue.
     *
     * @param id    the kernel's item id
     * @param text  its display string
     * @param putBy the process that put it
     * @param seq   the PUT event
     */
    public record Item(long id, String text, long putBy, long seq) {
    }

    /** The last item taken out of a queue, and by whom. */
    public record Taken(Item item, long by, long seq) {
    }

    /**
     * One queue.
     *
     * @param id         "queue-1"
     * @param maxsize    0 for unbounded
     * @param items      the items waiting in it, the next to be got first
     * @param getters    processes blocked in get(), oldest first
     * @param putters    processes blocked in put() because it is full, oldest first
     * @param handles    who holds it (open or closed)
     * @param lastTaken  the last get, or null
     * @param puts       items put so far
     * @param gets       items got so far
     * @param stuck      waits the kernel found can never return (empty unless a deadlock)
     * @param type       "joinable" for a JoinableQueue, "simple" for a SimpleQueue, else null
     * @param unfinished a JoinableQueue's items put and not yet marked done with task_done()
     * @param tasksDone  a JoinableQueue's task_done() calls so far
     * @param joiners    processes blocked in a JoinableQueue's join(), oldest first
     */
    public record Queue(String id, int maxsize, List<Item> items, List<Wait> getters, List<Wait> putters,
                        List<Handle> handles, Taken lastTaken, long puts, long gets, List<Wait> stuck,
                        String type, long unfinished, long tasksDone, List<Wait> joiners) {
        public Queue {
            items = List.copyOf(items);
            getters = List.copyOf(getters);
            putters = List.copyOf(putters);
            joiners = List.copyOf(joiners);
            handles = List.copyOf(handles);
            stuck = List.copyOf(stuck);
        }

        public boolean bounded() {
            return maxsize > 0;
        }

        public boolean full() {
            return maxsize > 0 && items.size() >= maxsize;
        }

        public boolean isStuck(long pid) {
            return stuck.stream().anyMatch(w -> w.pid() == pid);
        }

        public boolean joinable() {
            return "joinable".equals(type);
        }
    }

    /** What the queue view draws; see {@link PipesModel.Snapshot} for the shared fields. */
    public record Snapshot(long seq, List<Queue> queues, Map<Long, IpcProcess> processes, Deadlock deadlock) {
        public static final Snapshot EMPTY = new Snapshot(-1, List.of(), Map.of(), null);

        public Snapshot {
            queues = List.copyOf(queues);
        }

        public Queue queue(String id) {
            return queues.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
        }

        public IpcProcess process(long pid) {
            IpcProcess p = processes.get(pid);
            return p == null ? IpcProcess.unknown(pid) : p;
        }
    }

    private static final class QueueState {
        final String id;
        int maxsize;
        String type;
        long unfinished;
        long tasksDone;
        final Map<Long, Item> items = new LinkedHashMap<>();
        Taken lastTaken;
        long puts;
        long gets;
        final List<Wait> stuck = new ArrayList<>();

        QueueState(String id) {
            this.id = id;
        }

        QueueState(QueueState o) {
            id = o.id;
            maxsize = o.maxsize;
            type = o.type;
            unfinished = o.unfinished;
            tasksDone = o.tasksDone;
            items.putAll(o.items);
            lastTaken = o.lastTaken;
            puts = o.puts;
            gets = o.gets;
            stuck.addAll(o.stuck);
        }
    }

    private final Map<String, QueueState> queues = new LinkedHashMap<>();
    private final Map<String, Queue> built = new HashMap<>();
    private Snapshot snapshot = Snapshot.EMPTY;
    private long snapshotAt = -1;

    /** A fold on its own: it keeps its own process table. */
    public QueuesModel() {
        super((ProcessTable) null);
    }

    /** A fold that reads the run's process table, which its host folds. */
    public QueuesModel(ProcessTable processes) {
        super(processes);
    }

    private QueuesModel(QueuesModel o) {
        super(o);
        o.queues.forEach((id, q) -> queues.put(id, new QueueState(q)));
        built.putAll(o.built);
        snapshot = o.snapshot;
        snapshotAt = o.snapshotAt;
    }

    /** A copy that later events to either do not change: a checkpoint. */
    public QueuesModel copy() {
        return new QueuesModel(this);
    }

    /** The state after the first {@code count} events of {@code events}. */
    public static QueuesModel foldOf(List<Event> events, int count) {
        QueuesModel m = new QueuesModel();
        for (int i = 0; i < count && i < events.size(); i++) {
            m.apply(events.get(i));
        }
        return m;
    }

    @Override
    String resolve(String obj, Event e) {
        if (obj != null && e.kind() == EventKind.QUEUE_NEW) {
            queues.computeIfAbsent(obj, QueueState::new);
        }
        return obj != null && queues.containsKey(obj) ? obj : null;
    }

    @Override
    void fold(Event e, String obj) {
        QueueState q = queues.get(obj);
        switch (e.kind()) {
            case QUEUE_NEW -> {
                q.maxsize = e.hasNum() ? (int) e.num() : 0;
                q.type = e.text();
            }
            case PUT -> {
                long id = e.hasNum() ? e.num() : -e.seq() - 1;
                q.items.put(id, new Item(id, e.text() == null ? "" : e.text(), e.pid(), e.seq()));
                q.puts++;
                if ("joinable".equals(q.type)) {
                    q.unfinished++; // as the kernel counts it: unfinished from its put
                }
                endWait(e.pid(), obj);
            }
            case GET -> {
                Item item = q.items.remove(e.num());
                if (item == null && !q.items.isEmpty()) {
                    // a log cut at the front: the queue hands out its oldest item
                    Long first = q.items.keySet().iterator().next();
                    item = q.items.remove(first);
                }
                if (item == null) {
                    item = new Item(e.num(), e.text() == null ? "" : e.text(), -1, -1);
                }
                q.lastTaken = new Taken(item, e.pid(), e.seq());
                q.gets++;
                endWait(e.pid(), obj);
            }
            case QUEUE_TASK_DONE -> {
                q.tasksDone++;
                q.unfinished = e.hasNum() ? e.num() : Math.max(0, q.unfinished - 1);
            }
            case QUEUE_JOIN -> endWait(e.pid(), obj); // a JoinableQueue's join() returned
            default -> {
                return;
            }
        }
        touch(obj);
    }

    @Override
    void onStuck(Wait w) {
        queues.get(w.object()).stuck.add(w);
        touch(w.object());
    }

    /** The state now, as immutable records; queues that did not change are the same objects as last time. */
    public Snapshot snapshot() {
        if (snapshotAt == changeCount()) {
            return snapshot;
        }
        Set<String> changed = takeDirty();
        List<Queue> out = new ArrayList<>();
        for (QueueState q : queues.values()) {
            Queue built1 = built.get(q.id);
            if (built1 == null || changed.contains(q.id)) {
                List<Wait> getters = new ArrayList<>();
                List<Wait> putters = new ArrayList<>();
                List<Wait> joiners = new ArrayList<>();
                for (Wait w : waits(q.id)) {
                    ("put()".equals(w.call()) ? putters : "join()".equals(w.call()) ? joiners : getters).add(w);
                }
                built1 = new Queue(q.id, q.maxsize, new ArrayList<>(q.items.values()), getters, putters, handles(q.id),
                        q.lastTaken, q.puts, q.gets, q.stuck, q.type, q.unfinished, q.tasksDone, joiners);
                built.put(q.id, built1);
            }
            out.add(built1);
        }
        snapshot = new Snapshot(changedAt(), out, processesSnapshot(), deadlock());
        snapshotAt = changeCount();
        return snapshot;
    }
}
