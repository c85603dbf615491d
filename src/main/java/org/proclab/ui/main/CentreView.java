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
            case "queue", "pipe" -> PIPES_AND_QUEUES;
            case "lock-value" -> LOCKS_AND_VALUES;
            case "pool" -> POOL;
            case "enumerate" -> ENUMERATION;
            default -> PROCESSES;
        };
    }

    /** The tab's id and message-key suffix: processes, pipes-and-queues, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
