package org.proclab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proclab.trace.Event;
import org.proclab.ui.ipc.Handle;
import org.proclab.ui.ipc.PipesModel;
import org.proclab.ui.ipc.QueuesModel;
import org.proclab.ui.ipc.ValuesModel;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.model.ProcState;
import org.proclab.ui.model.ProcessTreeModel;
import org.proclab.ui.pool.PoolModel;
import org.proclab.ui.pool.PoolSnapshot;
import org.proclab.ui.pool.PoolTask;

/**
 * What the app's diagrams show after a prefix of a run's events (the process tree, the pipe, queue and value views,
 * the pool view), read with the diagrams' own folds: the judge of whether a narration line contradicts them. It
 * answers a {@link Script.Condition} without {@link StoryState}, so the two are checked against each other.
 */
final class DiagramState {
    private final ProcessTreeModel tree;
    private final PipesModel.Snapshot pipes;
    private final QueuesModel.Snapshot queues;
    private final ValuesModel.Snapshot values;
    private final PoolModel pools;

    DiagramState(List<Event> events, int count) {
        tree = ProcessTreeModel.foldOf(events, count);
        pipes = PipesModel.foldOf(events, count).snapshot();
        queues = QueuesModel.foldOf(events, count).snapshot();
        values = ValuesModel.foldOf(events, count).snapshot();
        pools = PoolModel.foldOf(events, count);
    }

    boolean holds(Script.Condition c) {
        return mismatches(c).isEmpty();
    }

    /** Each part of the condition the diagrams do not show, with what they show instead. */
    List<String> mismatches(Script.Condition c) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : c.open().entrySet()) {
            List<String> shown = openHolders(e.getKey());
            if (!shown.equals(e.getValue())) {
                out.add("open " + e.getKey() + ": the pipe view shows " + shown + ", the line says " + e.getValue());
            }
        }
        c.queued().forEach((id, n) -> check(out, "queued " + id, n, queued(id)));
        c.lost().forEach((id, n) -> check(out, "lost " + id, n, lost(id)));
        c.running().forEach((id, n) -> check(out, "running " + id, n, tasks(id, PoolTask.Status.RUNNING)));
        c.waiting().forEach((id, n) -> check(out, "waiting " + id, n, tasks(id, PoolTask.Status.WAITING)));
        c.state().forEach((name, is) -> {
            ProcessNode p = process(name);
            if (!shows(p, is)) {
                out.add(name + " " + is.jsonName() + ": the tree shows "
                        + (p == null ? "no such process" : p.state().id() + (p.isBlocked() ? ", blocked" : "") + (p.orphan() ? ", orphan" : "")));
            }
        });
        return out;
    }

    private static void check(List<String> out, String what, Script.Count wanted, int shown) {
        if (!wanted.test(shown)) {
            out.add(what + ": the diagram shows " + shown + ", the line says " + wanted);
        }
    }

    private List<String> openHolders(String end) {
        int colon = end.lastIndexOf(':');
        PipesModel.Pipe pipe = colon < 0 ? null : pipes.pipe(end.substring(0, colon));
        if (pipe == null) {
            throw new IllegalArgumentException("a condition names " + end + ", which is not a pipe end");
        }
        List<String> names = new ArrayList<>();
        for (Handle h : pipe.end(Integer.parseInt(end.substring(colon + 1))).handles()) {
            if (h.open()) {
                names.add(pipes.process(h.pid()).name());
            }
        }
        names.sort(null);
        return names;
    }

    private int queued(String id) {
        int colon = id.lastIndexOf(':');
        if (colon >= 0) {
            PipesModel.Pipe pipe = pipes.pipe(id.substring(0, colon));
            return pipe == null ? 0 : pipe.end(Integer.parseInt(id.substring(colon + 1))).inFlight().size();
        }
        QueuesModel.Queue q = queues.queue(id);
        return q == null ? 0 : q.items().size();
    }

    private int lost(String id) {
        ValuesModel.Value v = values.value(id);
        return v == null ? 0 : (int) v.lostUpdates();
    }

    private int tasks(String pool, PoolTask.Status status) {
        PoolSnapshot p = pools.pool(pool);
        return p == null ? 0 : (int) p.tasks().stream().filter(t -> t.status() == status).count();
    }

    private ProcessNode process(String name) {
        ProcessNode found = null;
        for (ProcessNode p : tree.processes()) {
            if (p.name().equals(name)) {
                found = p;
            }
        }
        return found;
    }

    private static boolean shows(ProcessNode p, Script.ProcessIs is) {
        if (p == null) {
            return false;
        }
        boolean ended = p.state().ended();
        return switch (is) {
            case RUNNING -> !ended && !p.isBlocked();
            case BLOCKED -> !ended && p.isBlocked();
            case ALIVE -> !ended;
            case ZOMBIE -> p.state() == ProcState.ZOMBIE;
            case JOINED -> p.state() == ProcState.EXITED;
            case ENDED -> ended;
            case ORPHAN -> !ended && p.orphan();
        };
    }
}
