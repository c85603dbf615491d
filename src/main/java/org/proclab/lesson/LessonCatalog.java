package org.proclab.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The lessons ProcLab knows: every {@code lessons/*.json} on the class path, in lesson-number order. A lesson file
 * that cannot be read is reported with its name, line and problem, and the others still load.
 */
public final class LessonCatalog {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<Lesson> lessons;
    private final List<String> problems;

    private LessonCatalog(List<Lesson> lessons, List<String> problems) {
        this.lessons = List.copyOf(lessons);
        this.problems = List.copyOf(problems);
    }

    /** Every {@code lessons/*.json} on the class path: adding a lesson is adding a file, no list to edit. */
    public static LessonCatalog builtIn() {
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : LessonFiles.names(problems)) {
            try (InputStream in = LessonCatalog.class.getResourceAsStream("/lessons/" + name)) {
                if (in == null) {
                    problems.add("lessons/" + name + ": cannot be opened");
                    continue;
                }
                lessons.add(parse("lessons/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (LessonFileException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add("lessons/" + name + ": " + e.getMessage());
            }
        }
        lessons.sort(Comparator.comparingInt(Lesson::number));
        return new LessonCatalog(lessons, problems);
    }

    /** Reads one lesson file; a mistake is reported with the file, the line and what is wrong. */
    public static Lesson parse(String fileName, String json) throws LessonFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LessonFileException(fileName, e.getLocation(), e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new LessonFileException(fileName, null, "a lesson file must hold one JSON object");
        }
        for (String required : List.of("id", "number", "title", "program")) {
            if (!root.hasNonNull(required)) {
                throw new LessonFileException(fileName, null, "the field \"" + required + "\" is missing");
            }
        }
        // scripts are read by hand, so that a mistake in one names its line and what is wrong
        com.fasterxml.jackson.databind.node.ObjectNode obj = (com.fasterxml.jackson.databind.node.ObjectNode) root;
        Script script = ScriptParser.parse(fileName, json, obj.remove("script"), "/script");
        List<Script> variantScripts = new ArrayList<>();
        JsonNode vs = root.get("variants");
        if (vs != null && vs.isArray()) {
            for (int i = 0; i < vs.size(); i++) {
                JsonNode v = vs.get(i);
                variantScripts.add(v.isObject()
                        ? ScriptParser.parse(fileName, json, ((com.fasterxml.jackson.databind.node.ObjectNode) v).remove("script"),
                                "/variants/" + i + "/script")
                        : Script.EMPTY);
            }
        }
        try {
            Lesson l = MAPPER.treeToValue(root, Lesson.class);
            List<Lesson.Variant> variants = new ArrayList<>();
            if (l.variants() != null) {
                for (int i = 0; i < l.variants().size(); i++) {
                    Lesson.Variant v = l.variants().get(i);
                    variants.add(new Lesson.Variant(v.id(), v.title(), v.summary(), v.program(), v.args(),
                            i < variantScripts.size() ? variantScripts.get(i) : Script.EMPTY));
                }
            }
            return new Lesson(l.id(), l.number(), l.title(), l.summary() == null ? Text.of("") : l.summary(),
                    l.program(), l.args() == null ? List.of() : l.args(), l.argsKind(), l.argsHint(),
                    List.copyOf(variants), script);
        } catch (JsonProcessingException e) {
            throw new LessonFileException(fileName, e.getLocation(), e.getOriginalMessage());
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
        LessonFileException(String file, JsonLocation where, String what) {
            this(file, where == null ? 0 : where.getLineNr(), what);
        }

        LessonFileException(String file, int line, String what) {
            super(file + (line > 0 ? " line " + line : "") + ": " + what);
        }
    }
}
