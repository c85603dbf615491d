package org.proclab.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The lessons ProcLab knows: every {@code lessons/*.json} on the class path, in lesson-number order. A lesson file
 * that cannot be read (bad JSON, a field of the wrong type, a program that is not on the class path, an id another
 * file already has) is reported with its name, line and problem, and the others still load.
 */
public final class LessonCatalog {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final List<Lesson> lessons;
    private final List<String> problems;

    private LessonCatalog(List<Lesson> lessons, List<String> problems) {
        this.lessons = List.copyOf(lessons);
        this.problems = List.copyOf(problems);
    }

    /** Every {@code lessons/*.json} on the class path: adding a lesson is adding a file, no list to edit. */
    public static LessonCatalog builtIn() {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : LessonFiles.names(problems)) {
            try (InputStream in = LessonCatalog.class.getResourceAsStream("/lessons/" + name)) {
                if (in == null) {
                    problems.add("lessons/" + name + ": cannot be opened");
                    continue;
                }
                files.put("lessons/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.add("lessons/" + name + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        LessonCatalog read = of(files, LessonCatalog::onClassPath);
        problems.addAll(read.problems);
        return new LessonCatalog(read.lessons, problems);
    }

    /**
     * The lessons of these files (name → text, read in this order). A file with a mistake, or whose id an earlier
     * file already has, is left out and reported with its name, line and problem; the others still load.
     */
    public static LessonCatalog of(Map<String, String> files, Predicate<String> programExists) {
        return of(files, programExists, LessonResources.CLASS_PATH);
    }

    /** The lessons of these files, with the programs' sources and the Python twins read from {@code resources}. */
    public static LessonCatalog of(Map<String, String> files, Predicate<String> programExists, LessonResources resources) {
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            try {
                Lesson l = parse(f.getKey(), f.getValue(), programExists, resources);
                String first = fileOfId.putIfAbsent(l.id(), f.getKey());
                if (first != null) {
                    throw JsonLines.of(f.getKey(), f.getValue()).problem("/id",
                            "the id \"" + l.id() + "\" is already the id of the lesson in " + first);
                }
                lessons.add(l);
            } catch (LessonFileException e) {
                problems.add(e.getMessage());
            }
        }
        lessons.sort(Comparator.comparingInt(Lesson::number));
        return new LessonCatalog(lessons, problems);
    }

    /** Reads one lesson file, its program looked for on the class path; a mistake names the file, line and problem. */
    public static Lesson parse(String fileName, String json) throws LessonFileException {
        return parse(fileName, json, LessonCatalog::onClassPath);
    }

    /** Reads one lesson file; {@code programExists} says whether a program class can be run. */
    public static Lesson parse(String fileName, String json, Predicate<String> programExists) throws LessonFileException {
        return parse(fileName, json, programExists, LessonResources.CLASS_PATH);
    }

    /** Reads one lesson file, with the programs' sources and the Python twins read from {@code resources}. */
    public static Lesson parse(String fileName, String json, Predicate<String> programExists, LessonResources resources)
            throws LessonFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LessonFileException(fileName, e.getLocation(), "not JSON: " + e.getOriginalMessage());
        }
        return new LessonParser(JsonLines.of(fileName, json), programExists, resources).lesson(root);
    }

    /** True if {@code className} is on the app's class path with a {@code public static void main(String[])}. */
    static boolean onClassPath(String className) {
        ClassLoader loader = LessonCatalog.class.getClassLoader();
        if (loader.getResource(className.replace('.', '/') + ".class") == null) {
            return false;
        }
        try {
            Method main = Class.forName(className, false, loader).getMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers()) && main.getReturnType() == void.class;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** Lesson files that could not be read, each with its file, line and problem. */
    public List<String> problems() {
        return problems;
    }

    public Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** A lesson file with a mistake in it. */
    public static final class LessonFileException extends Exception {
        private static final long serialVersionUID = 1L;
        LessonFileException(String file, JsonLocation where, String what) {
            this(file, where == null ? 0 : where.getLineNr(), what);
        }

        LessonFileException(String file, int line, String what) {
            super(file + (line > 0 ? " line " + line : "") + ": " + what);
        }
    }
}
