package org.proclab.playground;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The programs the editor starts from: the template of a new program, and a copy of a lesson's. */
public final class ProgramSources {
    /** The file name of a new program: its public class is MyProgram. */
    public static final String TEMPLATE_FILE = "MyProgram.java";
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+([\\w.]+)[ \\t]*;[ \\t]*$");
    private static final Pattern IMPORT_LINE = Pattern.compile("(?m)^[ \\t]*(import[ \\t]+(?:static[ \\t]+)?[\\w.*]+[ \\t]*;)[ \\t]*\\R?");
    private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public[ \\t]+((?:final[ \\t]+|abstract[ \\t]+)*(?:class|record|interface|enum)\\b)");

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
        return copyOfLesson(source, List.of(), locale);
    }

    /**
     * A lesson's program of several files (lesson 6's helper classes) as one file of the student's own: the main
     * file as {@link #copyOfLesson(String, Locale)} makes it, every line at its number; the helpers' classes after it,
     * each under a comment naming its file, not public (a file has one public class); the helpers' imports that
     * the main file lacks on its first line, before the comment that replaces its package line.
     */
    public static String copyOfLesson(String source, List<String> helpers, Locale locale) {
        Matcher m = PACKAGE_LINE.matcher(source);
        if (!m.find()) {
            return source;
        }
        Set<String> imports = new LinkedHashSet<>();
        List<String> bodies = new ArrayList<>();
        for (String helper : helpers) {
            Matcher i = IMPORT_LINE.matcher(helper);
            while (i.find()) {
                imports.add(i.group(1).replaceAll("[ \\t]+", " "));
            }
            String body = IMPORT_LINE.matcher(PACKAGE_LINE.matcher(helper).replaceFirst("")).replaceAll("");
            bodies.add(PUBLIC_TYPE.matcher(body.strip()).replaceAll("$1"));
        }
        Matcher own = IMPORT_LINE.matcher(source);
        while (own.find()) {
            imports.remove(own.group(1).replaceAll("[ \\t]+", " "));
        }
        String comment = "// " + PlaygroundTexts.text("playground.copy.packageRemoved", m.group(1)).in(locale);
        StringBuilder copy = new StringBuilder(source.substring(0, m.start()));
        imports.forEach(i -> copy.append(i).append(' '));
        copy.append(comment).append(source.substring(m.end()));
        for (String body : bodies) {
            if (copy.length() > 0 && copy.charAt(copy.length() - 1) != '\n') {
                copy.append('\n');
            }
            copy.append('\n').append(body).append('\n');
        }
        return copy.toString();
    }
}
