package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The lesson files' fields, and what a file with a mistake gets: its name, its line and the problem. */
@Tag("unit")
class LessonCatalogTest {

    @Test
    void enumerateLesson_keepsItsArgsKindAndHint() {
        LessonCatalog catalog = LessonCatalog.builtIn();
        assertEquals(List.of(), catalog.problems());
        Lesson l = catalog.find("enumerate").orElseThrow();
        assertEquals(Lesson.DIRECTORIES, l.argsKind());
        assertTrue(l.takesDirectories());
        assertEquals("directories to enumerate", l.argsHint().in(Locale.ENGLISH));
        assertEquals("要枚举的目录", l.argsHint().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void otherLessons_takeNoDirectories() {
        Lesson pool = LessonCatalog.builtIn().find("pool").orElseThrow();
        assertNull(pool.argsKind());
        assertNull(pool.argsHint());
        assertFalse(pool.takesDirectories());
    }

    @Test
    void parse_keepsArgsKindAndHint_whenOptionalFieldsAreFilledIn() throws Exception {
        // no args, summary or variants: parse builds the lesson again with defaults, and must not drop these
        Lesson l = LessonCatalog.parse("lessons/t.json", """
                {"id": "t", "number": 9, "title": {"en": "T", "zh": "题"}, "program": "org.proclab.lessons.pipe.PipeLesson",
                 "argsKind": "directories", "argsHint": {"en": "where", "zh": "哪里"}}
                """);
        assertEquals("directories", l.argsKind());
        assertEquals("哪里", l.argsHint().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), l.args());
        assertEquals(List.of(), l.variants());
    }

    private static final String PIPE = "org.proclab.lessons.pipe.PipeLesson";

    private static String file(String id, String program, String more) {
        return "{\n  \"id\": \"" + id + "\",\n  \"number\": 1,\n  \"title\": {\"en\": \"T\", \"zh\": \"题\"},\n"
                + "  \"program\": \"" + program + "\"" + more + "\n}";
    }

    private static String problemOf(String json) {
        return assertThrows(LessonCatalog.LessonFileException.class, () -> LessonCatalog.parse("lessons/t.json", json)).getMessage();
    }

    @Test
    void parse_wrongTypedField_namesItsLine() {
        assertEquals("lessons/t.json line 3: /number: \"number\" must be a whole number (the lesson's place in the list)",
                problemOf(file("t", PIPE, "").replace("\"number\": 1", "\"number\": \"three\"")));
        assertEquals("lessons/t.json line 6: /args: \"args\" must be a list of strings",
                problemOf(file("t", PIPE, ",\n  \"args\": \"--all\"")));
        assertEquals("lessons/t.json line 6: /variants/0/title: a text must be an object such as {\"en\": \"...\", \"zh\": \"...\"}",
                problemOf(file("t", PIPE, ",\n  \"variants\": [{\"id\": \"v\", \"title\": \"Variant\"}]")));
        assertEquals("lessons/t.json line 6: /summry: unknown field \"summry\" (expected one of [args, argsHint, argsKind, "
                + "explanation, id, number, program, python, script, summary, title, variants])",
                problemOf(file("t", PIPE, ",\n  \"summry\": {\"en\": \"S\", \"zh\": \"简\"}")));
    }

    @Test
    void parse_missingField_namesIt() {
        assertEquals("lessons/t.json line 1: /program: the field \"program\" is missing",
                problemOf("{\"id\": \"t\", \"number\": 1, \"title\": {\"en\": \"T\", \"zh\": \"题\"}}"));
        assertEquals("lessons/t.json line 6: /variants/0: the field \"title\" is missing",
                problemOf(file("t", PIPE, ",\n  \"variants\": [{\"id\": \"v\"}]")));
    }

    @Test
    void parse_programNotOnTheClassPath_isAnErrorNamingTheLine() {
        assertEquals("lessons/t.json line 5: /program: there is no class org.proclab.lessons.Missing with a main method on the class path",
                problemOf(file("t", "org.proclab.lessons.Missing", "")));
        assertEquals("lessons/t.json line 6: /variants/0/program: there is no class org.proclab.lesson.Lesson with a main method "
                + "on the class path", problemOf(file("t", PIPE,
                ",\n  \"variants\": [{\"id\": \"v\", \"title\": {\"en\": \"V\", \"zh\": \"变\"}, \"program\": \"org.proclab.lesson.Lesson\"}]")),
                "a class without main cannot be run either");
    }

    @Test
    void parse_predictionWithoutExplanation_isAnError() {
        String script = ",\n  \"script\": [{\"ask\": {\"en\": \"Q\", \"zh\": \"问\"}, \"choices\": [{\"en\": \"a\", \"zh\": \"甲\"}, "
                + "{\"en\": \"b\", \"zh\": \"乙\"}], \"answer\": 0}]";
        assertEquals("lessons/t.json line 6: /script: a script that asks for a prediction needs an \"explanation\" beside it, "
                + "shown with the verdict", problemOf(file("t", PIPE, script)));
    }

    @Test
    void of_badFileAndDuplicateId_areReported_andTheOtherLessonsLoad() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lessons/a.json", file("alpha", PIPE, ""));
        files.put("lessons/b.json", file("beta", "org.proclab.lessons.Gone", ""));
        files.put("lessons/c.json", file("alpha", PIPE, ""));
        files.put("lessons/d.json", file("delta", PIPE, ""));
        LessonCatalog c = LessonCatalog.of(files, LessonCatalog::onClassPath);
        assertEquals(List.of("alpha", "delta"), c.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of(
                "lessons/b.json line 5: /program: there is no class org.proclab.lessons.Gone with a main method on the class path",
                "lessons/c.json line 2: /id: the id \"alpha\" is already the id of the lesson in lessons/a.json"), c.problems());
    }

    @Test
    void builtIn_everyLessonAndVariantThatAsks_hasAnExplanationInBothLanguages() {
        for (Lesson l : LessonCatalog.builtIn().lessons()) {
            List<Lesson.Variant> all = new java.util.ArrayList<>(l.variants());
            all.add(0, null);
            for (Lesson.Variant v : all) {
                String what = l.id() + (v == null ? "" : "/" + v.id());
                Script s = l.scriptFor(v);
                assertFalse(s.predictions().isEmpty(), what + " asks for a prediction");
                Text e = l.explanationFor(v);
                assertTrue(e != null && !e.in(Locale.ENGLISH).isBlank() && !e.in(Locale.SIMPLIFIED_CHINESE).equals(e.en()), what);
            }
        }
        Lesson enumerate = LessonCatalog.builtIn().find("enumerate").orElseThrow();
        assertEquals(enumerate.explanation(), enumerate.explanationFor(enumerate.variant("one-message-per-file").orElseThrow()),
                "a variant that tells the lesson's story gives the lesson's explanation");
    }
}
