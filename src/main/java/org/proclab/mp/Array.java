package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.proclab.wire.Op;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * A fixed number of numbers shared by processes, like Python's {@code multiprocessing.Array('i', 5)}: each
 * cell is read and written on its own, so {@code a.set(0, a.get(0) + 1)} run by two processes can lose an
 * update, as with a {@link Value}; hold {@link #getLock()} around it.
 *
 * @param <T> Integer, Long or Double
 */
public final class Array<T extends Number> implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The most cells an array may have. */
    public static final int MAX_LENGTH = 1 << 20;

    private final long id;
    private final char typecode;
    private final int length;
    private final Lock lock;

    private Array(char typecode, List<? extends Number> initial) {
        if (initial.size() > MAX_LENGTH) {
            throw new IllegalArgumentException("an array holds at most " + MAX_LENGTH + " cells");
        }
        this.typecode = typecode;
        this.length = initial.size();
        WorkerRuntime rt = WorkerRuntime.get();
        this.id = rt.newObjectId();
        long lockId = rt.newObjectId();
        rt.client().tell(Op.ARRAY_NEW, id, lockId, 0, String.valueOf(typecode), encode(initial), null);
        this.lock = new Lock(lockId);
    }

    /** {@code length} ints, all 0: Python's {@code Array('i', length)}. */
    public static Array<Integer> ofInts(int length) {
        return new Array<>('i', zeros(length, 0));
    }

    /** These ints: Python's {@code Array('i', [1, 2, 3])}. */
    public static Array<Integer> ofInts(int... values) {
        List<Integer> l = new ArrayList<>();
        for (int v : values) {
            l.add(v);
        }
        return new Array<>('i', l);
    }

    /** {@code length} longs, all 0: Python's {@code Array('l', length)}. */
    public static Array<Long> ofLongs(int length) {
        return new Array<>('l', zeros(length, 0L));
    }

    /** These longs: Python's {@code Array('l', [1, 2, 3])}. {@code ofLongs(5)} is five zeros; {@code ofLongs(5L)} one 5. */
    public static Array<Long> ofLongs(long... values) {
        List<Long> l = new ArrayList<>();
        for (long v : values) {
            l.add(v);
        }
        return new Array<>('l', l);
    }

    /** {@code length} doubles, all 0.0: Python's {@code Array('d', length)}. */
    public static Array<Double> ofDoubles(int length) {
        return new Array<>('d', zeros(length, 0.0));
    }

    /** These doubles: Python's {@code Array('d', [0.5, 1.5])}. */
    public static Array<Double> ofDoubles(double... values) {
        List<Double> l = new ArrayList<>();
        for (double v : values) {
            l.add(v);
        }
        return new Array<>('d', l);
    }

    private static <N extends Number> List<N> zeros(int length, N zero) {
        if (length < 0) {
            throw new IllegalArgumentException("an array's length must be 0 or more");
        }
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("an array holds at most " + MAX_LENGTH + " cells");
        }
        return java.util.Collections.nCopies(length, zero);
    }

    /** How many cells, Python's {@code len(a)}. */
    public int length() {
        return length;
    }

    /** Reads cell {@code i}, Python's {@code a[i]}. */
    public T get(int i) {
        check(i);
        Reply r = Kernel.call(Op.ARRAY_GET, id, i, 0, null, null);
        return decode(r.payload()).get(0);
    }

    /** Writes cell {@code i}, Python's {@code a[i] = value}. */
    public void set(int i, T value) {
        check(i);
        WorkerRuntime.get().client().tell(Op.ARRAY_SET, id, i, 0, String.valueOf(value), encode(List.of(value)), null);
    }

    /** Every cell, read in one step: Python's {@code a[:]}. */
    public List<T> toList() {
        return decode(Kernel.call(Op.ARRAY_GET, id, 0, 1, null, null).payload());
    }

    /** Writes every cell in one step, Python's {@code a[:] = values}. */
    public void setAll(List<T> values) {
        if (values.size() != length) {
            throw new IllegalArgumentException("can only assign " + length + " values to this array, not " + values.size());
        }
        WorkerRuntime.get().client().tell(Op.ARRAY_SET, id, 0, 1, null, encode(values), null);
    }

    /** The lock that comes with this array, Python's {@code get_lock()}. */
    public Lock getLock() {
        return lock;
    }

    private void check(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException("array index " + i + " out of range (length " + length + ")");
        }
    }

    private byte[] encode(List<? extends Number> values) {
        ByteBuffer b = ByteBuffer.allocate(values.size() * (typecode == 'i' ? 4 : 8));
        for (Number n : values) {
            switch (typecode) {
                case 'i' -> b.putInt(n.intValue());
                case 'l' -> b.putLong(n.longValue());
                default -> b.putDouble(n.doubleValue());
            }
        }
        return b.array();
    }

    @SuppressWarnings("unchecked")
    private List<T> decode(byte[] cells) {
        ByteBuffer b = ByteBuffer.wrap(cells);
        List<T> out = new ArrayList<>();
        while (b.hasRemaining()) {
            Number n = switch (typecode) {
                case 'i' -> b.getInt();
                case 'l' -> b.getLong();
                default -> b.getDouble();
            };
            out.add((T) n);
        }
        return out;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
