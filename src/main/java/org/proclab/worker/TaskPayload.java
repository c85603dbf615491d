package org.proclab.worker;

import java.io.IOException;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The bytes of a pool task. Rebuilding a lambda from its serialized form is the dearest part of a small task
 * (tens of microseconds, by reflection, in every task), so a task whose function holds no state (a lambda or
 * method reference that captures nothing, {@link #isStateless}) travels as two parts: the function's bytes,
 * serialized once per function in the sender, and the rest of the job ({@link PoolJob#restBytes()}: a number
 * as argument takes a few bytes and no Java serialization). A worker rebuilds each such function once and
 * reuses it: with nothing captured, a new copy and the kept one behave the same. A function that captures
 * something travels whole in every task and is rebuilt every time, as Python unpickles a task's function
 * with its arguments.
 *
 * <p>Layout: a whole task is Java serialization (it begins with {@code 0xACED}); a split one is the byte
 * {@link #SPLIT}, the function's length (int), the function's serialization, then the rest. The kernel never
 * reads either: only the pool's sender and workers do.
 */
public final class TaskPayload {
    /** What a task is called when it is too large or cannot travel. */
    public static final String WHAT = "a pool task (its function and argument)";
    static final byte SPLIT = 1;
    /** How many functions a worker keeps rebuilt: a program uses a handful per pool. */
    static final int KEPT_FUNCTIONS = 16;

    /** The sender's functions, serialized once each (weakly: a function the program drops goes). */
    private static final Map<Object, byte[]> SENT = new WeakHashMap<>();
    /** Per class: whether its instances are lambdas that capture nothing. */
    private static final ClassValue<Boolean> STATELESS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return capturesNothing(type);
        }
    };

    /** The worker's rebuilt functions, by their bytes, the least recently used dropped first. */
    private final Map<ByteBuffer, Object> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Object> eldest) {
            return size() > KEPT_FUNCTIONS;
        }
    };

    private final PoolJob.Rebuilder rebuilder;
    /** How many functions this worker has rebuilt from their bytes. */
    private int rebuilt;

    /** A worker's decoder; {@code rebuilder} makes a job from a function and the rest of a split task. */
    public TaskPayload(PoolJob.Rebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    /** The bytes of {@code job}. */
    public static byte[] encode(PoolJob job) throws IOException {
        Object fn = job.statelessFunction();
        if (fn == null) {
            return Payloads.serialize(job, WHAT);
        }
        byte[] fnBytes = functionBytes(fn);
        byte[] rest = job.restBytes();
        long total = 5L + fnBytes.length + rest.length;
        if (total > Payloads.MAX_MESSAGE_BYTES) {
            throw MessageTooLargeException.of(WHAT, total, Payloads.MAX_MESSAGE_BYTES);
        }
        return ByteBuffer.allocate((int) total).put(SPLIT).putInt(fnBytes.length).put(fnBytes).put(rest).array();
    }

    private static byte[] functionBytes(Object fn) throws IOException {
        synchronized (SENT) {
            byte[] b = SENT.get(fn);
            if (b == null) {
                b = Payloads.serialize(fn, WHAT);
                SENT.put(fn, b);
            }
            return b;
        }
    }

    /** The job in {@code data}, its function rebuilt or reused; in a worker, by the thread that runs tasks. */
    public PoolJob decode(byte[] data) throws IOException, ClassNotFoundException {
        if (data.length == 0 || data[0] != SPLIT) {
            return (PoolJob) Payloads.deserialize(data);
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        in.get();
        int fnLength = in.remaining() >= 4 ? in.getInt() : -1;
        if (fnLength < 0 || fnLength > in.remaining()) {
            throw new StreamCorruptedException("the task is damaged: its function's length is " + fnLength
                    + " of the " + in.remaining() + " bytes left");
        }
        ByteBuffer fnBytes = ByteBuffer.wrap(data, 5, fnLength).slice();
        byte[] rest = Arrays.copyOfRange(data, 5 + fnLength, data.length);
        Object fn = kept.get(fnBytes);
        if (fn != null) {
            return rebuilder.rebuild(fn, rest);
        }
        byte[] fnCopy = Arrays.copyOfRange(data, 5, 5 + fnLength); // the key holds these bytes only, not the task's
        fn = Payloads.deserialize(fnCopy);
        rebuilt++;
        PoolJob job = rebuilder.rebuild(fn, rest);
        if (job.statelessFunction() != fn) { // a crafted task may not make a worker keep state between tasks
            throw new StreamCorruptedException("the task is damaged: its function, sent apart, holds state");
        }
        kept.put(ByteBuffer.wrap(fnCopy), fn);
        return job;
    }

    /** How many functions sent apart this worker has rebuilt so far (the rest it reused). */
    int rebuilt() {
        return rebuilt;
    }

    /**
     * Whether {@code fn} is a serializable lambda or method reference that captures nothing: no state of its
     * own, so one rebuilt copy may serve every task.
     */
    public static boolean isStateless(Object fn) {
        return fn instanceof Serializable && STATELESS.get(fn.getClass());
    }

    private static boolean capturesNothing(Class<?> type) {
        if (!type.isSynthetic() || type.getDeclaredFields().length > 0) {
            return false; // not a lambda, or one that holds what it captured
        }
        try {
            Method m = type.getDeclaredMethod("writeReplace");
            return m.getReturnType() == Object.class; // a serializable lambda's: it gives a SerializedLambda
        } catch (NoSuchMethodException | SecurityException e) {
            return false;
        }
    }
}
