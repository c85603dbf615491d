package org.proclab.mp;

import org.proclab.wire.Op;
import org.proclab.worker.WorkerRuntime;

/**
 * A pipe between processes, like Python's {@code Pipe()}: two connected ends.
 *
 * <pre>{@code
 * Pipe p = Pipe.open();          // duplex: both ends can send and receive
 * Connection a = p.first(), b = p.second();
 * a.send("hi");
 * String s = b.recv();           // "hi"
 * }</pre>
 *
 * {@code Pipe.open(false)} gives a one-way pipe: {@link #first()} can only receive and
 * {@link #second()} can only send, as {@code r, w = Pipe(duplex=False)} in Python.
 */
public final class Pipe implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Connection first;
    private final Connection second;

    private Pipe(boolean duplex) {
        WorkerRuntime rt = WorkerRuntime.get();
        long id = rt.newObjectId();
        rt.client().tell(Op.PIPE_NEW, id, duplex ? 1 : 0, 0, null, null, null);
        this.first = new Connection(id, 0, true, duplex);
        this.second = new Connection(id, 1, duplex, true);
    }

    /** A duplex pipe: both ends send and receive. */
    public static Pipe open() {
        return new Pipe(true);
    }

    /** A duplex pipe ({@code true}) or a one-way pipe ({@code false}: first receives, second sends). */
    public static Pipe open(boolean duplex) {
        return new Pipe(duplex);
    }

    public Connection first() {
        return first;
    }

    public Connection second() {
        return second;
    }
}
