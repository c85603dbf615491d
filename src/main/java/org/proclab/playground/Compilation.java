package org.proclab.playground;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.proclab.marking.CallSiteMarker;

/**
 * What compiling a program gave: its classes and the class to run, or the problems that stop it; or
 * nothing at all, when this Java has no compiler.
 *
 * @param outcome   compiled, stopped by errors, or no compiler here
 * @param fileName  the name the program was compiled under, such as PipeLesson.java: its events carry it
 * @param mainClass the class whose {@code main} to run (binary name), or null unless compiled
 * @param classes   every class of the file, by binary name (nested and top-level ones), empty unless compiled
 * @param problems  errors and warnings, in the order of their lines
 */
public record Compilation(Outcome outcome, String fileName, String mainClass, Map<String, byte[]> classes,
                          List<Problem> problems) {
    public enum Outcome { COMPILED, ERRORS, NO_COMPILER }

    public Compilation {
        classes = Map.copyOf(classes);
        problems = List.copyOf(problems);
    }

    public boolean compiled() {
        return outcome == Outcome.COMPILED;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /**
     * Writes the class files under {@code dir}, one folder per package, as a class path entry wants them, with
     * each call of the API marked with its line ({@link CallSiteMarker}): the workers need not look it up.
     */
    public void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> c : new TreeMap<>(classes).entrySet()) {
            String internalName = c.getKey().replace('.', '/');
            Path file = dir.resolve(internalName + ".class");
            Files.createDirectories(file.getParent());
            byte[] bytes = c.getValue();
            Files.write(file, CallSiteMarker.isProgram(internalName) ? CallSiteMarker.markedOrSame(bytes) : bytes);
        }
    }
}
