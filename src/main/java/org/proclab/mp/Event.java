package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.HandleCapture;

/**
 * A flag shared by processes, like Python's {@code multiprocessing.Event}: {@link #set()} raises it and wakes
 * every process waiting in {@link #await()}; {@link #clear()} lowers it. Python's {@code wait()} is
 * {@code await()} here, since {@code wait} is taken by Java's {@code Object}.
 */
public final class Event implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;

    /** A new event, its flag down. */
    public Event() {
        this.id = Kernel.create(Op.EVENT_NEW, 0, null);
    }

    /** Raises the flag: every waiting process goes on, and later waits return at once. */
    public void set() {
        Kernel.call(Op.EVENT_SET, id);
    }

    /** Lowers the flag: later waits wait again. */
    public void clear() {
        Kernel.call(Op.EVENT_CLEAR, id);
    }

    /** True if the flag is up, Python's {@code is_set()}. */
    public boolean isSet() {
        return Kernel.call(Op.EVENT_IS_SET, id).value() == 1;
    }

    /** Waits until the flag is up, Python's {@code wait()}; returns true. */
    public boolean await() {
        return await(-1);
    }

    /** Waits at most {@code seconds} for the flag; true if it is up, false if the time ran out. */
    public boolean await(double seconds) {
        return Kernel.call(Op.EVENT_WAIT, id, 0, seconds, null, null).status() == Wire.OK;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
