package org.proclab.kernel;

import java.util.List;
import org.proclab.kernel.IpcObject.LockObj;
import org.proclab.kernel.IpcObject.ValueObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Shared values: a number the kernel keeps as the bytes a process wrote, with the lock that comes with it.
 * {@code get} and {@code set} are separate operations, so an unlocked read-modify-write can lose an update,
 * as in Python. Lock held.
 */
final class Values {
    /** A value is an int, long or double: its encoding is a tag and at most eight bytes. */
    private static final int MAX_VALUE_BYTES = 16;
    private static final int MAX_TEXT = 64;

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;

    Values(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
    }

    void create(OpRequest r, Locks locks) {
        String text = r.text();
        if (!fits(r) || text == null || text.indexOf(':') < 0) {
            kernel.refuse(r, null, "a shared value is a number: typecode:initial and at most " + MAX_VALUE_BYTES + " bytes");
            return;
        }
        String why = handles.idProblem(r.pid(), r.obj());
        if (why != null || r.a() == r.obj()) {
            kernel.refuse(r, null, why != null ? why : "a value and its lock need two ids");
            return;
        }
        String name = ipc.nextName("value");
        LockObj lock = locks.create(r, r.a(), name + ".lock", false);
        if (lock == null) {
            return;
        }
        ValueObj v = new ValueObj(r.obj(), name, lock);
        lock.value = v;
        handles.register(r, v.id, v);
        v.current = r.payload();
        v.display = text.substring(text.indexOf(':') + 1);
        kernel.event(r, EventKind.VALUE_NEW, v.name, text, Event.NO_NUM);
        handles.grant(r.pid(), v, 0, "create", r);
    }

    void get(OpRequest r) {
        ValueObj v = ipc.held(r, ValueObj.class, "shared value");
        if (v != null) {
            kernel.event(r, EventKind.VALUE_GET, v.name, v.display, Event.NO_NUM);
            kernel.reply(r, Wire.OK, 0, null, List.of(v.current), 0);
        }
    }

    void set(OpRequest r) {
        ValueObj v = ipc.held(r, ValueObj.class, "shared value");
        if (v == null) {
            return;
        }
        if (!fits(r)) {
            kernel.refuse(r, v.name, "a shared value holds a number of at most " + MAX_VALUE_BYTES + " bytes");
            return;
        }
        v.current = r.payload();
        v.display = r.text();
        kernel.event(r, EventKind.VALUE_SET, v.name, v.display, Event.NO_NUM);
        kernel.reply(r, Wire.OK, 0, null);
    }

    private static boolean fits(OpRequest r) {
        return r.payload() != null && r.payload().length <= MAX_VALUE_BYTES
                && (r.text() == null || r.text().length() <= MAX_TEXT);
    }
}
