package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The lesson files' fields that tell the app how to ask for a lesson's arguments. */
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
                {"id": "t", "number": 9, "title": {"en": "T"}, "program": "a.B",
                 "argsKind": "directories", "argsHint": {"en": "where", "zh": "哪里"}}
                """);
        assertEquals("directories", l.argsKind());
        assertEquals("哪里", l.argsHint().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), l.args());
        assertEquals(List.of(), l.variants());
    }
}
