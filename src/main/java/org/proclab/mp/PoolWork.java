package org.proclab.mp;

import java.io.IOException;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.proclab.worker.Payloads;
import org.proclab.worker.PoolJob;
import org.proclab.worker.TaskPayload;

/** One unit of pool work: a function and its argument, or a chunk of arguments (for map). */
record PoolWork(Fn<Object, Object> fn, Object arg, boolean chunk) implements PoolJob {

    @Override
    public Object run() throws Exception {
        if (!chunk) {
            return fn.apply(arg);
        }
        List<Object> out = new ArrayList<>();
        for (Object a : (List<?>) arg) {
            out.add(fn.apply(a));
        }
        return (Serializable) out;
    }

    @Override
    public Object statelessFunction() {
        Object f = fn;
        boolean stateless = f instanceof Starred<?, ?, ?> s ? TaskPayload.isStateless(s.fn()) : TaskPayload.isStateless(f);
        return stateless ? fn : null;
    }

    /**
     * The rest's first byte: a number or null, compact; a chunk of numbers, booleans, strings and nulls, compact
     * too (a map's chunk of one costs more serialized than its value); any other argument or chunk, serialized.
     */
    private static final byte SIMPLE = 0, OBJECT = 1, CHUNK = 2, PLAIN_CHUNK = 3;

    @Override
    public byte[] restBytes() throws IOException {
        boolean simple = !chunk && (arg == null || arg instanceof Integer || arg instanceof Long || arg instanceof Double
                || arg instanceof Boolean);
        byte[] plainChunk = chunk ? Payloads.encodePlainList(arg) : null;
        byte[] body = simple ? Payloads.encode(arg) : plainChunk != null ? plainChunk : Payloads.serialize(arg, TaskPayload.WHAT);
        byte[] out = new byte[body.length + 1];
        out[0] = simple ? SIMPLE : plainChunk != null ? PLAIN_CHUNK : chunk ? CHUNK : OBJECT;
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    /** The job a worker runs: {@code function}, rebuilt or kept, and the argument in {@code rest}. */
    @SuppressWarnings("unchecked")
    static PoolJob rebuild(Object function, byte[] rest) throws IOException, ClassNotFoundException {
        if (rest.length < 2 || rest[0] < SIMPLE || rest[0] > PLAIN_CHUNK) {
            throw new StreamCorruptedException("the task is damaged: its argument cannot be read");
        }
        byte[] body = Arrays.copyOfRange(rest, 1, rest.length);
        boolean compact = rest[0] == SIMPLE || rest[0] == PLAIN_CHUNK;
        Object arg = compact ? Payloads.decode(body) : Payloads.deserialize(body);
        boolean chunk = rest[0] == CHUNK || rest[0] == PLAIN_CHUNK;
        if (chunk && !(arg instanceof List)) {
            throw new StreamCorruptedException("the task is damaged: its chunk is not a list");
        }
        return new PoolWork((Fn<Object, Object>) function, arg, chunk);
    }

    /** "square" for {@code Lesson::square}, "λ" for an inline lambda: what the pool views print. */
    static String nameOf(Fn<?, ?> fn) {
        Object given = fn;
        Serializable f = given instanceof Starred<?, ?, ?> s ? s.fn() : fn;
        return NAMES.computeIfAbsent(f.getClass(), c -> nameOfLambda(f));
    }

    /** Names by the function's class, which fixes it: finding a lambda's takes reflection, and each task asks. */
    private static final Map<Class<?>, String> NAMES = new ConcurrentHashMap<>();

    /** A starmap's function, called with the two arguments of each {@link Args}. */
    record Starred<A, B, R>(Fn2<A, B, R> fn) implements Fn<Args<A, B>, R> {
        @Override
        public R apply(Args<A, B> args) throws Exception {
            return fn.apply(args.first(), args.second());
        }
    }

    private static String nameOfLambda(java.io.Serializable fn) {
        try {
            Method m = fn.getClass().getDeclaredMethod("writeReplace");
            m.setAccessible(true);
            SerializedLambda sl = (SerializedLambda) m.invoke(fn);
            String name = sl.getImplMethodName();
            return name.startsWith("lambda$") ? "λ" : name;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return fn.getClass().getSimpleName();
        }
    }
}
