package org.proclab.wire;

/**
 * Frame and operation codes of the control protocol between a worker JVM and the kernel.
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

    // worker -> kernel
    public static final byte HELLO = 1;
    public static final byte OP = 2;
    public static final byte OUTPUT = 3;
    public static final byte EXIT = 4;
    public static final byte SHUTDOWN = 5;

    // kernel -> worker
    public static final byte HELLO_ACK = 20;
    public static final byte REPLY = 21;
    public static final byte MODE = 22;

    // reply status
    public static final byte OK = 0;
    public static final byte EOF = 1;
    public static final byte TIMEOUT = 2;
    public static final byte ERROR = 3;

    // output streams
    public static final byte STDOUT = 1;
    public static final byte STDERR = 2;

    /** Exit code a worker reports when it stops on SIGTERM, as Python's {@code -signal.SIGTERM}. */
    public static final int EXIT_SIGTERM = -15;
}
