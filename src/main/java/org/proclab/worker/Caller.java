package org.proclab.worker;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the line of the student's program that called into the API, so each event can point at it: the first
 * frame outside ProcLab. Read from a new Throwable's backtrace where {@link Backtraces} can (a third of a walk's
 * cost), otherwise walked; either way its file and line are made once per call site (method and bytecode index)
 * and kept, since making them is most of the cost.
 */
public final class Caller {
    /**
     * Frames the walker fetches at once (two of them are its own bookkeeping). From this class to the program's
     * frame is 6 to 9 frames on the common paths (a send, a put, an acquire inside a try-with-resources); the
     * walker's default first batch holds 6 and fetching a second one made a pipe send about a fifth slower.
     */
    private static final int FIRST_BATCH = 12;
    /**
     * Reflection frames are shown so the walker does not test each frame's class against the reflection
     * classes (a JNI call per frame on a worker's C1 code); they are {@code java.} and {@code jdk.} frames,
     * which {@link #isInternal} skips anyway.
     */
    private static final StackWalker WALKER =
            StackWalker.getInstance(Set.of(StackWalker.Option.SHOW_REFLECT_FRAMES,
                    StackWalker.Option.RETAIN_CLASS_REFERENCE), FIRST_BATCH);
    /** Whether a frame's class is ProcLab's or the JDK's, kept per class: a walk asks it of every frame. */
    private static final ClassValue<Boolean> INTERNAL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isInternal(type.getName());
        }
    };
    /** Call sites remembered at most; a program with more still gets the right line, looked up each time. */
    static final int MAX_SITES = 4096;
    private static final Map<SiteKey, Site> SITES = new ConcurrentHashMap<>();

    /**
     * Source file and line of the first frame outside ProcLab's own API and worker code, with the file's name in
     * UTF-8 as every operation's frame carries it: made once per call site rather than on every operation.
     */
    public record Site(String file, int line, byte[] fileUtf8) {
        static final Site UNKNOWN = new Site(null, 0);

        public Site(String file, int line) {
            this(file, line, file == null ? null : file.getBytes(StandardCharsets.UTF_8));
        }

        /** The same file and line; the bytes follow from the file. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Site s && line == s.line && Objects.equals(file, s.file);
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, line);
        }

        @Override
        public String toString() {
            return "Site[file=" + file + ", line=" + line + "]";
        }
    }

    /** A call site: the same class, method and bytecode index always has the same file and line. */
    private record SiteKey(String cls, String method, String descriptor, int bci) {}

    private Caller() {}

    private static final Predicate<Class<?>> IS_INTERNAL = INTERNAL::get;
    private static final LongAdder LOOKUPS = new LongAdder();

    /** How many operations of this process looked their line up on the stack (not marked, {@link CallSites}). */
    public static long lookups() {
        return LOOKUPS.sum();
    }

    public static Site find() {
        Site noted = CallSites.take();
        if (noted != null) {
            return noted;
        }
        LOOKUPS.increment();
        Backtraces b = Backtraces.READER;
        Site s = b == null ? null : b.find(IS_INTERNAL);
        return s != null ? s : walk();
    }

    /** The same as {@link #find}, by a StackWalker's walk: where backtraces cannot be read, and for the tests. */
    public static Site walk() {
        return WALKER.walk(Caller::firstOutside);
    }

    private static Site firstOutside(Stream<StackWalker.StackFrame> frames) {
        Iterator<StackWalker.StackFrame> it = frames.iterator();
        while (it.hasNext()) {
            StackWalker.StackFrame f = it.next();
            if (!INTERNAL.get(f.getDeclaringClass())) {
                return site(f);
            }
        }
        return Site.UNKNOWN;
    }

    private static Site site(StackWalker.StackFrame f) {
        SiteKey key = new SiteKey(f.getClassName(), f.getMethodName(), f.getDescriptor(), f.getByteCodeIndex());
        Site known = SITES.get(key);
        if (known != null) {
            return known;
        }
        Site s = new Site(f.getFileName(), f.getLineNumber());
        if (SITES.size() < MAX_SITES) {
            SITES.putIfAbsent(key, s);
        }
        return s;
    }

    private static boolean isInternal(String cls) {
        return cls.startsWith("org.proclab.mp.") || cls.startsWith("org.proclab.worker.")
                || cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.");
    }
}
