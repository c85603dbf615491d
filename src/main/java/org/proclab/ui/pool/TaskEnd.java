package org.proclab.ui.pool;

import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * How a TASK_DONE event says a task ended (its {@code ok} field, see docs/trace-format.md): the kernel
 * records the pool's own failures by their kind, not in words, so the UI can say them in its language.
 */
public enum TaskEnd {
    /** ok = 1: the result is the value. */
    RETURNED,
    /** ok = 0: the result is the exception. */
    RAISED,
    /** ok = -1: its worker (the event's pid) ended while running it; the result is the worker's exit code. */
    WORKER_ENDED,
    /** ok = -2: the pool was terminated before a worker took it. */
    CANCELLED;

    /** How a TASK_DONE event ended its task (an event of another kind, or without ok, counts as raised). */
    public static TaskEnd of(Event e) {
        if (e.kind() != EventKind.TASK_DONE || !e.hasNum()) {
            return RAISED;
        }
        return switch ((int) e.num()) {
            case 1 -> RETURNED;
            case -1 -> WORKER_ENDED;
            case -2 -> CANCELLED;
            default -> RAISED;
        };
    }
}
