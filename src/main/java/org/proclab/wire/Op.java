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
    POOL_NEW, POOL_SUBMIT, POOL_NEXT_TASK, POOL_TASK_DONE, POOL_RESULTS, POOL_CALLBACK, POOL_STATE,
    /** The owner waits until the pool's workers are ready (in {@code new Pool(n)}). */
    POOL_READY,
    /** The owner's result handler has delivered these tasks' results (longs = task ids). */
    POOL_DELIVERED,
    /** A thread of the owner waits until these tasks' results are delivered (longs = task ids). */
    POOL_WAIT,
    /** The program reports a named value for the views ({@code MP.report}): text = key, '=', value. */
    REPORT,
    // events (a flag processes wait for)
    EVENT_NEW, EVENT_SET, EVENT_CLEAR, EVENT_IS_SET, EVENT_WAIT,
    // semaphores (ACQUIRE and RELEASE serve them too); whether a lock is held
    SEMAPHORE_NEW, SEMAPHORE_VALUE, LOCKED,
    // conditions over a lock
    CONDITION_NEW, CONDITION_WAIT, NOTIFY,
    // barriers
    BARRIER_NEW, BARRIER_WAIT, BARRIER_ACTION_DONE, BARRIER_ABORT, BARRIER_RESET, BARRIER_STATE,
    // joinable queues
    QUEUE_TASK_DONE, QUEUE_JOIN,
    // shared arrays
    ARRAY_NEW, ARRAY_GET, ARRAY_SET,
    /** multiprocessing.connection.wait over several pipe ends (longs = the end handles). */
    CONN_WAIT,
    // managers (a server process keeping shared objects) and their proxies
    MANAGER_NEW, MANAGER_READY, MANAGER_NEXT, MANAGER_REPLY, MANAGER_SHUTDOWN, PROXY_NEW, PROXY_CALL,
    /** A get took the first item its queue had lent this process ({@code obj} = the queue): it is got now. */
    LENT_TAKEN,
    /**
     * The process answers a RECALL: {@code a} = how many lent items of queue {@code obj} it gives back, all it has;
     * of a lent lock ({@code obj}), the lock and its value, {@code a} = 0.
     */
    LENT_GIVE_BACK,
    /**
     * A thread of the process was interrupted while its call waited: {@code a} = that call's request id. The
     * kernel ends the call with CANCELLED if it still waits, and otherwise lets its answer stand.
     */
    CANCEL,
    /**
     * The process did {@code a} (the ordinal of ACQUIRE, RELEASE, VALUE_GET or VALUE_SET) by itself on the lock or
     * value {@code obj} lent to it, {@code longs} = {the calling thread}: the kernel records it now.
     */
    LENT_DONE,
    /**
     * Answers PIPE_LEND for the pipe end {@code obj} (a reader's own end, {@code b} = 0; a writer's, {@code b} = 1):
     * {@code a} = 1 when this process is ready (a reader listens at the path, a writer is connected and copies every
     * message it sends from now on), 0 when it could not.
     */
    PIPE_LEND_READY,
    /**
     * The process took the first message of the lent read end {@code obj} from the writer's copy: it is received
     * now. If the writer's SEND of it has not reached the kernel yet, the kernel waits for it before it goes on
     * with this process's frames.
     */
    PIPE_TOOK,
    /** Answers PIPE_UNLEND for the read end {@code obj}: no message is taken from a copy after this. */
    PIPE_GIVE_BACK;

    private static final Op[] VALUES = values();

    /** The operation with this code, or null if there is none. */
    public static Op of(int code) {
        return code < 0 || code >= VALUES.length ? null : VALUES[code];
    }
}
