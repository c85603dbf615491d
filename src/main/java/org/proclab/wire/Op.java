package org.proclab.wire;

/** Operations a worker asks the kernel to perform; one OP frame each. */
public enum Op {
    // processes
    CHILD_STARTED, CHILD_OS_EXIT, JOIN, TERMINATE, KILL, SLEEP,
    // pipes
    PIPE_NEW, SEND, RECV, POLL, CLOSE,
    // queues
    QUEUE_NEW, PUT, GET, QSIZE,
    // locks
    LOCK_NEW, ACQUIRE, RELEASE,
    // shared values
    VALUE_NEW, VALUE_GET, VALUE_SET,
    // pools
    POOL_NEW, POOL_SUBMIT, POOL_NEXT_TASK, POOL_TASK_DONE, POOL_RESULTS, POOL_CALLBACK, POOL_STATE;

    private static final Op[] VALUES = values();

    public static Op of(int code) {
        if (code < 0 || code >= VALUES.length) {
            throw new IllegalArgumentException("unknown operation code " + code);
        }
        return VALUES[code];
    }
}
