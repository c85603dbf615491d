package org.proclab.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an event log in Chrome's trace event format, which Perfetto (ui.perfetto.dev) and
 * chrome://tracing open: one track per process, its life and blocked calls as spans, pool tasks as
 * spans on their worker, and every other event as an instant marker.
 */
public final class ChromeTrace {
    private ChromeTrace() {}

    public static void write(List<Event> events, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("traceEvents");
            Map<Long, Event> lifeStart = new HashMap<>();
            Map<Long, Event> blockStart = new HashMap<>();
            Map<String, Event> taskStart = new HashMap<>();
            for (Event e : events) {
                switch (e.kind()) {
                    case START -> {
                        lifeStart.put(e.pid(), e);
                        meta(g, e.pid(), e.text() + " (" + e.pid() + ")");
                    }
                    case EXIT -> {
                        span(g, lifeStart.remove(e.pid()), e, "process", "life");
                        span(g, blockStart.remove(e.pid()), e, "blocked", "blocked");
                        instant(g, e, "exit " + (e.hasNum() ? e.num() : "?"));
                    }
                    case BLOCK -> blockStart.put(e.pid(), e);
                    case RECV, EOF, GET, PUT, ACQUIRE, TIMEOUT, JOIN, TASK_START -> {
                        Event b = blockStart.remove(e.pid());
                        if (b != null) {
                            span(g, b, e, b.text() + " " + b.obj(), "blocked");
                        }
                        if (e.kind() == EventKind.TASK_START) {
                            taskStart.put(e.obj(), e);
                        } else {
                            instant(g, e, label(e));
                        }
                    }
                    case TASK_DONE -> span(g, taskStart.remove(e.obj()), e, e.obj() + " → " + e.text(), "task");
                    case CPU, READY -> { }
                    default -> instant(g, e, label(e));
                }
            }
            g.writeEndArray();
            g.writeStringField("displayTimeUnit", "ms");
            g.writeEndObject();
        }
    }

    private static String label(Event e) {
        StringBuilder s = new StringBuilder(e.kind().wireName());
        if (e.obj() != null) {
            s.append(' ').append(e.obj());
        }
        if (e.text() != null) {
            s.append(' ').append(e.text().length() > 80 ? e.text().substring(0, 79) + "…" : e.text());
        }
        return s.toString();
    }

    private static void meta(JsonGenerator g, long pid, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("ph", "M");
        g.writeStringField("name", "process_name");
        g.writeNumberField("pid", pid);
        g.writeObjectFieldStart("args");
        g.writeStringField("name", name);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Event from, Event to, String name, String cat) throws IOException {
        if (from == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("ph", "X");
        g.writeStringField("name", name);
        g.writeStringField("cat", cat);
        g.writeNumberField("pid", to.pid());
        g.writeNumberField("tid", to.pid());
        g.writeNumberField("ts", from.nanos() / 1000.0);
        g.writeNumberField("dur", Math.max(0, to.nanos() - from.nanos()) / 1000.0);
        g.writeEndObject();
    }

    private static void instant(JsonGenerator g, Event e, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("ph", "i");
        g.writeStringField("s", "t");
        g.writeStringField("name", name);
        g.writeStringField("cat", e.kind().wireName());
        g.writeNumberField("pid", e.pid());
        g.writeNumberField("tid", e.pid());
        g.writeNumberField("ts", e.nanos() / 1000.0);
        g.writeObjectFieldStart("args");
        g.writeNumberField("seq", e.seq());
        if (e.file() != null) {
            g.writeStringField("at", e.file() + ":" + e.line());
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
