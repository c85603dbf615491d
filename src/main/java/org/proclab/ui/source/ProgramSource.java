package org.proclab.ui.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.proclab.lesson.Lesson;

/**
 * A lesson program's source, read from the class path where the build puts it.
 *
 * @param fileName the file's name, such as CreateProcess.java
 * @param lines    its lines, empty if it could not be read
 * @param problem  why it could not be read, or null
 */
public record ProgramSource(String fileName, List<String> lines, String problem) {
    public static final ProgramSource NONE = new ProgramSource("", List.of(), null);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");

    /**
     * The program's source and its helper classes' (lesson 6 has DirectoryWalker, Report, ...): every class of its
     * package that its code uses, and those theirs use, whose source is on the class path. The main class's file
     * comes first, the others by name. A class named only in a comment is not one the program runs.
     */
    public static List<ProgramSource> loadWithHelpers(String programClass) {
        ProgramSource main = load(programClass);
        List<ProgramSource> helpers = new ArrayList<>();
        if (main.problem() == null) {
            String pkg = programClass.contains(".") ? programClass.substring(0, programClass.lastIndexOf('.') + 1) : "";
            Set<String> seen = new LinkedHashSet<>(Set.of(programClass));
            Deque<ProgramSource> toRead = new ArrayDeque<>(List.of(main));
            while (!toRead.isEmpty()) {
                String code = COMMENT.matcher(String.join("\n", toRead.pop().lines())).replaceAll(" ");
                Matcher m = TYPE_NAME.matcher(code);
                while (m.find()) {
                    String cls = pkg + m.group();
                    if (seen.add(cls) && ProgramSource.class.getResource(Lesson.sourceResource(cls)) != null) {
                        ProgramSource helper = load(cls);
                        helpers.add(helper);
                        toRead.add(helper);
                    }
                }
            }
        }
        helpers.sort(java.util.Comparator.comparing(ProgramSource::fileName));
        List<ProgramSource> all = new ArrayList<>(List.of(main));
        all.addAll(helpers);
        return List.copyOf(all);
    }

    public static ProgramSource load(String programClass) {
        String resource = Lesson.sourceResource(programClass);
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = ProgramSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new ProgramSource(fileName, List.of(), "not found on the class path: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ProgramSource(fileName, List.of(text.split("\\R", -1)), null);
        } catch (IOException e) {
            return new ProgramSource(fileName, List.of(), e.getMessage());
        }
    }
}
