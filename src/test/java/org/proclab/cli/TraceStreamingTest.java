package org.proclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.programs.Chatter;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.TraceFiles;

/** {@code run --trace FILE} writes the trace as the run goes: a killed command leaves it on disk. */
@Tag("process")
class TraceStreamingTest {

    /**
     * The events of the file's whole lines. A line cut short by the kill is left out here, whether or not
     * TraceFiles.read already skips one with a warning.
     */
    static List<Event> wholeLines(Path trace, Path scratch) throws IOException {
        byte[] b = Files.readAllBytes(trace);
        int end = b.length;
        while (end > 0 && b[end - 1] != '\n') {
            end--;
        }
        if (end == 0) {
            return List.of();
        }
        Files.write(scratch, java.util.Arrays.copyOf(b, end));
        return TraceFiles.read(scratch);
    }

    static long outputs(List<Event> events, String prefix) {
        return events.stream().filter(e -> e.kind() == EventKind.OUTPUT && e.text() != null && e.text().startsWith(prefix)).count();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // a trace written only at the end never shows: fail, not hang
    void traceOption_cliKilledWithSigkill_fileHoldsEveryEventUpToTheKill(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("run.jsonl");
        Path scratch = dir.resolve("whole-lines.jsonl");
        Path console = dir.resolve("console.txt");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.proclab.Launcher",
                "run", "--main", Chatter.class.getName(), "--classpath", "target/test-classes", "--trace", trace.toString());
        java.lang.Process app = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        List<ProcessHandle> workers = new ArrayList<>();
        try {
            List<Event> seen = List.of();
            // wait for the run to show in the file: both processes have printed 200 lines
            while (outputs(seen, "main line") < 200 || outputs(seen, "child line") < 200) {
                assertTrue(app.isAlive(), () -> "proclab ended early: " + read(console));
                Thread.sleep(20);
                seen = Files.exists(trace) ? wholeLines(trace, scratch) : List.of();
            }
            app.toHandle().descendants().forEach(workers::add);

            app.toHandle().destroyForcibly(); // SIGKILL: no close, no flush, no shutdown hook
            assertTrue(app.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, app.exitValue());

            List<Event> events = wholeLines(trace, scratch);
            assertTrue(events.size() >= seen.size(), "the file kept what it had before the kill");
            for (int i = 0; i < events.size(); i++) {
                assertEquals(i, events.get(i).seq(), "events in order, none missing");
            }
            assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.START && "MainProcess".equals(e.text())));
            assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.START && "chatter".equals(e.text())));
            for (String who : List.of("main", "child")) {
                List<String> lines = events.stream()
                        .filter(e -> e.kind() == EventKind.OUTPUT && e.text().startsWith(who + " line ")).map(Event::text).toList();
                for (int i = 0; i < lines.size(); i++) {
                    assertEquals(who + " line " + i, lines.get(i), "every line the " + who + " process printed, in order");
                }
            }
        } finally {
            app.destroyForcibly();
            workers.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void traceOption_folderMissing_saysSoAndRunsNothing(@TempDir Path dir) {
        Path trace = dir.resolve("no-such-folder").resolve("t.jsonl");
        RunCommandTest.Captured c = RunCommandTest.cli("run", "--lesson", "create-process", "--trace", trace.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("proclab: cannot write the trace to " + trace + ": its folder does not exist"), c.err());
        assertFalse(c.out().contains("MainProcess"), "nothing ran: " + c.out());
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return "(no console)";
        }
    }
}
