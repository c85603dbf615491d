package org.proclab.trace;

/**
 * One thing that happened, in the order the kernel saw it. Every view is drawn from a fold of the
 * events up to some sequence number, so a live run, the timeline scrubber and a saved trace agree.
 *
 * @param seq    position in the log, from 0
 * @param nanos  time since the session started
 * @param pid    the process that did it
 * @param kind   what happened; it names the meaning of {@code obj}, {@code text} and {@code num}
 * @param obj    the object it concerns (a pipe end, a queue, a child pid), or null
 * @param text   a display string, or null
 * @param num    a number whose meaning depends on the kind; {@link #NO_NUM} when absent
 * @param file   source file of the program line that caused it, or null
 * @param line   line in that file, or 0
 */
public record Event(long seq, long nanos, long pid, EventKind kind, String obj, String text, long num,
                    String file, int line) {
    public static final long NO_NUM = Long.MIN_VALUE;

    public boolean hasNum() {
        return num != NO_NUM;
    }

    public double millis() {
        return nanos / 1e6;
    }
}
