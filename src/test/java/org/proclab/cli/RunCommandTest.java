package org.proclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.TraceFiles;

@Tag("process")
class RunCommandTest {

    /** Runs the command line in this JVM and captures what it prints. */
    static Captured cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Cli.run(args);
            return new Captured(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    record Captured(int code, String out, String err) {}

    @Test
    void runLesson_createProcess_printsPidsAndTraceHoldsBothLives(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("t.jsonl");
        Captured c = cli("run", "--lesson", "create-process", "--trace", trace.toString());
        assertEquals(0, c.code(), c.err());

        List<Event> events = TraceFiles.read(trace);
        Event mainStart = events.stream().filter(e -> e.kind() == EventKind.START && "MainProcess".equals(e.text())).findFirst().orElseThrow();
        Event childStart = events.stream().filter(e -> e.kind() == EventKind.START && "Process-1".equals(e.text())).findFirst().orElseThrow();
        assertEquals(mainStart.pid(), childStart.num(), "the child's ppid in the trace is the main process's pid");
        for (Event start : List.of(mainStart, childStart)) {
            assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.EXIT && e.pid() == start.pid() && e.num() == 0));
        }
        String child = "[Process-1 " + childStart.pid() + "]";
        assertTrue(c.out().contains(child + "   process id:     " + childStart.pid()), c.out());
        assertTrue(c.out().contains(child + "   parent process: " + mainStart.pid()), c.out());
        assertTrue(c.out().contains("[MainProcess " + mainStart.pid() + "] main line"), c.out());
    }

    @Test
    void run_exitCodeIsTheMainPrograms() {
        Captured c = cli("run", "--main", "org.proclab.programs.ExitCodeSeven", "--classpath", "target/test-classes");
        assertEquals(7, c.code());
        assertTrue(c.out().contains("] child done"), c.out());
    }

    @Test
    void run_unknownLesson_clearMessageAndUsageError() {
        Captured c = cli("run", "--lesson", "no-such-lesson");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("no lesson \"no-such-lesson\""), c.err());
    }

    @Test
    void run_unknownClass_saysSoAndFails() {
        Captured c = cli("run", "--main", "org.example.Missing");
        assertEquals(1, c.code());
        assertTrue(c.err().contains("class org.example.Missing was not found on the class path"), c.err());
    }

    @Test
    void run_timeout_stopsEverythingExit124() {
        Captured c = cli("run", "--main", "org.proclab.programs.SleepyChildren", "--classpath", "target/test-classes",
                "--timeout", "2");
        assertEquals(124, c.code());
        assertTrue(c.err().contains("time-out"), c.err());
    }

    @Test
    void runForgottenClose_printsDeadlockNamingTheHandle_exit3() {
        Captured c = cli("run", "--lesson", "pipe", "--variant", "forgot-close");
        assertEquals(3, c.code(), c.out() + c.err());
        String line = c.err().lines().filter(l -> l.startsWith("DEADLOCK: ")).findFirst().orElseThrow(() -> new AssertionError(c.err()));
        assertTrue(line.contains("waits in recv() on pipe-1:0"), line);
        assertTrue(line.contains("never closed its own copy of the write end pipe-1:1"), line);
        assertTrue(c.out().contains("] consumer got 4"), c.out());
    }

    @Test
    void lessons_listsLessonsAndVariants() {
        Captured c = cli("lessons");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("create-process"));
        assertTrue(c.out().contains("--variant exit-codes"));
    }
}
