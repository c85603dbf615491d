package org.proclab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the texts a lesson file refers to: its program's Java source and its Python twins. */
@FunctionalInterface
public interface LessonResources {
    /** The text of a class-path resource such as {@code /lessons/python/pipe.py}, or null if there is none. */
    String text(String resource);

    /** The app's own class path, where the build puts the lesson programs' sources and the twins. */
    LessonResources CLASS_PATH = resource -> {
        try (InputStream in = LessonResources.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    };
}
