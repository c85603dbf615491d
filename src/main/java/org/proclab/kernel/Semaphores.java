package org.proclab.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Python's {@code Semaphore} and {@code BoundedSemaphore}: a counter that {@code acquire()} takes one from,
 * waiting while it is 0, and {@code release()} adds one to, waking the first waiter. Any process holding
 * it may release; a bounded one refuses to go above its initial value. Lock held.
 */
final class Semaphores {
    static final String TOO_MANY = "semaphore or lock released too many times";

    static final class SemaphoreObj extends IpcObject {
        final boolean bounded;
        final long initial;
        long value;
        final List<Waiter> waiters = new ArrayList<>();

        SemaphoreObj(long id, String name, boolean bounded, long value) {
            super(id, name);
            this.bounded = bounded;
            this.initial = value;
            this.value = value;
        }
    }

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;

    Semaphores(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
    }

    /** SEMAPHORE_NEW: {@code a} = initial value, text = "bounded" or none. */
    void create(OpRequest r) {
        if (r.a() < 0 || r.a() > Integer.MAX_VALUE) {
            kernel.refuse(r, null, "a semaphore's initial value must be 0 or more");
            return;
        }
        boolean bounded = "bounded".equals(r.text());
        SemaphoreObj s = new SemaphoreObj(r.obj(), ipc.nextName("semaphore"), bounded, r.a());
        if (!handles.register(r, s.id, s)) {
            return;
        }
        kernel.event(r, EventKind.SEMAPHORE_NEW, s.name, bounded ? "bounded" : null, s.value);
        handles.grant(r.pid(), s, 0, "create", r);
        kernel.reply(r, Wire.OK, 0, null);
    }

    void acquire(OpRequest r, ProcessRecord self, SemaphoreObj s) {
        if (s.value > 0) {
            take(s, r);
        } else if (r.b() == 0) {
            kernel.event(r, EventKind.TIMEOUT, s.name, "acquire()", Event.NO_NUM);
            kernel.reply(r, Wire.TIMEOUT, 0, null);
        } else {
            s.waiters.add(kernel.block(r, self, s.name, "acquire()", "acquire() on " + s.name, r.b(),
                    gone -> s.waiters.remove(gone)));
        }
    }

    private void take(SemaphoreObj s, OpRequest r) {
        s.value--;
        kernel.event(r, EventKind.ACQUIRE, s.name, null, s.value);
        kernel.reply(r, Wire.OK, 1, null);
    }

    void release(OpRequest r, SemaphoreObj s) {
        if (s.bounded && s.value >= s.initial) {
            if (r.wantsReply()) {
                kernel.reply(r, Wire.ERROR, 0, TOO_MANY);
            } else {
                kernel.note(r.pid(), "release() of " + s.name + " was ignored: " + TOO_MANY);
            }
            return;
        }
        s.value++;
        kernel.event(r, EventKind.RELEASE, s.name, null, s.value);
        kernel.reply(r, Wire.OK, 0, null);
        while (s.value > 0 && !s.waiters.isEmpty()) {
            Waiter w = s.waiters.remove(0);
            kernel.unblock(w);
            take(s, w.req);
        }
    }

    /** SEMAPHORE_VALUE: Python's {@code get_value()}. */
    void value(OpRequest r) {
        SemaphoreObj s = ipc.held(r, SemaphoreObj.class, "semaphore");
        if (s != null) {
            kernel.reply(r, Wire.OK, s.value, null);
        }
    }

    void forgetWaiters(ProcessRecord p, SemaphoreObj s) {
        s.waiters.removeIf(w -> w.process == p);
    }

    /** Anyone holding the semaphore could release it. */
    Set<Long> helpers(Waiter w) {
        IpcObject o = handles.object(w.req.obj());
        return o == null ? Set.of() : EventFlags.helpers(handles.holders(o.key(0)), handles.inFlight(o.key(0)));
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        IpcObject o = handles.object(w.req.obj());
        s.append(", which can never return: ").append(o.name).append(" is 0, and the processes that could release it (")
                .append(names.of(helpers, w.process.pid)).append(") are waiting too");
    }
}
