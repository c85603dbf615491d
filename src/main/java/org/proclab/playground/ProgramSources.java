package org.proclab.playground;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The programs the editor starts from: the template of a new program, and a copy of a lesson's. */
public final class ProgramSources {
    /** The file name of a new program: its public class is MyProgram. */
    public static final String TEMPLATE_FILE = "MyProgram.java";
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+([\\w.]+)[ \\t]*;[ \\t]*$");

    private ProgramSources() {}

    /** A small program with the imports that work, its comments in {@code locale}'s language. */
    public static String template(Locale locale) {
        String resource = "zh".equals(locale.getLanguage()) ? "/playground/MyProgram_zh.java" : "/playground/MyProgram.java";
        try (InputStream in = ProgramSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A lesson's program as the student's own: its package line becomes a comment, so the copy's classes
     * are not the lesson's (which ProcLab would load instead) and every line keeps its number.
     */
    public static String copyOfLesson(String source, Locale locale) {
        Matcher m = PACKAGE_LINE.matcher(source);
        if (!m.find()) {
            return source;
        }
        String comment = "// " + PlaygroundTexts.text("playground.copy.packageRemoved", m.group(1)).in(locale);
        return source.substring(0, m.start()) + comment + source.substring(m.end());
    }
}
