package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.TraceFiles;

/**
 * The line maps between each lesson program and its Python twin (README: The Python twins): every line an event of a
 * recorded run points at has a Python line, each mapped call lands on the same call in Python, and a lesson file whose
 * map is wrong is refused with its line and the reason.
 */
@Tag("unit")
class PythonTwinMapTest {
    private static final Path STORIES = Path.of("src", "test", "resources", "traces", "stories");

    /** A lesson, or one of its variants (null for the lesson itself). */
    record Program(Lesson lesson, Lesson.Variant variant) {
        String name() {
            return lesson.id() + (variant == null ? "" : "/" + variant.id());
        }

        String className() {
            return lesson.programFor(variant);
        }

        String javaFile() {
            String r = Lesson.sourceResource(className());
            return r.substring(r.lastIndexOf('/') + 1);
        }

        PythonTwin twin() {
            return lesson.pythonTwin(variant).orElseThrow(() -> new AssertionError(name() + " has no Python twin"));
        }
    }

    static List<Program> programs() {
        LessonCatalog catalog = LessonCatalog.builtIn();
        assertEquals(List.of(), catalog.problems());
        List<Program> out = new ArrayList<>();
        for (Lesson l : catalog.lessons()) {
            out.add(new Program(l, null));
            l.variants().forEach(v -> out.add(new Program(l, v)));
        }
        return out;
    }

    @Test
    void everyLessonAndVariant_hasATwinNamedAfterIt_thatShipsAsAResource() {
        List<Program> all = programs();
        assertTrue(all.size() >= 14, "lessons and variants: " + all.size());
        Set<String> files = new TreeSet<>();
        for (Program p : all) {
            PythonTwin t = p.twin();
            assertTrue(t.file().startsWith(p.lesson().id()) && (p.variant() == null || t.file().contains(p.variant().id())),
                    p.name() + " → " + t.file());
            assertTrue(files.add(t.file()), "two programs share " + t.file());
            assertNotNull(PythonTwin.class.getResource(t.resource()), t.resource());
            assertTrue(t.source().contains("from multiprocessing import") || t.source().contains("from enumerate import"),
                    t.file() + " uses multiprocessing");
        }
    }

    @Test
    void noTwin_hidesAStandardModuleThatMultiprocessingImports() {
        // a queue.py beside the twins makes "from multiprocessing import Queue" import it instead of the standard one
        Set<String> hidden = Set.of("queue.py", "threading.py", "pickle.py", "signal.py", "socket.py", "select.py",
                "selectors.py", "struct.py", "types.py", "io.py", "os.py", "time.py", "random.py", "tempfile.py");
        for (Program p : programs()) {
            assertFalse(hidden.contains(p.twin().file()), p.twin().file());
        }
    }

    @Test
    void pythonLine_ofAnUnmappedLine_isZero() {
        PythonTwin pipe = LessonCatalog.builtIn().find("pipe").orElseThrow().pythonTwin(null).orElseThrow();
        assertEquals(13, pipe.pythonLine(21));      // Object item = outputP.recv(); → item = output_p.recv()
        assertEquals("item = output_p.recv()", pipe.sourceLines().get(12).strip());
        assertEquals(0, pipe.pythonLine(1));        // package org.proclab.lessons.pipe;
        assertEquals(0, pipe.pythonLine(-5));
    }

    @Test
    void everyLineAnEventOfARecordedRunPointsAt_hasAPythonLine() throws Exception {
        Map<String, Program> byStory = new HashMap<>();
        for (Program p : programs()) {
            byStory.put(p.lesson().id() + (p.variant() == null ? "" : "--" + p.variant().id()), p);
        }
        List<String> missing = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        int checked = 0;
        List<Path> stories;
        try (Stream<Path> s = Files.list(STORIES)) {
            stories = s.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path story : stories) {
            String name = story.getFileName().toString().replaceAll("(\\.crowded)?\\.jsonl$", "");
            Program p = byStory.get(name);
            assertNotNull(p, "no lesson or variant for the recorded run " + story);
            covered.add(p.name());
            for (Event e : TraceFiles.read(story)) {
                if (p.javaFile().equals(e.file()) && e.line() > 0) {
                    checked++;
                    if (p.twin().pythonLine(e.line()) == 0) {
                        missing.add(story.getFileName() + ": " + e.kind() + " at " + e.file() + ":" + e.line());
                    }
                }
            }
        }
        assertEquals(List.of(), missing.stream().distinct().toList());
        assertTrue(checked > 300, "events with a line: " + checked);
        // every lesson and variant has a recorded run, but for lesson 6, whose runs depend on the directories given
        assertEquals(programs().stream().filter(p -> !p.lesson().takesDirectories()).map(Program::name).sorted().toList(),
                covered.stream().sorted().toList());
    }

