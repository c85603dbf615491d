package org.proclab.kernel;

import java.util.concurrent.ScheduledFuture;

/** A blocking call the kernel has not answered yet: a join, recv, get, put or acquire. */
final class Waiter {
    final OpRequest req;
    final ProcessRecord process;
    final boolean mainThread;
    final double timeoutSeconds;
    /** What it waits on, for people: "recv() on pipe#1 end 0". */
    final String description;
    ScheduledFuture<?> timer;
    /** For a put() waiting on a full queue: the item it will add. */
    IpcObject.Item item;

    Waiter(OpRequest req, ProcessRecord process, boolean mainThread, String description) {
        this.req = req;
        this.process = process;
        this.mainThread = mainThread;
        this.timeoutSeconds = req.b();
        this.description = description;
    }

    boolean untimed() {
        return timeoutSeconds < 0;
    }
}
