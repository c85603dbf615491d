package org.proclab.ui.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
