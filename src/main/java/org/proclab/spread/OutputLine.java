package org.proclab.spread;

/**
 * A line a process printed, as one run's outcome records it: the process's name (not its pid, which
 * changes from run to run), the stream ({@code stdout} or {@code stderr}) and the normalized text.
 */
public record OutputLine(String process, String stream, String text) {
    public boolean isStderr() {
        return "stderr".equals(stream);
    }

    /** The text as a person reads it: the main program's lines bare, others' with the process's name. */
    public String display() {
        String who = Outcome.MAIN.equals(process) ? "" : "[" + process + "] ";
        return who + (isStderr() ? "(stderr) " : "") + text;
    }
}
