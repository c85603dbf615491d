package org.proclab.mp;

import org.proclab.wire.Op;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/** The calls the synchronization primitives make to the kernel, and how they read its answers. */
final class Kernel {
    private Kernel() {}

    /** The calling thread, as the kernel knows an RLock's or a condition's owner. */
    static long thread() {
        return Thread.currentThread().getId();
    }

    /** Asks and waits for the answer; an error or refusal becomes an IllegalStateException with the kernel's reason. */
    static Reply call(Op op, long obj, long a, double b, String text, long[] longs) {
        Reply r = WorkerRuntime.get().client().call(op, obj, a, b, text, null, longs);
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
        return r;
    }

    static Reply call(Op op, long obj) {
        return call(op, obj, 0, 0, null, null);
    }

    /** Fire-and-forget, for what Python does not wait for (a release by the holder, a set). */
    static void tell(Op op, long obj, long a, double b, String text) {
        WorkerRuntime.get().client().tell(op, obj, a, b, text, null, null);
    }

    /** A new object's id, and its creation told to the kernel (the caller checked the arguments). */
    static long create(Op op, long a, String text) {
        WorkerRuntime rt = WorkerRuntime.get();
        long id = rt.newObjectId();
        rt.client().tell(op, id, a, 0, text, null, null);
        return id;
    }

    /** A time-out in seconds as the kernel takes it: -1 waits for ever, 0 does not wait. */
    static double timeout(double seconds) {
        return Math.max(0, seconds);
    }
}
