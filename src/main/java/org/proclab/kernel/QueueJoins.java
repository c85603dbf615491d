package org.proclab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.proclab.kernel.IpcObject.QueueObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * A JoinableQueue's count of unfinished items: every put adds one (in {@link Queues}), every
 * {@code task_done()} takes one away, and {@code join()} waits until none is left, as in Python. Lock held.
 */
final class QueueJoins {
    static final String TOO_MANY = "task_done() called too many times";

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;

    QueueJoins(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
    }

    private QueueObj joinable(OpRequest r) {
        QueueObj q = ipc.held(r, QueueObj.class, "queue");
        if (q != null && !q.joinable()) {
            kernel.refuse(r, q.name, q.name + " is not a JoinableQueue");
            return null;
        }
        return q;
    }

    void taskDone(OpRequest r) {
        QueueObj q = joinable(r);
        if (q == null) {
            return;
        }
        if (q.unfinished == 0) {
            kernel.reply(r, Wire.ERROR, 0, TOO_MANY);
            return;
        }
        q.unfinished--;
        kernel.event(r, EventKind.QUEUE_TASK_DONE, q.name, null, q.unfinished);
        kernel.reply(r, Wire.OK, q.unfinished, null);
        if (q.unfinished == 0) {
            for (Waiter w : new ArrayList<>(q.joiners)) {
                kernel.unblock(w);
                joined(w.req, q);
            }
            q.joiners.clear();
        }
    }

    void join(OpRequest r, ProcessRecord self) {
        QueueObj q = joinable(r);
        if (q == null) {
            return;
        }
        if (q.unfinished == 0) {
            joined(r, q);
        } else {
            q.joiners.add(kernel.block(r, self, q.name, "join()", "join() on " + q.name + ", " + q.unfinished
                    + " item(s) not yet done", -1, gone -> q.joiners.remove(gone)));
        }
    }

    private void joined(OpRequest r, QueueObj q) {
        kernel.event(r, EventKind.QUEUE_JOIN, q.name, null, Event.NO_NUM);
        kernel.reply(r, Wire.OK, 0, null);
    }

    /** Whoever holds the queue could take the items and mark them done. */
    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        return o == null ? Set.of() : new LinkedHashSet<>(handles.holders(o.key(0)));
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        QueueObj q = (QueueObj) handles.object(w.req.obj());
        s.append(", which can never return: ").append(q.unfinished).append(" item(s) of ").append(q.name)
                .append(" are not marked done, and the processes that could call task_done() (")
                .append(names.of(helpers, w.process.pid)).append(") are all waiting");
    }
}
