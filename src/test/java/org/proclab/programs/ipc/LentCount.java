package org.proclab.programs.ipc;

import java.lang.reflect.Field;
import org.proclab.mp.Lock;
import org.proclab.mp.Queue;
import org.proclab.worker.WorkerRuntime;

/** What a queue or a lock has lent this process: read past the API, for tests. */
final class LentCount {
    private LentCount() {}

    static int of(Queue<?> q) {
        try {
            Field id = Queue.class.getDeclaredField("id");
            id.setAccessible(true);
            return WorkerRuntime.get().client().lent().held((Long) id.get(q));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the kernel lent this lock (and its value) to this process now. */
    static boolean holds(Lock l) {
        try {
            Field id = Lock.class.getDeclaredField("id");
            id.setAccessible(true);
            return WorkerRuntime.get().client().lentLocks().holds((Long) id.get(l));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
