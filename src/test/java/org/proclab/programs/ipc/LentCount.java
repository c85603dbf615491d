package org.proclab.programs.ipc;

import java.lang.reflect.Field;
import org.proclab.mp.Queue;
import org.proclab.worker.WorkerRuntime;

/** How many items a queue has lent this process and it has not taken: read past the API, for tests. */
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
}
