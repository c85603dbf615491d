package org.proclab.ui.model;

/**
 * One line of a console: what a process printed, or a line the kernel adds (an exit, a note, a deadlock).
 *
 * @param seq        the event it came from
 * @param pid        the process it belongs to (0 for the kernel's own lines)
 * @param name       that process's name when the line was printed
 * @param colorIndex that process's colour (its START order), or -1 for the kernel's lines
 * @param stream     where it came from
 * @param text       the line; for {@link Stream#EXIT}, how the process ended
 * @param exitCode   for {@link Stream#EXIT}, the exit code, or null if unknown
 */
public record ConsoleLine(long seq, long pid, String name, int colorIndex, Stream stream, String text,
                          Integer exitCode) {

    /** Where a console line came from. */
    public enum Stream {
        STDOUT, STDERR,
        /** What the process's JVM itself printed (a crash before main, for example). */
        JVM,
        /** The process ended. */
        EXIT,
        /** A message from ProcLab: a note, a refused connection, a deadlock. */
        KERNEL,
        /** Stands for the earlier lines memory no longer holds; the text is their number. */
        ELIDED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
