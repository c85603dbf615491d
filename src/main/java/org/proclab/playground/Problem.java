package org.proclab.playground;

import java.util.Locale;
import org.proclab.lesson.Text;

/**
 * Something the compiler (or ProcLab, before running) found wrong in a program, where it is and what it
 * says, in English and Chinese.
 *
 * @param severity an error stops the run; a warning does not
 * @param line     the line, from 1; 0 when it is about the whole file
 * @param column   the column, from 1; 0 when unknown
 * @param start    the offset of its first character in the source, or -1
 * @param end      the offset after its last character, or -1
 * @param message  what is wrong (javac's own words, in both languages)
 * @param hint     what to do about it, when ProcLab knows better than the compiler's message; or null
 */
public record Problem(Severity severity, long line, long column, int start, int end, Text message, Text hint) {
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message and, if there is one, the hint after it, in {@code locale}'s language. */
    public String text(Locale locale) {
        String m = message.in(locale);
        return hint == null ? m : m + "\n" + hint.in(locale);
    }

    /** A problem ProcLab itself finds, at a line (and a span of it, if known). */
    static Problem error(long line, int start, int end, Text message) {
        return new Problem(Severity.ERROR, line, 0, start, end, message, null);
    }
}
