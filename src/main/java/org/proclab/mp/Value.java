package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.Payloads;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * A number shared by processes, like Python's {@code multiprocessing.Value('i', 0)}.
 *
 * <p>{@link #get()} and {@link #set} are two separate operations. So {@code v.set(v.get() + 1)} run by
 * two processes at once can lose an update: both read 0, both write 1. Hold {@link #getLock()} around
 * the read and the write to make them one step, as Python's {@code with v.get_lock():}.
 *
 * <p>To save time, the process that takes the value's lock while nobody waits for it is handed the lock and the
 * value: its next acquires, releases, reads and writes need no trip to ProcLab's kernel, which still records each
 * one, in order. When any other process uses the lock or the value, they are handed back first, so every process
 * sees the value as it is.
 *
 * @param <T> Integer, Long or Double
 */
public final class Value<T extends Number> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final Lock lock;

    private Value(String typecode, T initial) {
        WorkerRuntime rt = WorkerRuntime.get();
        this.id = rt.newObjectId();
        long lockId = rt.newObjectId();
        rt.client().tell(Op.VALUE_NEW, id, lockId, 0, typecode + ":" + initial, Payloads.encode(initial), null);
        this.lock = new Lock(lockId);
    }

    /** A shared int, Python's {@code Value('i', initial)}. */
    public static Value<Integer> ofInt(int initial) {
        return new Value<>("i", initial);
    }

    /** A shared long, Python's {@code Value('l', initial)}. */
    public static Value<Long> ofLong(long initial) {
        return new Value<>("l", initial);
    }

    /** A shared double, Python's {@code Value('d', initial)}. */
    public static Value<Double> ofDouble(double initial) {
        return new Value<>("d", initial);
    }

    /** Reads the current value. */
    @SuppressWarnings("unchecked")
    public T get() {
        byte[] bytes = WorkerRuntime.get().client().lentLocks().get(lock.id(), id, Kernel.thread());
        if (bytes == null) {
            Reply r = WorkerRuntime.get().client().call(Op.VALUE_GET, id);
            if (r.failed()) {
                throw new IllegalStateException(r.text());
            }
            bytes = r.payload();
        }
        try {
            return (T) Payloads.decode(bytes);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a new value. */
    public void set(T value) {
        String text = String.valueOf(value);
        byte[] bytes = Payloads.encode(value);
        if (!WorkerRuntime.get().client().lentLocks().set(lock.id(), id, text, bytes, Kernel.thread())) {
            WorkerRuntime.get().client().tell(Op.VALUE_SET, id, 0, 0, text, bytes, null);
        }
    }

    /** The lock that comes with this value, Python's {@code get_lock()}. */
    public Lock getLock() {
        return lock;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
