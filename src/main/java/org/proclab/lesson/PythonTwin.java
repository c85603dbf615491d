package org.proclab.lesson;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Python program that does what a lesson's Java program does with Python's {@code multiprocessing}, for
 * students whose course is written in Python, and the map from the Java program's lines to its lines: the
 * source view puts each process's marker on the Python line that matches the Java line of its latest event.
 *
 * @param file   its name in {@code lessons/python/}, such as {@code pipe.py}
 * @param source its text
 * @param lines  Java line → Python line, both from 1; only lines that run something are mapped
 * @param otherFiles the same for the program's helper classes (lesson 6's DirectoryWalker.java, ...), by file name
 */
public record PythonTwin(String file, String source, Map<Integer, Integer> lines,
                         Map<String, Map<Integer, Integer>> otherFiles) {
    /** The folder of the twins on the class path. */
    public static final String RESOURCE_DIR = "/lessons/python/";

    public PythonTwin {
        lines = Map.copyOf(lines);
        otherFiles = Map.copyOf(otherFiles);
    }

    /** A twin of a program in one file. */
    public PythonTwin(String file, String source, Map<Integer, Integer> lines) {
        this(file, source, lines, Map.of());
    }

    /**
     * The twin as seen from one of the program's Java files: its lines map that file's lines ({@code mainFile}'s are
     * {@link #lines}); a helper file without a map of its own maps none, so its processes have no Python marker.
     */
    public PythonTwin forJavaFile(String javaFile, String mainFile) {
        if (javaFile == null || javaFile.equals(mainFile)) {
            return this;
        }
        return new PythonTwin(file, source, otherFiles.getOrDefault(javaFile, Map.of()), otherFiles);
    }

    /** The Python line that matches a Java line of the program, or 0 if none does. */
    public int pythonLine(int javaLine) {
        return lines.getOrDefault(javaLine, 0);
    }

    /** Java line → Python line, in Java line order. */
    public Map<Integer, Integer> sortedLines() {
        return new TreeMap<>(lines);
    }

    public List<String> sourceLines() {
        return List.of(source.split("\\R", -1));
    }

    /** Where the twin is on the class path, such as {@code /lessons/python/pipe.py}. */
    public String resource() {
        return RESOURCE_DIR + file;
    }
}
