package org.proclab.ui.eventlog;

import org.proclab.trace.Event;

/** Which IPC object an event concerns, by the id the diagrams know it by. */
public final class EventObjects {
    private EventObjects() {}

    /**
     * The object an event acts on ("pipe-1:0", "queue-1", "lock-1", "value-1", "pool-1"), or null when it
     * acts on none (a print, an exit) or on a process (join, terminate: those are in the process tree). A
     * pool task ("pool-1/task-3") gives its pool, which the pool views draw.
     */
    public static String objectOf(Event e) {
        if (e == null || e.obj() == null) {
            return null;
        }
        return switch (e.kind()) {
            case PIPE_NEW, SEND, RECV, POLL, EOF, CLOSE, HANDLE, QUEUE_NEW, PUT, GET, LOCK_NEW, ACQUIRE, RELEASE,
                    VALUE_NEW, VALUE_GET, VALUE_SET, POOL_NEW, POOL_STATE, EVENT_NEW, EVENT_SET, EVENT_CLEAR, EVENT_WAIT,
                    SEMAPHORE_NEW, CONDITION_NEW, NOTIFY, BARRIER_NEW, BARRIER_WAIT, BARRIER_ABORT, BARRIER_RESET,
                    QUEUE_TASK_DONE, QUEUE_JOIN, ARRAY_NEW, ARRAY_GET, ARRAY_SET, MANAGER_NEW, MANAGER_STATE, PROXY_NEW,
                    PROXY_CALL, PROXY_SERVE, PROXY_RETURN -> e.obj();
            case BLOCK, TIMEOUT -> isPid(e.obj()) ? null : e.obj(); // join() waits on a pid
            case TASK_SUBMIT, TASK_START, TASK_DONE, CALLBACK -> {
                int slash = e.obj().indexOf('/');
                yield slash < 0 ? e.obj() : e.obj().substring(0, slash);
            }
            default -> null;
        };
    }

    private static boolean isPid(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
