package org.proclab.wire;

/**
 * Frame and operation codes of the control protocol between a worker JVM and the kernel, and its limits.
 * The layout of every frame is described in {@code diagrams/control-protocol.md}.
 */
public final class Wire {
    private Wire() {}

    /** Environment variable naming the kernel's Unix-domain socket. */
    public static final String ENV_SOCKET = "PROCLAB_SOCKET";
    /** Environment variable holding the per-session token a worker must present. */
    public static final String ENV_TOKEN = "PROCLAB_TOKEN";
    /** Environment variable naming the start method: fork or spawn. */
    public static final String ENV_START_METHOD = "PROCLAB_START_METHOD";
    /** Environment variable with extra JVM flags for worker JVMs, space separated. */
    public static final String ENV_JVM_FLAGS = "PROCLAB_JVM_FLAGS";

    /** The largest message (one send, put, pool argument or result) a process may hand over: 64 MiB. */
    public static final int MAX_MESSAGE = 64 << 20;
    /** The largest frame: one message plus room for the fields around it. */
    public static final int MAX_FRAME = MAX_MESSAGE + (1 << 20);
    /** The largest HELLO, the only frame a peer may send before its token is checked. */
    public static final int MAX_HELLO = 256;
    /** The length of a session token (hex digits of 24 random bytes). */
    public static final int TOKEN_LENGTH = 48;
    /** Most bytes of output one OUTPUT frame carries; longer output is cut into several. */
    public static final int MAX_OUTPUT_CHUNK = 64 << 10;

    // worker -> kernel
    public static final byte HELLO = 1;
    public static final byte OP = 2;
    public static final byte OUTPUT = 3;
    public static final byte EXIT = 4;
    public static final byte SHUTDOWN = 5;
    public static final byte PROBE_ANSWER = 6;

    // kernel -> worker
    public static final byte HELLO_ACK = 20;
    public static final byte REPLY = 21;
    public static final byte MODE = 22;
    public static final byte PROBE = 23;
    /**
     * The kernel wants back what it lent this process: a queue's items or a pool's tasks not yet taken, a lock with
     * its value. A LENT_GIVE_BACK answers.
     */
    public static final byte RECALL = 24;
    /**
     * Kernel to worker: a pipe end is lent to this process and the holder of the other: long handle, string path,
     * long token, boolean reader. A reader listens at the path, a writer connects to it (PIPE_LEND_READY answers).
     */
    public static final byte PIPE_LEND = 25;
    /** Kernel to the reader: copies come from here on, after int ahead messages only the kernel holds. */
    public static final byte PIPE_LENT = 26;
    /**
     * Kernel to either holder: the lent end (long handle, boolean reader: the reader's end, or the writer's own
     * end whose peer was lent) is the kernel's alone again; a reader answers PIPE_GIVE_BACK.
     */
    public static final byte PIPE_UNLEND = 27;

    // reply status
    public static final byte OK = 0;
    public static final byte EOF = 1;
    public static final byte TIMEOUT = 2;
    public static final byte ERROR = 3;
    /** The kernel refused the operation: the process has no handle of that object, or broke a rule. */
    public static final byte REFUSED = 4;
    /** The call was cancelled at its thread's interrupt before anything came of it. */
    public static final byte CANCELLED = 5;

    // POOL_SUBMIT's b: which of the owner's callbacks wait for this task (the TASK_SUBMIT event's num is the same)
    /** A callback runs in the pool's owner once this task returns (for a map's last task: once the map returns). */
    public static final int TASK_CALLBACK_ON_RETURN = 1;
    /** An error callback runs in the pool's owner if this task raises (for a map's last task: if the map raises). */
    public static final int TASK_CALLBACK_ON_RAISE = 2;

    // output streams
    public static final byte STDOUT = 1;
    public static final byte STDERR = 2;

    /** Exit code a worker reports when it stops on SIGTERM, as Python's {@code -signal.SIGTERM}. */
    public static final int EXIT_SIGTERM = -15;

    /** JOIN's {@code a} when a child waits for its parent to end ({@code parent_process().join()}), 0 for a child. */
    public static final long JOIN_PARENT = 1;
}
