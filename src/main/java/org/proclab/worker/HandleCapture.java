package org.proclab.worker;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects the handles (pipe ends, queues, locks, values) a task captures while it is serialized for
 * a new process. Under the {@code spawn} start method those are the only handles the child gets.
 */
public final class HandleCapture {
    private static final ThreadLocal<HandleCapture> ACTIVE = new ThreadLocal<>();
    private final Set<Long> handles = new LinkedHashSet<>();

    private HandleCapture() {}

    public static HandleCapture begin() {
        HandleCapture c = new HandleCapture();
        ACTIVE.set(c);
        return c;
    }

    /** Called by a handle's serialization hook; does nothing outside a capture. */
    public static void note(long handle) {
        HandleCapture c = ACTIVE.get();
        if (c != null) {
            c.handles.add(handle);
        }
    }

    public long[] end() {
        ACTIVE.remove();
        long[] out = new long[handles.size()];
        int i = 0;
        for (long h : handles) {
            out[i++] = h;
        }
        return out;
    }
}
