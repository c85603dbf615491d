package org.proclab.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Python's {@code Barrier(parties, action, timeout)}: each {@code wait()} gets the next arrival index (0
 * for the first) and waits until {@code parties} processes have arrived; then all go on at once. If the
 * barrier has an action, the last to arrive runs it before the others are let go (BARRIER_ACTION_DONE),
 * and those who arrive meanwhile wait for the next round. A wait that times out, an action that throws, or
 * {@code abort()} breaks the barrier: every wait in it, and every later one until {@code reset()}, raises
 * BrokenBarrierError (the answer EOF). {@code reset()} breaks the waits in progress and makes it new. Lock held.
 */
final class Barriers {
    static final class BarrierObj extends IpcObject {
        final int parties;
        /** Arrived in this round and waiting, with their arrival index. */
        final List<Waiter> waiters = new ArrayList<>();
        final Map<Waiter, Integer> index = new HashMap<>();
        /** Arrivals in this round, including any that ended while waiting. */
        int count;
        boolean broken;
        /** The last arrival, running the action; the round is released when it is done. */
        OpRequest acting;
        int actingIndex;
        /** Arrived while the action ran: they arrive in the next round. */
        final List<Waiter> entering = new ArrayList<>();

        BarrierObj(long id, String name, int parties) {
            super(id, name);
            this.parties = parties;
        }
    }

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;

    Barriers(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
    }

    /** BARRIER_NEW: {@code a} = parties. */
    void create(OpRequest r) {
        if (r.a() < 1 || r.a() > Integer.MAX_VALUE) {
            kernel.refuse(r, null, "a barrier needs at least one party");
            return;
        }
        BarrierObj b = new BarrierObj(r.obj(), ipc.nextName("barrier"), (int) r.a());
        if (!handles.register(r, b.id, b)) {
            return;
        }
        kernel.event(r, EventKind.BARRIER_NEW, b.name, null, b.parties);
        handles.grant(r.pid(), b, 0, "create", r);
        kernel.reply(r, Wire.OK, 0, null);
    }

    private BarrierObj barrier(OpRequest r) {
        return ipc.held(r, BarrierObj.class, "barrier");
    }

    /** BARRIER_WAIT: {@code a} = 1 if the barrier has an action, {@code b} = time-out. */
    void await(OpRequest r, ProcessRecord self) {
        BarrierObj b = barrier(r);
        if (b == null) {
            return;
        }
        if (b.acting != null && !b.broken) {
            b.entering.add(block(r, self, b));
            return;
        }
        arrive(b, r, self, null);
    }

    private Waiter block(OpRequest r, ProcessRecord self, BarrierObj b) {
        return kernel.block(r, self, b.name, "wait()", "wait() on " + b.name, r.b(), gone -> timedOut(b, gone));
    }

    private void arrive(BarrierObj b, OpRequest r, ProcessRecord self, Waiter already) {
        if (b.broken) {
            if (already != null) {
                kernel.unblock(already);
            }
            broken(r, b, Event.NO_NUM);
            return;
        }
        int index = b.count++;
        if (b.count < b.parties) {
            Waiter w = already != null ? already : block(r, self, b);
            b.waiters.add(w);
            b.index.put(w, index);
            return;
        }
        if (already != null) {
            kernel.unblock(already);
        }
        if (r.a() == 1) {
            b.acting = r;
            b.actingIndex = index;
            kernel.reply(r, Wire.OK, index, "action"); // it runs the action, then says BARRIER_ACTION_DONE
            return;
        }
        release(b, r, index);
    }

    /** Everyone of this round goes on; then those who arrived during the action arrive in the next. */
    private void release(BarrierObj b, OpRequest last, int lastIndex) {
        for (Waiter w : b.waiters) {
            kernel.unblock(w);
            passed(w.req, b, b.index.get(w));
        }
        passed(last, b, lastIndex);
        newRound(b);
    }

    private void newRound(BarrierObj b) {
        b.waiters.clear();
        b.index.clear();
        b.count = 0;
        List<Waiter> next = new ArrayList<>(b.entering);
        b.entering.clear();
        for (Waiter w : next) {
            arrive(b, w.req, w.process, w);
        }
    }

