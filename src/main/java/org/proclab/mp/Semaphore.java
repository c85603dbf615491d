package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.HandleCapture;

/**
 * A counter shared by processes, like Python's {@code multiprocessing.Semaphore(value)}: {@link #acquire()}
 * takes one, waiting while it is 0; {@link #release()} adds one and lets a waiting process go on. Any process
 * may release it. A {@link BoundedSemaphore} refuses to go above its initial value.
 *
 * <pre>{@code
 * try (Semaphore slot = slots.enter()) {   // Python: with slots:
 *     ...                                 // at most `value` processes at a time run this
 * }
 * }</pre>
 */
public class Semaphore implements Serializable, AutoCloseable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final boolean bounded;

    /** A semaphore starting at 1, Python's {@code Semaphore()}. */
    public Semaphore() {
        this(1);
    }

    /**
     * A semaphore starting at {@code value}.
     *
     * @throws IllegalArgumentException if value is negative (Python raises ValueError)
     */
    public Semaphore(int value) {
        this(value, false);
    }

    Semaphore(int value, boolean bounded) {
        if (value < 0) {
            throw new IllegalArgumentException("semaphore initial value must be >= 0");
        }
        this.bounded = bounded;
        this.id = Kernel.create(Op.SEMAPHORE_NEW, value, bounded ? "bounded" : null);
    }

    /** Waits until the counter is above 0, then takes one; returns true. */
    public boolean acquire() {
        return acquire(-1);
    }

    /** Waits at most {@code seconds}; true if it took one. 0 means "don't wait". */
    public boolean acquire(double seconds) {
        return Kernel.call(Op.ACQUIRE, id, Kernel.thread(), seconds, null, null).status() == Wire.OK;
    }

    /**
     * Adds one, letting the first waiting process go on.
     *
     * @throws IllegalStateException if a bounded semaphore is already at its initial value (Python's ValueError)
     */
    public void release() {
        if (bounded) {
            Kernel.call(Op.RELEASE, id, Kernel.thread(), 0, null, null);
        } else {
            Kernel.tell(Op.RELEASE, id, Kernel.thread(), 0, null);
        }
    }

    /** The counter now, Python's {@code get_value()}. */
    public int getValue() {
        return (int) Kernel.call(Op.SEMAPHORE_VALUE, id).value();
    }

    /** Acquires and returns this semaphore, for try-with-resources: Python's {@code with sem:}. */
    public Semaphore enter() {
        acquire();
        return this;
    }

    /** Releases, as leaving Python's {@code with sem:} block does. */
    @Override
    public void close() {
        release();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