    /** A call in the Java program and what it is in Python (a Value's get()/set() is Python's .value). */
    private static final Map<Pattern, List<String>> CALLS = calls();

    private static Map<Pattern, List<String>> calls() {
        Map<Pattern, List<String>> m = new HashMap<>();
        m.put(Pattern.compile("\\.start\\(\\)"), List.of(".start()"));
        m.put(Pattern.compile("\\.join\\("), List.of(".join("));
        m.put(Pattern.compile("\\.send\\("), List.of(".send("));
        m.put(Pattern.compile("\\.recv\\("), List.of(".recv("));
        m.put(Pattern.compile("\\.close\\(\\)"), List.of(".close()"));
        m.put(Pattern.compile("(?<!\\bd)\\.put\\("), List.of(".put("));
        // a manager's proxies: d.get("k") and d.put("k", x) are Python's d["k"] and d["k"] = x
        m.put(Pattern.compile("\\bd\\.(?:get|put)\\("), List.of("d["));
        m.put(Pattern.compile("new Manager\\("), List.of("Manager("));
        m.put(Pattern.compile("manager\\.dict\\("), List.of("manager.dict("));
        m.put(Pattern.compile("manager\\.list\\("), List.of("manager.list("));
        m.put(Pattern.compile("manager\\.lock\\("), List.of("manager.Lock("));
        m.put(Pattern.compile("\\.append\\("), List.of(".append("));
        m.put(Pattern.compile("new Barrier\\("), List.of("Barrier("));
        m.put(Pattern.compile("together\\.await\\("), List.of("together.wait("));
        m.put(Pattern.compile("\\b(?:q|queue|replies|news)\\.get\\("), List.of(".get("));
        m.put(Pattern.compile("\\bv\\.get\\("), List.of("v.value"));
        m.put(Pattern.compile("\\bv\\.set\\("), List.of("v.value ="));
        m.put(Pattern.compile("\\.acquire\\("), List.of(".acquire("));
        m.put(Pattern.compile("\\.release\\("), List.of(".release("));
        m.put(Pattern.compile("\\.terminate\\("), List.of(".terminate("));
        m.put(Pattern.compile("\\.kill\\("), List.of(".kill("));
        m.put(Pattern.compile("MP\\.sleep\\("), List.of("time.sleep("));
        m.put(Pattern.compile("MP\\.getpid\\("), List.of("os.getpid("));
        m.put(Pattern.compile("MP\\.getppid\\("), List.of("os.getppid("));
        m.put(Pattern.compile("new Pool\\("), List.of("Pool("));
        m.put(Pattern.compile("\\.apply\\("), List.of(".apply("));
        m.put(Pattern.compile("\\.applyAsync\\("), List.of(".apply_async("));
        m.put(Pattern.compile("\\.map\\("), List.of(".map("));
        m.put(Pattern.compile("\\.imapUnordered\\("), List.of(".imap_unordered("));
        m.put(Pattern.compile("Pipe\\.open\\("), List.of("Pipe("));
        m.put(Pattern.compile("new Queue<"), List.of("Queue("));
        m.put(Pattern.compile("new Lock\\("), List.of("Lock("));
        m.put(Pattern.compile("Value\\.ofInt\\("), List.of("Value("));
        m.put(Pattern.compile("new Process\\("), List.of("Process("));
        m.put(Pattern.compile("System\\.(?:out|err)\\.print"), List.of("print"));   // print( or target=print
        return m;
    }

