package org.proclab.mp;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.proclab.worker.PoolJob;

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

    /** "square" for {@code Lesson::square}, "λ" for an inline lambda: what the pool views print. */
    static String nameOf(Fn<?, ?> fn) {
        return fn instanceof Starred<?, ?, ?> s ? nameOfLambda(s.fn()) : nameOfLambda(fn);
    }

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
