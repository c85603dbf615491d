package org.proclab.kernel;

import org.proclab.wire.Wire;

/** Pipes, queues, locks and shared values hosted by the kernel. */
final class IpcObjects {
    private final Kernel kernel;

    IpcObjects(Kernel kernel) {
        this.kernel = kernel;
    }

    void handle(OpRequest r, ProcessRecord self) {
        kernel.reply(r, Wire.ERROR, 0, r.op() + " is not supported by this kernel");
    }

    /** A new child gets copies of handles: all its parent's (fork) or those its task captured (spawn). */
    void inherit(ProcessRecord parent, ProcessRecord child, long[] captured) {
    }

    void onBlocked(Waiter w) {
    }

    void onExit(ProcessRecord p) {
    }

    void checkHang() {
    }
}
