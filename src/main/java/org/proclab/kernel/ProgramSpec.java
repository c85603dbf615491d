package org.proclab.kernel;

import java.nio.file.Path;
import java.util.List;

/**
 * A program to run as a lesson's main process: a class with {@code main}, the class path its own classes
 * come from (empty for the built-in lessons), its arguments and the start method for its children.
 */
public record ProgramSpec(String mainClass, List<Path> classpath, List<String> args, StartMethod startMethod) {
    public ProgramSpec {
        classpath = List.copyOf(classpath);
        args = List.copyOf(args);
    }

    public static ProgramSpec of(String mainClass, String... args) {
        return new ProgramSpec(mainClass, List.of(), List.of(args), StartMethod.FORK);
    }

    public ProgramSpec withStartMethod(StartMethod m) {
        return new ProgramSpec(mainClass, classpath, args, m);
    }

    public ProgramSpec withClasspath(List<Path> cp) {
        return new ProgramSpec(mainClass, cp, args, startMethod);
    }
}
