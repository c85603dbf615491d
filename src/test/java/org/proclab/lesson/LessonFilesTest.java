package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson is found by being there: in a class-path directory or in a jar, with no list to edit. */
@Tag("unit")
class LessonFilesTest {

    @Test
    void findsJsonFilesInADirectoryAndInAJar(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("classes");
        Files.createDirectories(dir.resolve("lessons/sub"));
        Files.writeString(dir.resolve("lessons/mine.json"), "{}");
        Files.writeString(dir.resolve("lessons/notes.txt"), "not a lesson");
        Files.writeString(dir.resolve("lessons/sub/deeper.json"), "{}");
        Path jar = tmp.resolve("more.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("lessons/", "lessons/from-jar.json", "lessons/x/nested.json", "other/no.json")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write("{}".getBytes());
                }
                out.closeEntry();
            }
        }
        List<String> problems = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL(), jar.toUri().toURL()}, null)) {
            assertEquals(List.of("from-jar.json", "mine.json"), List.copyOf(LessonFiles.names(loader, problems)));
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theBuiltInLessonsAreFoundWithoutAnIndex() {
        LessonCatalog c = LessonCatalog.builtIn();
        assertEquals(List.of("create-process", "queue", "pipe", "lock-value", "pool", "enumerate", "manager"),
                c.lessons().stream().map(Lesson::id).toList());
        assertTrue(c.problems().isEmpty(), c.problems().toString());
    }
}
