package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.EventKind;

/** Lesson scripts: the built-in ones load, and a mistake names the file, the line and the problem. */
@Tag("unit")
class LessonScriptTest {

    /** A lesson file around {@code script}: the script's first step is on line 5 when it starts with "[\n". */
    private static String lesson(String script) {
        return "{\n\"id\": \"t\", \"number\": 9, \"title\": {\"en\": \"T\", \"zh\": \"题\"}, \"program\": \"" + PROGRAM + "\",\n"
                + "\"explanation\": {\"en\": \"E\", \"zh\": \"解\"},\n\"script\": " + script + "\n}";
    }

    static final String PROGRAM = "org.proclab.lessons.pipe.PipeLesson";

    private static String problemIn(String script) {
        return assertThrows(LessonCatalog.LessonFileException.class, () -> LessonCatalog.parse("lessons/t.json", lesson(script)))
                .getMessage();
    }

    @Test
    void builtIn_everyLessonHasNarrationAndAPrediction() {
        LessonCatalog c = LessonCatalog.builtIn();
        assertEquals(List.of(), c.problems());
        for (String id : List.of("create-process", "queue", "pipe", "lock-value", "pool", "enumerate")) {
            Script s = c.find(id).orElseThrow().scriptFor(null);
            assertFalse(s.narrations().isEmpty(), id);
            assertFalse(s.predictions().isEmpty(), id);
        }
        Lesson pipe = c.find("pipe").orElseThrow();
        Script forgot = pipe.scriptFor(pipe.variant("forgot-close").orElseThrow());
        assertTrue(forgot.narrations().stream().anyMatch(n -> n.when().kind() == EventKind.DEADLOCK));
        assertEquals(new Script.Before("consumer", "recv()"), forgot.predictions().get(0).before());
    }

    @Test
    void variantWithoutScript_usesTheLessons() {
        Lesson enumerate = LessonCatalog.builtIn().find("enumerate").orElseThrow();
        assertEquals(enumerate.script(), enumerate.scriptFor(enumerate.variant("one-message-per-file").orElseThrow()));
        Lesson pool = LessonCatalog.builtIn().find("pool").orElseThrow();
        Script map = pool.scriptFor(pool.variant("map").orElseThrow());
        assertTrue(map.predictions().get(0).ask().in(java.util.Locale.ENGLISH).contains("map()"), "a variant's own script");
    }

    @Test
    void parse_readsNarrationAndPrediction() throws Exception {
        Lesson l = LessonCatalog.parse("lessons/t.json", lesson("""
                [{"when": {"kind": "close", "process": "consumer", "object": "pipe-1:1"}, "say": {"en": "A", "zh": "甲"}},
                 {"before": {"process": "consumer", "what": "recv()"}, "ask": {"en": "Q", "zh": "问"},
                  "choices": [{"en": "x", "zh": "x"}, {"en": "y", "zh": "y"}],
                  "answer": {"output": "final value: 20", "then": 0, "else": 1}}]"""));
        Script s = l.script();
        assertEquals(new Script.Match(EventKind.CLOSE, "consumer", "pipe-1:1", null), s.narrations().get(0).when());
        Script.Answer a = s.predictions().get(0).answer();
        assertEquals(new Script.Match(EventKind.OUTPUT, null, null, "final value: 20"), a.event());
        assertEquals(1, a.otherwise());
        assertNull(a.choice());
    }

    @Test
    void parse_unknownKind_namesFileLineAndKind() {
        var e = assertThrows(LessonCatalog.LessonFileException.class, () -> LessonCatalog.parse("lessons/t.json", lesson("""
                [
                  {"when": {"kind": "close"}, "say": {"en": "A", "zh": "甲"}},
                  {"when": {"kind": "explode"}, "say": {"en": "B", "zh": "乙"}}
                ]""")));
        assertEquals("lessons/t.json line 6: /script/1/when/kind: unknown event kind \"explode\"", e.getMessage());
    }

    @Test
    void parse_missingChinese_namesTheText() {
        var e = assertThrows(LessonCatalog.LessonFileException.class, () -> LessonCatalog.parse("lessons/t.json", lesson("""
                [
                  {"when": {"kind": "close"},
                   "say": {"en": "A"}}
                ]""")));
        assertEquals("lessons/t.json line 6: /script/0/say: the text in language \"zh\" is missing", e.getMessage());
    }

