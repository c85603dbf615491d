package org.proclab.worker;

/** For {@code CallerTest}: frames of ProcLab's own worker code, as many as asked, between a program and the walk. */
public final class DeepInside {
    private DeepInside() {}

    /** {@link Caller#find()} called {@code depth} worker frames below the caller of this method. */
    public static Caller.Site find(int depth) {
        return depth > 0 ? find(depth - 1) : Caller.find();
    }
}
