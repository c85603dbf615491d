package org.proclab.worker;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

// javac warns about this import under -Xlint:all: reading a Throwable's private backtrace needs it (see below)
import sun.misc.Unsafe;

/**
 * Finds the caller's line from a new Throwable's backtrace, which HotSpot fills in native code at a third of the
 * cost of a StackWalker's walk (0.4 against 1.3 µs at a depth of eight, C1-compiled): every operation a program
 * makes looks up its line, so this is a good part of a send's or a locked increment's cost. The backtrace is
 * HotSpot's private record (method ids, bytecode indexes and classes, in arrays), read through Unsafe; a frame's
 * file and line are made from the Throwable's stack trace once per call site and kept. {@link #READER} is null
 * where the record is not as this class knows it (another JVM, a layout it did not check) or reading it would
 * warn (Unsafe's memory access, from JDK 24): then {@link Caller} walks the stack.
 */
final class Backtraces {
    /** HotSpot's backtrace: methods (short[]), bytecode indexes merged with versions (int[]), classes (Object[]). */
    private static final int METHODS = 0;
    private static final int BCIS = 1;
    private static final int MIRRORS = 2;
    /** Frames in the backtrace's first chunk; the program's frame is nearly always there. */
    private static final int CHUNK = 32;
    /** Sites remembered at most; a program with more still gets the right line, made each time. */
    private static final int MAX_SITES = 4096;

    static final Backtraces READER = create();

    private final Unsafe unsafe;
    private final long backtrace;
    private final long depth;
    private final Map<Class<?>, Map<Long, Caller.Site>> sites = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger known = new java.util.concurrent.atomic.AtomicInteger();

    private Backtraces(Unsafe unsafe, long backtrace, long depth) {
        this.unsafe = unsafe;
        this.backtrace = backtrace;
        this.depth = depth;
    }

    /**
     * The site of the first frame whose class {@code internal} does not claim ({@link Caller.Site#UNKNOWN} if
     * none); null if the backtrace cannot tell (no such frame in its first chunk, and more frames after): then
     * the caller walks.
     */
    Caller.Site find(Predicate<Class<?>> internal) {
        Throwable t = new Throwable();
        if (!(unsafe.getObject(t, backtrace) instanceof Object[] bt)) {
            return null;
        }
        short[] methods = (short[]) bt[METHODS];
        int[] bcis = (int[]) bt[BCIS];
        Object[] mirrors = (Object[]) bt[MIRRORS];
        int all = unsafe.getInt(t, depth);
        int frames = Math.min(all, Math.min(CHUNK, mirrors.length));
        for (int i = 0; i < frames; i++) {
            if (!(mirrors[i] instanceof Class<?> c) || internal.test(c)) {
                continue;
            }
            long key = ((long) methods[i] << 32) | (bcis[i] & 0xffffffffL);
            Map<Long, Caller.Site> ofClass = sites.computeIfAbsent(c, k -> new ConcurrentHashMap<>());
            Caller.Site s = ofClass.get(key);
            if (s == null) {
                StackTraceElement e = t.getStackTrace()[i];
                s = new Caller.Site(e.getFileName(), e.getLineNumber());
                if (known.incrementAndGet() <= MAX_SITES) {
                    ofClass.put(key, s);
                }
            }
            return s;
        }
        return all <= frames ? Caller.Site.UNKNOWN : null;
    }

    private static Backtraces create() {
        if (Runtime.version().feature() >= 24) {
            return null; // Unsafe's memory access warns from JDK 24 on (JEP 498): a student would see it
        }
        try {
            Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            Unsafe u = (Unsafe) theUnsafe.get(null);
            Backtraces b = new Backtraces(u, u.objectFieldOffset(Throwable.class.getDeclaredField("backtrace")),
                    u.objectFieldOffset(Throwable.class.getDeclaredField("depth")));
            return b.agreesWithItsStackTrace() ? b : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The layout check: a backtrace read here names the same frames, in order, as its Throwable's stack trace. */
    private boolean agreesWithItsStackTrace() {
        Throwable t = new Throwable();
        if (!(unsafe.getObject(t, backtrace) instanceof Object[] bt) || bt.length < 3
                || !(bt[METHODS] instanceof short[]) || !(bt[BCIS] instanceof int[]) || !(bt[MIRRORS] instanceof Object[] mirrors)) {
            return false;
        }
        StackTraceElement[] trace = t.getStackTrace();
        int n = unsafe.getInt(t, depth);
        if (n != trace.length || n == 0) {
            return false;
        }
        for (int i = 0; i < Math.min(n, Math.min(CHUNK, mirrors.length)); i++) {
            if (!(mirrors[i] instanceof Class<?> c) || !c.getName().equals(trace[i].getClassName())) {
                return false;
            }
        }
        return true;
    }
}
