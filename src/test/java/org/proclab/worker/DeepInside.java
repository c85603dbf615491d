package org.proclab.worker;

/** For {@code CallerTest}: frames of ProcLab's own worker code between a program and the lookup of its line. */
public final class DeepInside {
    private DeepInside() {}

    /** {@link Caller#find()} called {@code depth} worker frames below the caller of this method. */
    public static Caller.Site find(int depth) {
        return depth > 0 ? find(depth - 1) : Caller.find();
    }

    /** The caller's site found both ways: from a backtrace where it can be read ({@link Caller#find()}), and walked. */
    public static Caller.Site[] bothWays() {
        return new Caller.Site[] {Caller.find(), Caller.walk()};
    }
}
