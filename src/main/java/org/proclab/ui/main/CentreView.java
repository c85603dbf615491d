package org.proclab.ui.main;

import java.util.Locale;

/** The views of the centre area, one tab each; every lesson has the one that matters most to it. */
public enum CentreView {
    PROCESSES, PIPES_AND_QUEUES, LOCKS_AND_VALUES, POOL, ENUMERATION,
    /** The spread of outcomes of "Run ×N": no lesson's own view, it comes to the front when the runs start. */
    OUTCOMES;

    /** The view a lesson is about: create-process the tree, queue and pipe their objects, and so on. */
    public static CentreView forLesson(String lessonId) {
        if (lessonId == null) {
            return PROCESSES;
        }
        return switch (lessonId) {
            case "queue", "pipe", "manager" -> PIPES_AND_QUEUES;
            case "lock-value" -> LOCKS_AND_VALUES;
            case "pool" -> POOL;
            case "enumerate" -> ENUMERATION;
            default -> PROCESSES;
        };
    }

    /** The objects the Locks & values tab draws, by the kernel's name for their kind ("rlock-1", "array-2"). */
    private static final java.util.List<String> LOCKS_AND_VALUES_KINDS =
            java.util.List.of("lock", "rlock", "value", "array", "event", "semaphore", "condition", "barrier");

    /**
     * The view that draws an IPC object, by its id in the event log ("pipe-1:0", "queue-1", "lock-1",
     * "value-1", "value-1.lock", "array-1", "event-1", "pool-1", a manager's "manager-1" or its proxies' "dict-1"), or null for none.
     */
    public static CentreView drawing(String objectId) {
        if (objectId == null) {
            return null;
        }
        if (objectId.startsWith("pipe-") || objectId.startsWith("queue-") || managed(objectId)) {
            return PIPES_AND_QUEUES;
        }
        for (String kind : LOCKS_AND_VALUES_KINDS) {
            if (objectId.startsWith(kind + "-")) {
                return LOCKS_AND_VALUES;
            }
        }
        return objectId.startsWith("pool-") ? POOL : null;
    }

    /** A manager or one of its proxies ("dict-1", "lock-proxy-1"): the manager view, in the pipes and queues tab. */
    private static boolean managed(String objectId) {
        return objectId.startsWith("manager-") || objectId.startsWith("dict-") || objectId.startsWith("list-")
                || objectId.startsWith("namespace-") || objectId.contains("-proxy-");
    }

    /** The tab's id and message-key suffix: processes, pipes-and-queues, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
