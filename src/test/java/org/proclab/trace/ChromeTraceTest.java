package org.proclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class ChromeTraceTest {

    @Test
    void write_processLivesBlocksAndTasksAsSpans_namesAsMetadata(@TempDir Path dir) throws Exception {
        List<Event> ev = new ArrayList<>();
        ev.add(new Event(0, 1_000_000, 10, EventKind.START, "main", "MainProcess", 1, null, 0));
        ev.add(new Event(1, 2_000_000, 10, EventKind.BLOCK, "pipe-1:0", "recv()", Event.NO_NUM, "A.java", 5));
        ev.add(new Event(2, 5_000_000, 10, EventKind.RECV, "pipe-1:0", "4", 7, "A.java", 5));
        ev.add(new Event(3, 6_000_000, 11, EventKind.TASK_START, "pool-1/task-1", null, Event.NO_NUM, null, 0));
        ev.add(new Event(4, 9_000_000, 11, EventKind.TASK_DONE, "pool-1/task-1", "101", 1, null, 0));
        ev.add(new Event(5, 10_000_000, 10, EventKind.EXIT, null, "returned", 0, null, 0));
        Path f = dir.resolve("chrome.json");
        ChromeTrace.write(ev, f);

        JsonNode all = new ObjectMapper().readTree(f.toFile()).get("traceEvents");
        List<JsonNode> spans = new ArrayList<>();
        all.forEach(n -> {
            if ("X".equals(n.get("ph").asText())) {
                spans.add(n);
            }
        });
        assertEquals(3, spans.size(), all.toString());
        JsonNode blocked = spans.get(0);
        assertEquals("recv() pipe-1:0", blocked.get("name").asText());
        assertEquals(2000.0, blocked.get("ts").asDouble());
        assertEquals(3000.0, blocked.get("dur").asDouble());
        assertEquals("pool-1/task-1 → 101", spans.get(1).get("name").asText());
        assertEquals(11, spans.get(1).get("pid").asLong());
        assertEquals(9000.0, spans.get(2).get("dur").asDouble(), "the process's life");
        assertTrue(all.toString().contains("\"process_name\""));
        assertTrue(all.toString().contains("MainProcess (10)"));
    }
}
