package org.proclab.kernel;

import org.proclab.wire.Op;

/**
 * One operation as a worker sent it. {@code reqId} is 0 for fire-and-forget operations; {@code b}
 * carries a timeout in seconds (negative: none) or a number; {@code payload} is opaque bytes.
 */
record OpRequest(WorkerConnection from, int reqId, Op op, boolean mainThread, long obj, long a, double b, String text,
                 byte[] payload, long[] longs, String file, int line) {
    long pid() {
        return from.pid();
    }

    boolean wantsReply() {
        return reqId != 0;
    }
}
