package org.proclab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.proclab.lesson.LessonCatalog.LessonFileException;

/**
 * Reads one lesson file's tree field by field, so that every mistake (a missing field, a number written as text,
 * a program that is not on the class path) names the file, the line and the field.
 */
final class LessonParser {
    private static final Set<String> LESSON_FIELDS = Set.of("id", "number", "title", "summary", "explanation", "program",
            "python", "args", "argsKind", "argsHint", "variants", "script");
    private static final Set<String> VARIANT_FIELDS = Set.of("id", "title", "summary", "explanation", "program", "python",
            "args", "script");

    private final JsonLines lines;
    private final ScriptParser scripts;
    private final Predicate<String> programExists;
    private final PythonTwinParser twins;

    LessonParser(JsonLines lines, Predicate<String> programExists, LessonResources resources) {
        this.lines = lines;
        this.scripts = new ScriptParser(lines);
        this.programExists = programExists;
        this.twins = new PythonTwinParser(lines, scripts, resources);
    }

    Lesson lesson(JsonNode root) throws LessonFileException {
        if (root == null || !root.isObject()) {
            throw new LessonFileException(lines.file(), 1, "a lesson file must hold one JSON object");
        }
        scripts.only(root, "", LESSON_FIELDS);
        String id = id(root, "");
        JsonNode num = required(root, "number", "");
        if (!num.isInt()) {
            throw lines.problem("/number", "\"number\" must be a whole number (the lesson's place in the list)");
        }
        Text title = scripts.text(required(root, "title", ""), "/title");
        Text summary = root.has("summary") ? scripts.text(root.get("summary"), "/summary") : Text.of("");
        String program = program(root, "");
        PythonTwin python = twins.parse(root, "", program);
        List<String> args = args(root, "");
        String argsKind = scripts.string(root, "argsKind", "");
        if (argsKind != null && !Lesson.DIRECTORIES.equals(argsKind)) {
            throw lines.problem("/argsKind", "the only \"argsKind\" is \"" + Lesson.DIRECTORIES + "\"");
        }
        Text argsHint = root.has("argsHint") ? scripts.text(root.get("argsHint"), "/argsHint") : null;
        Script script = scripts.parse(root.get("script"), "/script");
        Text explanation = explanation(root, "", script);
        List<Lesson.Variant> variants = variants(root.get("variants"), python != null);
        return new Lesson(id, num.asInt(), title, summary, explanation, program, python, args, argsKind, argsHint, variants,
                script.withExplanation(explanation));
    }

    /** {@code twins}: the lesson has a Python twin, so each variant with a program of its own needs one too. */
    private List<Lesson.Variant> variants(JsonNode vs, boolean twins) throws LessonFileException {
        List<Lesson.Variant> out = new ArrayList<>();
        if (vs == null) {
            return out;
        }
        if (!vs.isArray()) {
            throw lines.problem("/variants", "\"variants\" must be a list of objects");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < vs.size(); i++) {
            String at = "/variants/" + i;
            JsonNode v = vs.get(i);
            if (!v.isObject()) {
                throw lines.problem(at, "a variant must be an object");
            }
            scripts.only(v, at, VARIANT_FIELDS);
            String id = id(v, at);
            if (!ids.add(id)) {
                throw lines.problem(at + "/id", "another variant of this lesson has the id \"" + id + "\"");
            }
            Text title = scripts.text(required(v, "title", at), at + "/title");
            Text summary = v.has("summary") ? scripts.text(v.get("summary"), at + "/summary") : null;
            String program = v.has("program") ? program(v, at) : null;
            PythonTwin python = program == null ? null : this.twins.parse(v, at, program);
            if (program == null && v.has("python")) {
                throw lines.problem(at + "/python", "a variant without a program of its own has the lesson's Python twin");
            }
            if (twins && program != null && python == null) {
                throw lines.problem(at, "this variant runs a program of its own, so it needs a \"python\" twin of its own,"
                        + " as the lesson has one");
            }
            List<String> args = v.has("args") ? args(v, at) : null;
            Script script = scripts.parse(v.get("script"), at + "/script");
            // a variant without a script of its own tells the lesson's story: the lesson's explanation will do
            Text explanation = script.isEmpty() && !v.has("explanation") ? null : explanation(v, at, script);
            out.add(new Lesson.Variant(id, title, summary, explanation, program, python, args,
                    script.isEmpty() ? Script.EMPTY : script.withExplanation(explanation)));
        }
        return List.copyOf(out);
    }

    private String id(JsonNode n, String at) throws LessonFileException {
        JsonNode id = required(n, "id", at);
        if (!id.isTextual() || !id.asText().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw lines.problem(at + "/id", "\"id\" must be a string of lower-case letters, digits and dashes, such as \"forgot-close\"");
        }
        return id.asText();
    }

    private String program(JsonNode n, String at) throws LessonFileException {
        JsonNode p = required(n, "program", at);
        if (!p.isTextual() || !p.asText().matches("([\\p{L}_$][\\p{L}\\p{N}_$]*\\.)*[\\p{L}_$][\\p{L}\\p{N}_$]*")) {
            throw lines.problem(at + "/program", "\"program\" must be the name of a class with main, such as \"org.proclab.lessons.pipe.PipeLesson\"");
        }
        if (!programExists.test(p.asText())) {
            throw lines.problem(at + "/program", "there is no class " + p.asText() + " with a main method on the class path");
        }
        return p.asText();
    }

    private List<String> args(JsonNode n, String at) throws LessonFileException {
        JsonNode a = n.get("args");
        List<String> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        if (!a.isArray()) {
            throw lines.problem(at + "/args", "\"args\" must be a list of strings");
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isTextual()) {
                throw lines.problem(at + "/args/" + i, "an argument must be a string");
            }
            out.add(a.get(i).asText());
        }
        return List.copyOf(out);
    }

    /** The explanation shown with the verdict: required where the script asks for a prediction. */
    private Text explanation(JsonNode n, String at, Script script) throws LessonFileException {
        if (n.has("explanation")) {
            return scripts.text(n.get("explanation"), at + "/explanation");
        }
        if (!script.predictions().isEmpty()) {
            throw lines.problem(at.isEmpty() ? "/script" : at + "/script",
                    "a script that asks for a prediction needs an \"explanation\" beside it, shown with the verdict");
        }
        return null;
    }

    private JsonNode required(JsonNode n, String field, String at) throws LessonFileException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw lines.problem(at.isEmpty() ? "/" + field : at, "the field \"" + field + "\" is missing");
        }
        return v;
    }
}
