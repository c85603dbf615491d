package org.proclab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Python's {@code multiprocessing.Event}: a flag that {@code set()} raises and {@code clear()} lowers;
 * {@code wait()} returns at once while it is up and otherwise waits until some process sets it (True) or
 * its time runs out (False). Setting it wakes every waiter. Lock held.
 */
final class EventFlags {
    static final class EventObj extends IpcObject {
        boolean flag;
        final List<Waiter> waiters = new ArrayList<>();

        EventObj(long id, String name) {
            super(id, name);
        }
    }

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;

    EventFlags(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
    }

    void create(OpRequest r) {
        EventObj e = new EventObj(r.obj(), ipc.nextName("event"));
        if (!handles.register(r, e.id, e)) {
            return;
        }
        kernel.event(r, EventKind.EVENT_NEW, e.name, null, Event.NO_NUM);
        handles.grant(r.pid(), e, 0, "create", r);
        kernel.reply(r, Wire.OK, 0, null);
    }

    private EventObj event(OpRequest r) {
        return ipc.held(r, EventObj.class, "event");
    }

    void set(OpRequest r) {
        EventObj e = event(r);
        if (e == null) {
            return;
        }
        e.flag = true;
        kernel.event(r, EventKind.EVENT_SET, e.name, null, e.waiters.size());
        kernel.reply(r, Wire.OK, 0, null);
        for (Waiter w : e.waiters) {
            kernel.unblock(w);
            passed(w.req, e);
        }
        e.waiters.clear();
    }

    void clear(OpRequest r) {
        EventObj e = event(r);
        if (e != null) {
            e.flag = false;
            kernel.event(r, EventKind.EVENT_CLEAR, e.name, null, Event.NO_NUM);
            kernel.reply(r, Wire.OK, 0, null);
        }
    }

    void isSet(OpRequest r) {
        EventObj e = event(r);
        if (e != null) {
            kernel.reply(r, Wire.OK, e.flag ? 1 : 0, null);
        }
    }

    void await(OpRequest r, ProcessRecord self) {
        EventObj e = event(r);
        if (e == null) {
            return;
        }
        if (e.flag) {
            passed(r, e);
        } else if (r.b() == 0) {
            kernel.event(r, EventKind.TIMEOUT, e.name, "wait()", Event.NO_NUM);
            kernel.reply(r, Wire.TIMEOUT, 0, null);
        } else {
            e.waiters.add(kernel.block(r, self, e.name, "wait()", "wait() on " + e.name, r.b(), gone -> e.waiters.remove(gone)));
        }
    }

    private void passed(OpRequest r, EventObj e) {
        kernel.event(r, EventKind.EVENT_WAIT, e.name, null, Event.NO_NUM);
        kernel.reply(r, Wire.OK, 1, null);
    }

    void forgetWaiters(ProcessRecord p, EventObj e) {
        e.waiters.removeIf(w -> w.process == p);
    }

    /** Anyone holding the event could set it; nobody can tell who will take one that travels in a message. */
    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        if (o == null) {
            return Set.of();
        }
        return helpers(handles.holders(o.key(0)), handles.inFlight(o.key(0)));
    }

    /** Pure, for the tests: the holders of an object, or null (anyone) while a handle of it is in a message. */
    static Set<Long> helpers(Set<Long> holders, boolean inFlight) {
        return inFlight ? null : new LinkedHashSet<>(holders);
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        IpcObject o = handles.object(w.req.obj());
        s.append(", which can never return: nobody can set ").append(o.name).append(": the processes that hold it (")
                .append(names.of(helpers, w.process.pid)).append(") are all waiting");
    }
}
