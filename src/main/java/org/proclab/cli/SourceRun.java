package org.proclab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.proclab.playground.Compilation;
import org.proclab.playground.Problem;
import org.proclab.playground.ProgramCompiler;

/** {@code run --source FILE.java}: reads and compiles the file, and prints what stops it as javac would. */
final class SourceRun {
    private SourceRun() {}

    /** The compiled program, or null after saying on {@code err} why there is none. */
    static Compilation compile(Path file, PrintStream err) {
        String text;
        try {
            if (Files.size(file) > ProgramCompiler.MAX_SOURCE_CHARS * 4L) {
                err.println("proclab: " + file + " is too large to be a program's source");
                return null;
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("proclab: there is no file " + file);
            return null;
        } catch (AccessDeniedException e) {
            err.println("proclab: cannot read " + file + ": permission denied");
            return null;
        } catch (IOException e) {
            err.println("proclab: cannot read " + file + (Files.isDirectory(file) ? ": it is a folder" : ""));
            return null;
        }
        ProgramCompiler compiler = new ProgramCompiler();
        Compilation c = compiler.compile(file.getFileName().toString(), text);
        if (c.outcome() == Compilation.Outcome.NO_COMPILER) {
            err.println("proclab: " + ProgramCompiler.noCompilerText().en() + " (--main runs a program compiled elsewhere.)");
            return null;
        }
        print(file.toString(), text, c.problems(), err);
        if (!c.compiled()) {
            int n = c.errors().size();
            err.println(n + (n == 1 ? " error" : " errors") + "; nothing was run");
            return null;
        }
        return c;
    }

    /**
     * Each problem as javac prints it: {@code FILE:LINE: message}, the line of source with a caret under
     * the column, the rest of the message, and ProcLab's hint.
     */
    static void print(String file, String source, List<Problem> problems, PrintStream err) {
        List<String> lines = source.lines().toList();
        for (Problem p : problems) {
            String[] message = p.message().in(Locale.ENGLISH).split("\\R");
            String where = p.line() > 0 ? file + ":" + p.line() + ": " : file + ": ";
            err.println(where + (p.isError() ? "" : "warning: ") + message[0]);
            if (p.line() > 0 && p.line() <= lines.size()) {
                String line = lines.get((int) p.line() - 1);
                err.println(line);
                if (p.column() > 0) {
                    err.println(caretAt(line, (int) p.column()));
                }
            }
            for (int i = 1; i < message.length; i++) {
                err.println(message[i]);
            }
            if (p.hint() != null) {
                err.println("  " + p.hint().in(Locale.ENGLISH));
            }
        }
    }

    /** Spaces (a tab where the line has one) up to the column, then ^. */
    private static String caretAt(String line, int column) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < column - 1 && i < line.length(); i++) {
            b.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return b.append('^').toString();
    }
}
