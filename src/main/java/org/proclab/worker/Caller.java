package org.proclab.worker;

/**
 * Finds the line of the student's program that called into the API, so each event can point at it.
 */
public final class Caller {
    private static final StackWalker WALKER = StackWalker.getInstance();

    /** Source file and line of the first frame outside ProcLab's own API and worker code. */
    public record Site(String file, int line) {
        static final Site UNKNOWN = new Site(null, 0);
    }

    private Caller() {}

    public static Site find() {
        return WALKER.walk(frames -> frames
                .filter(f -> !isInternal(f.getClassName()))
                .findFirst()
                .map(f -> new Site(f.getFileName(), f.getLineNumber()))
                .orElse(Site.UNKNOWN));
    }

    private static boolean isInternal(String cls) {
        return cls.startsWith("org.proclab.mp.") || cls.startsWith("org.proclab.worker.")
                || cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.");
    }
}
