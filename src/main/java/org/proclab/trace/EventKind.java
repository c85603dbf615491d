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
     * pool's get() whose result was delivered): obj = object, text = the call, as in its BLOCK event; or
     * that call followed by " interrupted" when the waiting thread was interrupted and the call ended unanswered.
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
    /**
     * A queue was created: obj = queue id, num = maxsize (0 = unbounded), text = its type: "joinable" for a
     * JoinableQueue, "simple" for a SimpleQueue, absent for a Queue.
     */
    QUEUE_NEW("queue", "type", "maxsize"),
    /** put: obj = queue, text = display string, num = item id. */
    PUT("queue", "item", "item_id"),
    /** get: obj = queue, text = display string, num = item id. */
    GET("queue", "item", "item_id"),
    /** A timed wait ran out: obj = object, text = the call. */
    TIMEOUT("object", "call", null),
    /** A lock was created: obj = lock id, text = "recursive" for an RLock (absent for a Lock). */
    LOCK_NEW("lock", "type", null),
    /**
     * A lock, RLock or semaphore was acquired: obj = its id; num = an RLock's recursion level or a
     * semaphore's value after it (absent for a Lock).
     */
    ACQUIRE("lock", null, "count"),
    /** Released: obj = lock, RLock or semaphore; num as for ACQUIRE (0: an RLock is free again). */
    RELEASE("lock", null, "count"),
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
    /**
     * A task was submitted to a pool: obj = task id ("pool-1/task-3"), text = the call, e.g. "square(3)"; num =
     * which of the owner's callbacks wait for it: 1 a callback runs once it returns, 2 an error callback runs if
     * it raises (for a map's last task: once the map returns, if it raises), 3 both, 0 none (absent in traces
     * saved before ProcLab recorded it).
     */
    TASK_SUBMIT("task", "call", "callbacks"),
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
    REPORT("key", "value", null),

    /** An Event (a flag processes wait for) was created: obj = event id. */
    EVENT_NEW("event", null, null),
    /** The event's flag was set: num = how many waiting processes it woke. */
    EVENT_SET("event", null, "woken"),
    /** The event's flag was cleared. */
    EVENT_CLEAR("event", null, null),
    /** A wait() on the event returned True (the flag is set): at once, or when another process set it. */
    EVENT_WAIT("event", null, null),
    /** A semaphore was created: text = "bounded" for a BoundedSemaphore, num = its initial value. */
    SEMAPHORE_NEW("semaphore", "type", "value"),
    /** A condition was created: obj = condition id, text = the lock it uses. */
    CONDITION_NEW("condition", "lock", null),
    /** notify(n) or notify_all() on a condition: text = "notify" or "notify_all", num = how many it woke. */
    NOTIFY("condition", "call", "woken"),
    /** A barrier was created: num = its parties. */
    BARRIER_NEW("barrier", null, "parties"),
    /**
     * A wait() on a barrier returned: text = "passed" (num = the process's arrival index, 0 for the first)
     * or "broken" (it raises BrokenBarrierError).
     */
    BARRIER_WAIT("barrier", "result", "index"),
    /** abort(): the barrier is broken until it is reset. */
    BARRIER_ABORT("barrier", null, null),
    /** reset(): the barrier is new again; processes waiting in it get BrokenBarrierError. */
    BARRIER_RESET("barrier", null, null),
    /** task_done() on a JoinableQueue: num = the items put and not yet done after it. */
    QUEUE_TASK_DONE("queue", null, "unfinished"),
    /** join() on a JoinableQueue returned: every item put has been marked done. */
    QUEUE_JOIN("queue", null, null),
    /** A shared array was created: text = type code and first values ("i:[0, 0, 0]"), num = its length. */
    ARRAY_NEW("array", "initial", "length"),
    /** Read one cell (num = index) or the whole array (num absent): text = what was read. */
    ARRAY_GET("array", "read", "index"),
    /** Wrote one cell: num = index, text = the value written. */
    ARRAY_SET("array", "written", "index"),
    /**
     * multiprocessing.connection.wait returned: obj = the pipe ends it waited on (comma separated), text =
     * those ready to read (a message or end-of-file), comma separated; empty after a time-out.
     */
    CONN_WAIT("ends", "ready", null),
    /** A Manager was created (its server process starts next): obj = manager id. */
    MANAGER_NEW("manager", null, null),
    /** A manager changed state: text = "shutdown" (by its creator, or at its creator's exit) or "ended" (its server died). */
    MANAGER_STATE("manager", "state", null),
    /** A shared object was made in a manager: obj = its proxy ("dict-1"), text = its type and the manager ("dict manager-1"). */
    PROXY_NEW("proxy", "type", null),
    /** A process called a method through a proxy: text = the call ("put('count', 1)"), num = call id. */
    PROXY_CALL("proxy", "call", "call_id"),
    /** The manager process takes a call to handle it: pid = the manager process, text = the call, num = call id. */
    PROXY_SERVE("proxy", "call", "call_id"),
    /** The caller got the manager's answer: text = the result, "raised ..." or "failed: ..." (never handled); num = call id. */
    PROXY_RETURN("proxy", "result", "call_id");

    private final String objName;
    private final String textName;
    private final String numName;
    /** Made once: the trace writer asks for it for every event. */
    private final String wireName = name().toLowerCase(Locale.ROOT);

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
        return wireName;
    }

    public static EventKind fromWireName(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