    private void passed(OpRequest r, BarrierObj b, int index) {
        kernel.event(r, EventKind.BARRIER_WAIT, b.name, "passed", index);
        kernel.reply(r, Wire.OK, index, null);
    }

    private void broken(OpRequest r, BarrierObj b, long index) {
        kernel.event(r, EventKind.BARRIER_WAIT, b.name, "broken", index);
        kernel.reply(r, Wire.EOF, 0, null);
    }

    /** BARRIER_ACTION_DONE from the process that ran the action: {@code b} = 1 if it returned normally. */
    void actionDone(OpRequest r) {
        BarrierObj b = barrier(r);
        if (b == null) {
            return;
        }
        if (b.acting == null || b.acting.pid() != r.pid()) {
            kernel.refuse(r, b.name, "this process is not running the action of " + b.name);
            return;
        }
        b.acting = null;
        if (r.b() == 1 && !b.broken) {
            release(b, r, b.actingIndex);
            return;
        }
        breakAll(b); // an action that throws breaks the barrier, as in Python
        broken(r, b, b.actingIndex);
        newRound(b);
    }

    /** A wait ran out of time: the barrier breaks for everyone (the one that timed out raises too). */
    private void timedOut(BarrierObj b, Waiter gone) {
        b.entering.remove(gone);
        if (b.waiters.remove(gone)) {
            b.index.remove(gone);
        }
        breakAll(b);
    }

    private void breakAll(BarrierObj b) {
        b.broken = true;
        List<Waiter> all = new ArrayList<>(b.waiters);
        all.addAll(b.entering);
        for (Waiter w : all) {
            kernel.unblock(w);
            Integer i = b.index.get(w);
            broken(w.req, b, i == null ? Event.NO_NUM : i);
        }
        b.waiters.clear();
        b.index.clear();
        b.entering.clear();
        b.count = 0;
    }

    void abort(OpRequest r) {
        BarrierObj b = barrier(r);
        if (b != null) {
            kernel.event(r, EventKind.BARRIER_ABORT, b.name, null, Event.NO_NUM);
            breakAll(b);
            kernel.reply(r, Wire.OK, 0, null);
        }
    }

    void reset(OpRequest r) {
        BarrierObj b = barrier(r);
        if (b != null) {
            kernel.event(r, EventKind.BARRIER_RESET, b.name, null, Event.NO_NUM);
            breakAll(b); // the waits in progress raise BrokenBarrierError, as in Python
            b.broken = false;
            kernel.reply(r, Wire.OK, 0, null);
        }
    }

    /** BARRIER_STATE: value = n_waiting, text = "broken" if it is. */
    void state(OpRequest r) {
        BarrierObj b = barrier(r);
        if (b != null) {
            kernel.reply(r, Wire.OK, b.waiters.size(), b.broken ? "broken" : "");
        }
    }

    /** A process ended: its wait ends with it (its arrival still counts, as in Python); its action never finishes. */
    void onExit(ProcessRecord p, BarrierObj b) {
        b.waiters.removeIf(w -> {
            boolean gone = w.process == p;
            if (gone) {
                b.index.remove(w);
            }
            return gone;
        });
        b.entering.removeIf(w -> w.process == p);
        if (b.acting != null && b.acting.pid() == p.pid) {
            b.acting = null;
            kernel.note(p.pid, p.label() + " ended while running the action of " + b.name + ": the barrier is broken");
            breakAll(b);
        }
    }

    /** Any process holding the barrier could arrive, abort or reset it; nobody knows who takes one in a message. */
    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        return o == null ? Set.of() : EventFlags.helpers(handles.holders(o.key(0)), handles.inFlight(o.key(0)));
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        BarrierObj b = (BarrierObj) handles.object(w.req.obj());
        s.append(", which can never return: ").append(b.name).append(" waits for ").append(b.parties - b.count)
                .append(" more of its ").append(b.parties).append(" parties, and the processes that hold it (")
                .append(names.of(helpers, w.process.pid)).append(") are all waiting");
    }
}