    @Test
    void parse_badChoiceIndex_namesTheAnswer() {
        var e = assertThrows(LessonCatalog.LessonFileException.class, () -> LessonCatalog.parse("lessons/t.json", lesson("""
                [
                 {"ask": {"en": "Q", "zh": "问"},
                  "choices": [{"en": "x", "zh": "x"}, {"en": "y", "zh": "y"}],
                  "answer": 2}]""")));
        assertEquals("lessons/t.json line 7: /script/0/answer: choice index 2 is not one of 0..1", e.getMessage());
    }

    @Test
    void parse_variantScriptMistake_isFoundToo() {
        var e = assertThrows(LessonCatalog.LessonFileException.class, () -> LessonCatalog.parse("lessons/t.json", """
                {"id": "t", "number": 9, "title": {"en": "T", "zh": "题"}, "program": "org.proclab.lessons.pipe.PipeLesson",
                 "variants": [{"id": "v", "title": {"en": "V", "zh": "变"},
                   "script": [{"say": {"en": "A", "zh": "甲"}, "when": {"kind": "close", "object": 3}}]}]}"""));
        assertEquals("lessons/t.json line 3: /variants/0/script/0/when/object: \"object\" must be a string", e.getMessage());
    }

    @Test
    void parse_readsConditions_withCountsStatesAndElse() throws Exception {
        Script s = LessonCatalog.parse("lessons/t.json", lesson("""
                [{"when": {"kind": "close"},
                  "if": {"open": {"pipe-1:1": ["MainProcess", "consumer"]}, "queued": {"queue-1": 0},
                         "lost": {"value-1": {"min": 1}}, "tasks": {"pool-1": {"running": 5, "waiting": {"max": 5}}},
                         "state": {"consumer": "blocked"}},
                  "say": {"en": "A", "zh": "甲"}, "else": {"en": "B", "zh": "乙"}}]""")).script();
        Script.Narration n = s.narrations().get(0);
        assertEquals(List.of("MainProcess", "consumer"), n.test().open().get("pipe-1:1"));
        assertEquals(Script.Count.exactly(0), n.test().queued().get("queue-1"));
        assertEquals(new Script.Count(1, null), n.test().lost().get("value-1"));
        assertEquals(Script.Count.exactly(5), n.test().running().get("pool-1"));
        assertEquals(new Script.Count(null, 5), n.test().waiting().get("pool-1"));
        assertEquals(Script.ProcessIs.BLOCKED, n.test().state().get("consumer"));
        assertEquals("乙", n.otherwise().in(java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void parse_conditionMistakes_nameTheLineAndWhatIsWrong() {
        assertEquals("lessons/t.json line 6: /script/0/if/state/consumer: a process's state must be one of "
                + "[running, blocked, alive, zombie, joined, ended, orphan]", problemIn("""
                [
                 {"when": {"kind": "close"},
                  "if": {"state": {"consumer": "asleep"}},
                  "say": {"en": "A", "zh": "甲"}}]"""));
        assertEquals("lessons/t.json line 6: /script/0/if/queued/queue-1: a count must be a whole number, "
                + "or an object with \"min\" and/or \"max\"", problemIn("""
                [
                 {"when": {"kind": "close"},
                  "if": {"queued": {"queue-1": "none"}},
                  "say": {"en": "A", "zh": "甲"}}]"""));
        assertEquals("lessons/t.json line 6: /script/0/if/open/pipe-1:1: must be a list of process names (empty: no open handle)",
                problemIn("""
                [
                 {"when": {"kind": "close"},
                  "if": {"open": {"pipe-1:1": "MainProcess"}},
                  "say": {"en": "A", "zh": "甲"}}]"""));
        assertEquals("lessons/t.json line 6: /script/0/if/holders: unknown field \"holders\" (expected one of "
                + "[lost, open, queued, state, tasks])", problemIn("""
                [
                 {"when": {"kind": "close"},
                  "if": {"holders": {}},
                  "say": {"en": "A", "zh": "甲"}}]"""));
        assertEquals("lessons/t.json line 7: /script/0/else: \"else\" is said when the \"if\" does not hold: this step has no \"if\"",
                problemIn("""
                [
                 {"when": {"kind": "close"},
                  "say": {"en": "A", "zh": "甲"},
                  "else": {"en": "B", "zh": "乙"}}]"""));
    }
}
