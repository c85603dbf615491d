package org.proclab.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ProgramCompilerTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final ProgramCompiler compiler = new ProgramCompiler();

    /** Loads compiled classes from their bytes, as a worker JVM loads them from the run directory. */
    static final class BytesLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesLoader(Map<String, byte[]> classes) {
            super(BytesLoader.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void compile_fileWithOwnClasses_givesEveryClassAndThePublicMain() throws Exception {
        String source = lines(
                "import java.util.List;",
                "class Helper {",
                "    static String twice(String s) { return s + s; }",
                "}",
                "public class Hello {",
                "    record Item(String name) implements java.io.Serializable {}",
                "    public static String where() {",
                "        StackTraceElement e = new Throwable().getStackTrace()[0];",
                "        return Helper.twice(new Item(\"x\").name()) + \" \" + e.getFileName() + \":\" + e.getLineNumber();",
                "    }",
                "    public static void main(String[] args) { System.out.println(where()); }",
                "}");
        Compilation c = compiler.compile("Hello.java", source);

        assertTrue(c.compiled(), c.problems().toString());
        assertEquals("Hello", c.mainClass());
        assertEquals(java.util.Set.of("Hello", "Hello$Item", "Helper"), c.classes().keySet());
        // the classes are real, and their lines and file name are the editor's: the code markers find them
        Class<?> hello = new BytesLoader(c.classes()).loadClass("Hello");
        Method where = hello.getMethod("where");
        assertEquals("xx Hello.java:8", where.invoke(null));
    }

    @Test
    void compile_publicClassNotNamedAfterTheFile_compilesAsJavaFileJavaDoes() {
        Compilation c = compiler.compile("Untitled.java", lines(
                "public class Other {",
                "    public static void main(String[] args) {}",
                "}"));
        assertTrue(c.compiled(), c.problems().toString());
        assertEquals("Other", c.mainClass());
        assertEquals("Untitled.java", c.fileName());
    }

    @Test
    void compile_firstClassHasNoMain_theOneWithMainRuns_publicPreferred() {
        Compilation c = compiler.compile("Two.java", lines(
                "class First { public static void main(String[] args) {} }",
                "class Plain {}",
                "public class Second { public static void main(String[] args) {} }"));
        assertEquals("Second", c.mainClass());
        Compilation d = compiler.compile("Two.java", lines(
                "class Plain {}",
                "class Runner { public static void main(String[] args) {} }"));
        assertEquals("Runner", d.mainClass());
    }

    @Test
    void compile_undefinedName_errorAtItsLineSpanningTheName_inBothLanguages() {
        String source = lines(
                "public class Broken {",
                "    public static void main(String[] args) {",
                "        int x = 1;",
                "        System.out.println(x + missingName);",
                "    }",
                "}");
        Compilation c = compiler.compile("Broken.java", source);

        assertEquals(Compilation.Outcome.ERRORS, c.outcome());
        assertNull(c.mainClass());
        assertTrue(c.classes().isEmpty());
        Problem p = c.errors().get(0);
        assertEquals(1, c.errors().size(), c.problems().toString());
        assertEquals(4, p.line());
        assertEquals("missingName", source.substring(p.start(), p.end()));
        assertEquals(source.indexOf("missingName") - source.indexOf("        System") + 1, p.column());
        assertTrue(p.message().in(Locale.ENGLISH).startsWith("cannot find symbol"), p.message().in(Locale.ENGLISH));
        assertNotEquals(p.message().in(Locale.ENGLISH), p.message().in(ZH), "javac's Chinese message");
    }

    @Test
    void compile_wildcardImportOfTheApi_processIsAmbiguous_hintSaysWhatImportWorks() {
        String source = lines(
                "import org.proclab.mp.*;",
                "",
                "public class Clash {",
                "    public static void main(String[] args) {",
                "        Process p = new Process(() -> System.out.println(\"hi\"));",
                "        p.start();",
                "    }",
                "}");
        Compilation c = compiler.compile("Clash.java", source);

        assertFalse(c.compiled());
        Problem p = c.errors().get(0);
        assertEquals(5, p.line());
        assertTrue(p.message().in(Locale.ENGLISH).contains("reference to Process is ambiguous"), p.message().en());
        String en = p.hint().in(Locale.ENGLISH);
        assertTrue(en.contains("java.lang.Process") && en.contains("import org.proclab.mp.Process;"), en);
        String zh = p.hint().in(ZH);
        assertTrue(zh.contains("import org.proclab.mp.Process;") && zh.contains("不要写 import org.proclab.mp.*;"), zh);
        assertTrue(p.text(Locale.ENGLISH).endsWith(en), "the list shows the hint after javac's message");

        // the import the hint names compiles
        Compilation fixed = compiler.compile("Clash.java", source.replace("org.proclab.mp.*;", "org.proclab.mp.Process;"));
        assertTrue(fixed.compiled(), fixed.problems().toString());
    }

    @Test
    void compile_queueAmbiguousWithJavaUtil_hintNamesBothQueues() {
        Compilation c = compiler.compile("Q.java", lines(
                "import java.util.*;",
                "import org.proclab.mp.*;",
                "public class Q {",
                "    public static void main(String[] args) { Queue<String> q = new Queue<>(); }",
                "}"));
        String hint = c.errors().get(0).hint().in(Locale.ENGLISH);
        assertTrue(hint.contains("java.util.Queue") && hint.contains("import org.proclab.mp.Queue;"), hint);
    }

    @Test
    void compile_apiClassWithoutImport_hintNamesTheImport() {
        Compilation c = compiler.compile("P.java", lines(
                "public class P {",
                "    public static void main(String[] args) { Pipe p = Pipe.open(); }",
                "}"));
        Problem p = c.errors().get(0);
        assertEquals(2, p.line());
        assertTrue(p.hint().in(Locale.ENGLISH).contains("import org.proclab.mp.Pipe;"), p.hint().en());
        // a name that is not the API's gets javac's message alone
        Compilation other = compiler.compile("P.java", lines(
                "public class P {",
                "    public static void main(String[] args) { Nothing n = null; }",
                "}"));
        assertNull(other.errors().get(0).hint());
    }

    @Test
    void compile_noMain_errorOnTheFirstClassLine() {
        String source = lines("import java.util.List;", "", "public class Lib {", "    static int f() { return 1; }", "}");
        Compilation c = compiler.compile("Lib.java", source);
        Problem p = c.errors().get(0);
        assertEquals(3, p.line());
        assertEquals("public class Lib {", source.substring(p.start(), p.end()));
        assertTrue(p.message().in(Locale.ENGLISH).contains("main"), p.message().en());
        assertTrue(p.message().in(ZH).contains("main 方法"), p.message().in(ZH));
    }

    @Test
    void compile_lessonClassUnchanged_refused_sinceProcLabsOwnWouldRun() {
        String source = lines(
                "package org.proclab.lessons.pipe;",
                "public class PipeLesson {",
                "    public static void main(String[] args) { System.out.println(\"edited\"); }",
                "}");
        Compilation c = compiler.compile("PipeLesson.java", source);
        Problem p = c.errors().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().en().contains("org.proclab.lessons.pipe.PipeLesson"), p.message().en());
        assertTrue(p.message().en().contains("Remove the package line"), p.message().en());
    }

    @Test
    void compile_deprecationWarning_stillCompiles_warningListed() {
        Compilation c = compiler.compile("W.java", lines(
                "public class W {",
                "    public static void main(String[] args) { Integer i = new Integer(5); }",
                "}"));
        assertTrue(c.compiled());
        assertEquals(List.of(Problem.Severity.WARNING), c.problems().stream().map(Problem::severity).toList());
        assertEquals(2, c.problems().get(0).line());
    }

    @Test
    void compile_withoutCompiler_saysSoWithoutThrowing() {
        ProgramCompiler bare = new ProgramCompiler(() -> null);
        assertFalse(bare.available());
        Compilation c = bare.compile("Hello.java", "public class Hello {}");
        assertEquals(Compilation.Outcome.NO_COMPILER, c.outcome());
        assertTrue(c.problems().isEmpty());
        assertTrue(compiler.available(), "the tests run on a JDK");
    }

    @Test
    void compile_tooLong_refusedBeforeTheCompiler() {
        Compilation c = compiler.compile("Big.java", "class Big {}\n" + "//".repeat(ProgramCompiler.MAX_SOURCE_CHARS / 2));
        assertEquals(Compilation.Outcome.ERRORS, c.outcome());
        assertTrue(c.errors().get(0).message().en().contains("1,000,000"), c.errors().get(0).message().en());
    }

    @Test
    void fileName_plainNameEndingInJava() {
        assertEquals("Hello.java", ProgramCompiler.fileName("/home/me/src/Hello.java"));
        assertEquals("Hello.java", ProgramCompiler.fileName("C:\\work\\Hello"));
        assertEquals("Program.java", ProgramCompiler.fileName(""));
    }

    @Test
    void templates_compileWithoutProblems_inBothLanguages() {
        for (Locale l : List.of(Locale.ENGLISH, ZH)) {
            Compilation c = compiler.compile(ProgramSources.TEMPLATE_FILE, ProgramSources.template(l));
            assertTrue(c.compiled(), l + ": " + c.problems());
            assertTrue(c.problems().isEmpty(), l + ": " + c.problems());
            assertEquals("MyProgram", c.mainClass());
        }
        assertTrue(ProgramSources.template(ZH).contains("你自己的程序"));
    }

    @Test
    void copyOfLesson_packageLineBecomesAComment_linesKeepTheirNumbers_andItCompiles() throws Exception {
        String lesson;
        try (var in = getClass().getResourceAsStream("/org/proclab/lessons/pipe/PipeLesson.java")) {
            lesson = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String copy = ProgramSources.copyOfLesson(lesson, Locale.ENGLISH);
        assertEquals(lesson.lines().count(), copy.lines().count());
        assertTrue(copy.lines().findFirst().orElseThrow().startsWith("// your copy"), copy);
        assertEquals(lesson.lines().skip(1).toList(), copy.lines().skip(1).toList());
        Compilation c = compiler.compile("PipeLesson.java", copy);
        assertTrue(c.compiled(), c.problems().toString());
        assertEquals("PipeLesson", c.mainClass());
    }

    @Test
    void copyOfLesson_ofSeveralFiles_helpersInTheOneFile_mainLinesKeepTheirNumbers_andItCompiles() throws Exception {
        List<String> helpers = new java.util.ArrayList<>();
        for (String name : List.of("DirectoryWalker", "ManyProcesses", "OneProcess", "Report", "TypedListing", "WithPool")) {
            helpers.add(resource("/org/proclab/lessons/enumerate/" + name + ".java"));
        }
        String lesson = resource("/org/proclab/lessons/enumerate/Enumerate.java");
        String copy = ProgramSources.copyOfLesson(lesson, helpers, Locale.ENGLISH);
        List<String> lines = copy.lines().toList();
        assertTrue(lines.get(0).startsWith("import java.io.IOException; "), lines.get(0));
        assertTrue(lines.get(0).contains("import org.proclab.mp.Pool; "), "a helper's import, on line 1: " + lines.get(0));
        assertTrue(lines.get(0).contains("// your copy"), lines.get(0));
        assertEquals(lesson.lines().skip(1).toList(), lines.subList(1, (int) lesson.lines().count()), "the main file's lines keep their numbers");
        assertTrue(copy.contains("\nfinal class DirectoryWalker {"), "the helper classes follow it");
        assertEquals(1, lines.stream().filter(l -> l.startsWith("public class")).count(), "one public class");
        Compilation c = compiler.compile("Enumerate.java", copy);
        assertTrue(c.compiled(), c.problems().toString());
        assertEquals("Enumerate", c.mainClass());

        // a variant whose helper is the lesson's public main class: that one is public no more
        String variant = ProgramSources.copyOfLesson(resource("/org/proclab/lessons/enumerate/OneMessagePerFile.java"),
                List.of(lesson, helpers.get(0), helpers.get(1), helpers.get(2), helpers.get(3), helpers.get(4), helpers.get(5)), Locale.ENGLISH);
        Compilation v = compiler.compile("OneMessagePerFile.java", variant);
        assertTrue(v.compiled(), v.problems().toString());
        assertEquals("OneMessagePerFile", v.mainClass());
    }

    private String resource(String name) throws java.io.IOException {
        try (var in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
