package org.proclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class TraceFilesTest {

    @Test
    void writeThenRead_sameEvents_namedFieldsPerKind(@TempDir Path dir) throws Exception {
        EventLog log = new EventLog();
        log.append(10, EventKind.START, "main", "MainProcess", 1);
        log.append(11, EventKind.START, "child", "Process-1", 10, "Lesson.java", 27);
        log.append(11, EventKind.OUTPUT, "stdout", "hello \"bob\" ünïcödé 你好", Event.NO_NUM);
        log.append(11, EventKind.EXIT, null, "returned", 0);
        Path f = dir.resolve("t.jsonl");
        TraceFiles.write(log.snapshot(), f);

        List<String> lines = Files.readAllLines(f);
        assertTrue(lines.get(1).contains("\"ppid\":10"), lines.get(1));
        assertTrue(lines.get(1).contains("\"name\":\"Process-1\""));
        assertTrue(lines.get(1).contains("\"file\":\"Lesson.java\",\"line\":27"));
        List<Event> back = TraceFiles.read(f);
        assertEquals(4, back.size());
        for (int i = 0; i < 4; i++) {
            Event a = log.snapshot().get(i);
            Event b = back.get(i);
            assertEquals(a.kind(), b.kind());
            assertEquals(a.pid(), b.pid());
            assertEquals(a.obj(), b.obj());
            assertEquals(a.text(), b.text());
            assertEquals(a.num(), b.num());
            assertEquals(a.line(), b.line());
        }
    }

    @Test
    void read_notATrace_namesTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "{\"seq\":0,\"pid\":1,\"kind\":\"start\"}\nthis is not json\n");
        var e = assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.read(f));
        assertTrue(e.getMessage().contains("line 2 is not JSON"), e.getMessage());
    }

    @Test
    void read_jsonButNotEvents_saysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("package.json");
        Files.writeString(f, "{\"name\":\"x\"}\n");
        var e = assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.read(f));
        assertTrue(e.getMessage().contains("line 1 is not a ProcLab event"), e.getMessage());
    }

    @Test
    void read_unknownKind_named(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.jsonl");
        Files.writeString(f, "{\"seq\":0,\"pid\":1,\"kind\":\"teleport\"}\n");
        var e = assertThrows(TraceFiles.TraceFormatException.class, () -> TraceFiles.read(f));
        assertTrue(e.getMessage().contains("unknown event kind \"teleport\""), e.getMessage());
    }
}
