package org.proclab.ui.ipc;

/**
 * One process's handle on an IPC object: a pipe end, a queue, a lock or a shared value. Closed handles
 * are kept, with why, because "who closed which" is what lesson 3 is about.
 *
 * @param pid       the process holding it
 * @param object    the handle's object: a pipe end ("pipe-1:0"), "queue-1", "lock-1", "value-1"...
 * @param open      still open
 * @param how       how the process got it: create, fork, spawn or received
 * @param closedWhy why it was closed: close (the program called close()) or exit (its process ended); null while open
 * @param openedSeq the event that gave it
 * @param closedSeq the event that closed it, or -1
 * @param culprit   when a deadlock was reported, this open write handle was what kept a blocked reader's
 *                  pipe from reaching end-of-file; stays true after it is closed, as a record of why
 */
public record Handle(long pid, String object, boolean open, String how, String closedWhy, long openedSeq,
                     long closedSeq, boolean culprit) {

    static Handle opened(long pid, String object, String how, long seq) {
        return new Handle(pid, object, true, how, null, seq, -1, false);
    }

    Handle closed(String why, long seq) {
        return new Handle(pid, object, false, how, why == null ? "close" : why, openedSeq, seq, culprit);
    }

    Handle reopened(String how, long seq) {
        return new Handle(pid, object, true, how, null, seq, -1, culprit);
    }

    Handle asCulprit() {
        return new Handle(pid, object, open, how, closedWhy, openedSeq, closedSeq, true);
    }

    /** Closed because its process ended, not by a close() call. */
    public boolean closedByExit() {
        return !open && "exit".equals(closedWhy);
    }
}
