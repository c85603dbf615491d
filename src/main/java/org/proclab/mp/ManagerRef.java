package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.worker.HandleCapture;

/**
 * A manager as its server process knows it. Captured by the server's task, it tells the kernel that the new
 * child is the manager's server process.
 */
final class ManagerRef implements Serializable {
    private static final long serialVersionUID = 1L;
    final long id;

    ManagerRef(long id) {
        this.id = id;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
