package org.proclab.kernel;

import org.proclab.wire.Op;

/**
 * One operation as a worker sent it. {@code reqId} is 0 when the worker does not wait for an answer (a
 * hand-over paid from credit, or a record); {@code b} carries a timeout in seconds (negative: none) or a
 * number; {@code payload} is opaque bytes; {@code longs} are handles (captured by a task, or declared inside
 * a message). {@code child} is the verified identity of the process a CHILD_STARTED reports, or null;
 * {@code foreignChild} says that the operating system knows that process and it is not the caller's child.
 */
record OpRequest(WorkerConnection from, int reqId, Op op, boolean mainThread, long obj, long a, double b, String text,
                 byte[] payload, long[] longs, String file, int line, ProcessIdentity child, boolean foreignChild) {
    long pid() {
        return from.pid();
    }

    /** The pid boxed, for map look-ups (one box per connection). */
    Long pidKey() {
        return from.pidKey();
    }

    boolean wantsReply() {
        return reqId != 0;
    }

    long size() {
        return payload == null ? 0 : payload.length;
    }
}
