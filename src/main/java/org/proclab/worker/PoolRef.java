package org.proclab.worker;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * A pool as its worker processes know it. Captured by a worker's task, it tells the kernel that the new
 * child is one of the pool's workers.
 */
public final class PoolRef implements Serializable {
    private static final long serialVersionUID = 1L;
    final long id;

    PoolRef(long id) {
        this.id = id;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