    @Test
    void everyCallOfEveryProgram_isMapped_toALineMakingTheSameCall() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        Set<String> seen = new TreeSet<>();
        for (Program p : programs()) {
            if (!seen.add(p.className())) {
                continue;
            }
            List<String> java = List.of(LessonResources.CLASS_PATH.text(Lesson.sourceResource(p.className())).split("\\R", -1));
            PythonTwin twin = p.twin();
            for (int i = 0; i < java.size(); i++) {
                String code = java.get(i).replaceAll("//.*", "");
                if (code.strip().startsWith("*") || code.strip().startsWith("/*")) {
                    continue; // javadoc
                }
                for (Map.Entry<Pattern, List<String>> c : CALLS.entrySet()) {
                    if (!c.getKey().matcher(code).find()) {
                        continue;
                    }
                    calls++;
                    int py = twin.pythonLine(i + 1);
                    String at = p.javaFile() + ":" + (i + 1) + " " + c.getKey();
                    if (py == 0) {
                        wrong.add(at + ": not mapped");
                    } else if (c.getValue().stream().noneMatch(twin.sourceLines().get(py - 1)::contains)) {
                        wrong.add(at + " → " + twin.file() + ":" + py + " \"" + twin.sourceLines().get(py - 1).strip() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(calls > 150, "calls checked: " + calls);
    }

    // ---- what a lesson file with a wrong map gets ----------------------------------------------------------------

    private static final String PROGRAM = "org.example.Demo";
    private static final String JAVA = """
            package org.example;

            public class Demo {
                public static void main(String[] args) {
                    // a comment
                    System.out.println("hi");
                }
            }
            """;
    private static final String PYTHON = """
            # a comment
            if __name__ == "__main__":
                print("hi")
            """;

    private static LessonResources resources() {
        return r -> switch (r) {
            case "/org/example/Demo.java" -> JAVA;
            case "/org/example/Other.java" -> JAVA;
            case "/lessons/python/demo.py", "/lessons/python/demo-v.py" -> PYTHON;
            default -> null;
        };
    }

    private static Lesson parse(String python, String variants) throws LessonCatalog.LessonFileException {
        String json = "{\n  \"id\": \"demo\",\n  \"number\": 1,\n  \"title\": {\"en\": \"T\", \"zh\": \"题\"},\n"
                + "  \"program\": \"" + PROGRAM + "\",\n  \"python\": " + python
                + (variants == null ? "" : ",\n  \"variants\": " + variants) + "\n}";
        return LessonCatalog.parse("lessons/demo.json", json, c -> true, resources());
    }

    private static String problemOf(String python, String variants) {
        return assertThrows(LessonCatalog.LessonFileException.class, () -> parse(python, variants)).getMessage();
    }

    @Test
    void parse_readsTheTwinAndItsMap() throws Exception {
        Lesson l = parse("{\"file\": \"demo.py\", \"lines\": {\"4\": 2, \"6\": 3}}", null);
        PythonTwin t = l.pythonTwin(null).orElseThrow();
        assertEquals("demo.py", t.file());
        assertEquals(PYTHON, t.source());
        assertEquals(Map.of(4, 2, 6, 3), t.lines());
        assertEquals(3, t.pythonLine(6));
    }

    @Test
    void parse_variantWithoutAProgram_hasTheLessonsTwin_andOneWithItsOwnProgram_hasItsOwn() throws Exception {
        Lesson l = parse("{\"file\": \"demo.py\", \"lines\": {\"6\": 3}}", """
                [{"id": "same", "title": {"en": "S", "zh": "同"}},
                 {"id": "v", "title": {"en": "V", "zh": "变"}, "program": "org.example.Other",
                  "python": {"file": "demo-v.py", "lines": {"6": 3}}}]""");
        assertEquals("demo.py", l.pythonTwin(l.variant("same").orElseThrow()).orElseThrow().file());
        assertEquals("demo-v.py", l.pythonTwin(l.variant("v").orElseThrow()).orElseThrow().file());
    }

    @Test
    void parse_otherFiles_mapsAHelperClassesLines_andTheTwinSeenFromEachFile() throws Exception {
        Lesson l = parse("{\"file\": \"demo.py\", \"lines\": {\"6\": 3}, \"otherFiles\": {\"Other.java\": {\"4\": 2}}}", null);
        PythonTwin t = l.pythonTwin(null).orElseThrow();
        assertEquals(Map.of("Other.java", Map.of(4, 2)), t.otherFiles());
        assertEquals(3, t.forJavaFile("Demo.java", "Demo.java").pythonLine(6));
        assertEquals(2, t.forJavaFile("Other.java", "Demo.java").pythonLine(4));
        assertEquals(0, t.forJavaFile("Other.java", "Demo.java").pythonLine(6), "Other.java's line 6 is not Demo.java's");
        assertEquals(0, t.forJavaFile("Third.java", "Demo.java").pythonLine(6), "a helper without a map maps nothing");
    }

    @Test
    void parse_otherFiles_wrong_nameTheFileTheLineAndWhy() {
        assertEquals("lessons/demo.json line 6: /python/otherFiles/Gone.java: \"Gone.java\" is not a .java file beside the"
                + " program (/org/example/)", problemOf("{\"file\": \"demo.py\", \"lines\": {}, \"otherFiles\": {\"Gone.java\": {}}}", null));
        assertEquals("lessons/demo.json line 6: /python/otherFiles/Other.java/40: line 40 is not in Other.java, which has 8 lines",
                problemOf("{\"file\": \"demo.py\", \"lines\": {}, \"otherFiles\": {\"Other.java\": {\"40\": 2}}}", null));
    }

    @Test
    void parse_wrongMaps_nameTheFileTheLineAndWhy() {
        assertEquals("lessons/demo.json line 6: /python/file: there is no lessons/python/gone.py on the class path",
                problemOf("{\"file\": \"gone.py\", \"lines\": {}}", null));
        assertEquals("lessons/demo.json line 6: /python/file: \"file\" must be the name of a Python file in lessons/python/,"
                + " such as \"pipe.py\"", problemOf("{\"file\": \"../demo.py\", \"lines\": {}}", null));
        assertEquals("lessons/demo.json line 6: /python/lines/40: line 40 is not in Demo.java, which has 8 lines",
                problemOf("{\"file\": \"demo.py\", \"lines\": {\"40\": 2}}", null));
        assertEquals("lessons/demo.json line 6: /python/lines/6: line 7 is not in demo.py, which has 3 lines",
                problemOf("{\"file\": \"demo.py\", \"lines\": {\"6\": 7}}", null));
        assertEquals("lessons/demo.json line 6: /python/lines/6: line 4 is not in demo.py, which has 3 lines",
                problemOf("{\"file\": \"demo.py\", \"lines\": {\"6\": 4}}", null));
        assertEquals("lessons/demo.json line 6: /python/lines/5: line 5 of Demo.java is blank or only a comment: nothing runs there",
                problemOf("{\"file\": \"demo.py\", \"lines\": {\"5\": 3}}", null));
        assertEquals("lessons/demo.json line 6: /python/lines/6: line 1 of demo.py is blank or only a comment: nothing runs there",
                problemOf("{\"file\": \"demo.py\", \"lines\": {\"6\": 1}}", null));
        assertEquals("lessons/demo.json line 6: /python/lines/six: \"six\" is not a line number of Demo.java",
                problemOf("{\"file\": \"demo.py\", \"lines\": {\"six\": 3}}", null));
        assertEquals("lessons/demo.json line 6: /python/lines/6: a Java line must map to a line number of demo.py",
                problemOf("{\"file\": \"demo.py\", \"lines\": {\"6\": \"3\"}}", null));
        assertEquals("lessons/demo.json line 6: /python/lines: \"lines\" must be an object from Java line to Python line,"
                + " such as {\"21\": 13}", problemOf("{\"file\": \"demo.py\", \"lines\": [6, 3]}", null));
        assertEquals("lessons/demo.json line 6: /python/where: unknown field \"where\" (expected one of [file, lines, otherFiles])",
                problemOf("{\"file\": \"demo.py\", \"lines\": {}, \"where\": 1}", null));
    }

    @Test
    void parse_variantWithAProgramOfItsOwnButNoTwin_isRefused_whenTheLessonHasOne() {
        String p = problemOf("{\"file\": \"demo.py\", \"lines\": {}}",
                "[{\"id\": \"v\", \"title\": {\"en\": \"V\", \"zh\": \"变\"}, \"program\": \"org.example.Other\"}]");
        assertEquals("lessons/demo.json line 7: /variants/0: this variant runs a program of its own, so it needs a"
                + " \"python\" twin of its own, as the lesson has one", p);
    }

    @Test
    void parse_aTwinOnAVariantThatRunsTheLessonsProgram_isRefused() {
        String p = problemOf("{\"file\": \"demo.py\", \"lines\": {}}",
                "[{\"id\": \"v\", \"title\": {\"en\": \"V\", \"zh\": \"变\"},"
                        + " \"python\": {\"file\": \"demo-v.py\", \"lines\": {}}}]");
        assertEquals("lessons/demo.json line 7: /variants/0/python: a variant without a program of its own has the"
                + " lesson's Python twin", p);
    }

    @Test
    void parse_aProgramWhoseSourceIsNotShipped_cannotBeMapped() {
        String json = "{\"id\": \"x\", \"number\": 1, \"title\": {\"en\": \"T\", \"zh\": \"题\"}, \"program\": \"org.example.Hidden\","
                + " \"python\": {\"file\": \"demo.py\", \"lines\": {}}}";
        String p = assertThrows(LessonCatalog.LessonFileException.class,
                () -> LessonCatalog.parse("lessons/x.json", json, c -> true, resources())).getMessage();
        assertEquals("lessons/x.json line 1: /python: the source of org.example.Hidden is not on the class path"
                + " (/org/example/Hidden.java), so its lines cannot be mapped", p);
    }
}
