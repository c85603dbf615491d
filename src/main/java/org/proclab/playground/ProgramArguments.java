package org.proclab.playground;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments a student gives their own program, typed on one line as in a shell: spaces separate them,
 * double or single quotes keep spaces in one ({@code "my dir" b} is two arguments), and a quote left open runs
 * to the end of the line. They reach {@code main(String[] args)} as {@code run --source FILE -- ARGS} gives them.
 */
public final class ProgramArguments {
    private ProgramArguments() {}

    /** The arguments on a line, in order; none for a blank line. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        if (line == null) {
            return out;
        }
        StringBuilder arg = new StringBuilder();
        boolean inArg = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    arg.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inArg = true; // "" is an argument, if an empty one
            } else if (Character.isWhitespace(c)) {
                if (inArg) {
                    out.add(arg.toString());
                    arg.setLength(0);
                    inArg = false;
                }
            } else {
                arg.append(c);
                inArg = true;
            }
        }
        if (inArg) {
            out.add(arg.toString());
        }
        return out;
    }
}
