package org.proclab.trace;

import java.util.Locale;

/**
 * What an {@link Event} records. Each kind says what its generic fields mean, and those meanings are
 * the field names in a trace file: a {@code start} event's {@code num} is written as {@code "ppid"}.
 */
public enum EventKind {
    /** A process connected: text = its name, num = its parent's pid, obj = its role (main or child). */
    START("role", "name", "ppid"),
    /** A process's JVM connected to the kernel and is about to run its code: num = ms since its start. */
    READY(null, null, "startup_ms"),
    /** A process ended: num = its exit code (absent if unknown), text = how it ended. */
    EXIT(null, "how", "exitcode"),
    /** A parent collected a child's exit code: obj = the child's pid, num = the exit code. */
    JOIN("child", null, "exitcode"),
    /** A process's parent ended while it ran: num = its new parent pid. */
    ORPHAN(null, null, "ppid"),
    /** A line a process printed: obj = stdout, stderr or jvm (the JVM itself), text = the line. */
    OUTPUT("stream", "line", null),
    /** A parent asked for SIGTERM on a child: obj = the child's pid, text = its name. */
    TERMINATE("child", "name", null),
    /** A parent asked for SIGKILL on a child: obj = the child's pid, text = its name. */
    KILL("child", "name", null),
    /** A process called sleep: num = milliseconds. */
    SLEEP(null, null, "ms"),
    /** CPU time a process has used so far: num = milliseconds. */
    CPU(null, null, "cpu_ms"),
    /**
     * The kernel refused something: a connection at the door (pid 0), or an operation a process may not do
     * (pid = that process, obj = the object, if it exists; text = why).
     */
    REFUSED("object", "reason", null),
    /** The session was stopped: text = by whom (user, timeout, deadlock, app closing). */
    STOP(null, "by", null),

    /** A pipe was created: obj = pipe id, text = "duplex" or "simplex". */
    PIPE_NEW("pipe", "mode", null),
    /** A message was sent: obj = end, text = display string, num = message id. */
    SEND("end", "message", "msg"),
    /**
     * A blocking call started waiting: obj = object, text = the call, num = 1 if the process's main thread
     * waits (0 for helper threads such as a pool's result handler, which do not stop the process).
     */
    BLOCK("object", "call", "main_thread"),
    /**
     * A blocked call returned without an event of its own saying so (a send that got room in the pipe, a
     * pool's get() whose result was delivered): obj = object, text = the call, as in its BLOCK event.
     */
    WAKE("object", "call", null),
    /** A message was received: obj = end, text = display string, num = message id. */
    RECV("end", "message", "msg"),
    /** poll() answered: obj = end, text = "true" (a message or end-of-file is waiting) or "false". */
    POLL("end", "result", null),
    /** recv saw end of file: obj = end. */
    EOF("end", null, null),
    /** A handle was closed: obj = handle, text = why (close, exit). */
    CLOSE("handle", "why", null),
    /** A process got a handle: obj = handle, text = how (create, fork, spawn). */
    HANDLE("handle", "how", null),
    /** A queue was created: obj = queue id, num = maxsize (0 = unbounded). */
    QUEUE_NEW("queue", null, "maxsize"),
    /** put: obj = queue, text = display string, num = item id. */
    PUT("queue", "item", "item_id"),
    /** get: obj = queue, text = display string, num = item id. */
    GET("queue", "item", "item_id"),
    /** A timed wait ran out: obj = object, text = the call. */
    TIMEOUT("object", "call", null),
    /** A lock was created: obj = lock id. */
    LOCK_NEW("lock", null, null),
    ACQUIRE("lock", null, null),
    RELEASE("lock", null, null),
    /** A shared value was created: obj = value id, text = its type and initial value. */
    VALUE_NEW("value", "initial", null),
    /** Read a shared value: obj = value id, text = the value read. */
    VALUE_GET("value", "read", null),
    /** Wrote a shared value: obj = value id, text = the value written. */
    VALUE_SET("value", "written", null),
    /** No process can ever go on: obj = the stuck pids, comma separated; text = the explanation. */
    DEADLOCK("pids", "explanation", null),
    /** A pool was created by pid: obj = pool id, num = number of worker processes. */
    POOL_NEW("pool", null, "processes"),
    /** A task was submitted to a pool: obj = task id ("pool-1/task-3"), text = the call, e.g. "square(3)". */
    TASK_SUBMIT("task", "call", null),
    /** A pool worker (pid) started a task: obj = task id. */
    TASK_START("task", null, null),
    /**
     * A task ended: obj = task id; num = 1 if it returned (pid = its worker, text = the result), 0 if it raised
     * (text = the exception), -1 if its worker (pid) ended while running it (text = the worker's exit code,
     * absent if unknown), -2 if the pool was terminated before it ran (pid = the pool's creator, no text).
     */
    TASK_DONE("task", "result", "ok"),
    /** A callback ran in the pool's creator (pid): obj = task id, text = "callback" or "error_callback". */
    CALLBACK("task", "which", null),
    /** A pool changed state: obj = pool id, text = close, terminate, join. */
    POOL_STATE("pool", "state", null),
    /** Something the kernel wants the user to know: text = the message. */
    NOTE(null, "message", null),
    /** The program reported a named value for the views ({@code MP.report}): obj = the key, text = the value. */
    REPORT("key", "value", null);

    private final String objName;
    private final String textName;
    private final String numName;

    EventKind(String objName, String textName, String numName) {
        this.objName = objName;
        this.textName = textName;
        this.numName = numName;
    }

    public String objName() { return objName; }
    public String textName() { return textName; }
    public String numName() { return numName; }

    /** The name used in trace files, such as {@code start} or {@code value_get}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind fromWireName(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
