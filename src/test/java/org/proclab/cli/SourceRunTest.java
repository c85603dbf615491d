package org.proclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.cli.RunCommandTest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.cli.RunCommandTest.Captured;
import org.proclab.playground.ProgramSources;

/** {@code proclab run --source FILE.java}: the student's own file, compiled in memory and run with real processes. */
@Tag("process")
class SourceRunTest {

    @Test
    void runSource_template_compilesRunsItsOwnRecordAcrossProcesses_exit0(@TempDir Path dir) throws IOException {
        Path file = write(dir, "MyProgram.java", ProgramSources.template(Locale.ENGLISH));
        Captured c = cli("run", "--source", file.toString());
        assertEquals(0, c.code(), c.out() + c.err());
        assertTrue(c.out().matches("(?s).*\\[MainProcess \\d+\\] main got a greeting from child \\(pid \\d+\\).*"), c.out());
        assertTrue(c.out().contains("] main done"), c.out());
    }

    @Test
    void runSource_argumentsAfterDashes_reachMain_andExitCodeIsThePrograms(@TempDir Path dir) throws IOException {
        Path file = write(dir, "Echo.java", """
                public class Echo {
                    public static void main(String[] args) {
                        System.out.println("args " + String.join("|", args));
                        System.exit(5);
                    }
                }
                """);
        Captured c = cli("run", "--source", file.toString(), "--", "one", "two words");
        assertEquals(5, c.code(), c.err());
        assertTrue(c.out().contains("] args one|two words"), c.out());
    }

    @Test
    void runSource_lessonThreeCopyWithoutConsumersClose_deadlockNamesTheHandle_exit3(@TempDir Path dir) throws IOException {
        String lesson = ProgramSources.copyOfLesson(lessonSource("/org/proclab/lessons/pipe/PipeLesson.java"), Locale.ENGLISH);
        String broken = lesson.replaceFirst("(?m)^\\s*inputP\\.close\\(\\);\\s*// the consumer never writes.*\\R", "");
        assertFalse(broken.equals(lesson), "the consumer's close() was found and removed");
        Path file = write(dir, "PipeLesson.java", broken);

        Captured c = cli("run", "--source", file.toString(), "--timeout", "60");
        assertEquals(3, c.code(), c.out() + c.err());
        String line = c.err().lines().filter(l -> l.startsWith("DEADLOCK: ")).findFirst().orElseThrow(() -> new AssertionError(c.err()));
        assertTrue(line.contains("waits in recv() on pipe-1:0"), line);
        assertTrue(line.contains("never closed its own copy of the write end pipe-1:1"), line);
    }

    @Test
    void runSource_compileError_printsFileLineMessageAndCaret_exit2_nothingRuns(@TempDir Path dir) throws IOException {
        Path file = write(dir, "Broken.java", """
                public class Broken {
                    public static void main(String[] args) {
                        System.out.println("never printed");
                        int n = "three";
                    }
                }
                """);
        Captured c = cli("run", "--source", file.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains(file + ":4: incompatible types: java.lang.String cannot be converted to int"), c.err());
        assertTrue(c.err().contains("        int n = \"three\";\n                ^"), c.err());
        assertTrue(c.err().contains("1 error; nothing was run"), c.err());
        assertFalse(c.out().contains("never printed"), c.out());
    }

    @Test
    void runSource_wildcardImport_processIsAmbiguous_errorSaysWhichImportWorks(@TempDir Path dir) throws IOException {
        Path file = write(dir, "Star.java", """
                import org.proclab.mp.*;

                public class Star {
                    public static void main(String[] args) {
                        Process p = new Process("child", () -> System.out.println("hi"));
                        p.start();
                    }
                }
                """);
        Captured c = cli("run", "--source", file.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains(file + ":5: reference to Process is ambiguous"), c.err());
        assertTrue(c.err().contains("import org.proclab.mp.Process;"), c.err());
    }

    @Test
    void runSource_noSuchFile_saysSo_exit2(@TempDir Path dir) {
        Captured c = cli("run", "--source", dir.resolve("Missing.java").toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("proclab: there is no file " + dir.resolve("Missing.java")), c.err());
    }

    @Test
    void runSource_withClasspath_refusedWithAReason_exit2(@TempDir Path dir) throws IOException {
        Path file = write(dir, "MyProgram.java", ProgramSources.template(Locale.ENGLISH));
        Captured c = cli("run", "--source", file.toString(), "--classpath", "target/test-classes");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("--classpath goes with --main"), c.err());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static String lessonSource(String resource) throws IOException {
        try (InputStream in = SourceRunTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("the lesson's source is not on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
