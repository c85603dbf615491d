package org.proclab.kernel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/** Runs a test program under a real kernel and gives back what happened. */
public final class Runs {
    public static final Path TEST_CLASSES = Path.of("target", "test-classes");

    private Runs() {}

    public static Outcome run(Class<?> program, String... args) throws Exception {
        return run(StartMethod.FORK, program, args);
    }

    public static Outcome run(StartMethod method, Class<?> program, String... args) throws Exception {
        return run(method, s -> { }, program, args);
    }

    /** A run whose session {@code setup} changes first (smaller limits, say). */
    public static Outcome run(StartMethod method, java.util.function.Consumer<Session> setup, Class<?> program,
                              String... args) throws Exception {
        return run(Session.open(method), setup, program, args);
    }

    /** A run in a session opened by the caller (other worker flags); closed here. */
    public static Outcome run(Session session, java.util.function.Consumer<Session> setup, Class<?> program,
                              String... args) throws Exception {
        StartMethod method = StartMethod.valueOf(session.kernel().startMethod().toUpperCase(java.util.Locale.ROOT));
        try (Session s = session) {
            setup.accept(s);
            s.stopWhenDeadlocked();
            s.launch(new ProgramSpec(program.getName(), List.of(TEST_CLASSES), List.of(args), method));
            RunResult r = s.await(Duration.ofSeconds(60));
            return new Outcome(r, s.eventLog().snapshot());
        }
    }

    /** A session setup with smaller limits, reached quickly: kernel memory, pipe capacity, seconds answers may wait unread. */
    public static java.util.function.Consumer<Session> limits(long memoryBytes, long pipeBytes, long stallSeconds) {
        return s -> {
            synchronized (s.kernel()) {
                s.kernel().ipc.flow.limit(memoryBytes, pipeBytes);
            }
            s.kernel().evictions.stallSeconds(stallSeconds);
        };
    }

    /** The result and the full event log of one run. */
    public record Outcome(RunResult result, List<Event> events) {
        public List<Event> of(EventKind kind) {
            return events.stream().filter(e -> e.kind() == kind).collect(Collectors.toList());
        }

        public List<String> stdout(long pid) {
            return lines(pid, "stdout");
        }

        public List<String> lines(long pid, String stream) {
            List<String> out = new ArrayList<>();
            for (Event e : events) {
                if (e.kind() == EventKind.OUTPUT && e.pid() == pid && stream.equals(e.obj())) {
                    out.add(e.text());
                }
            }
            return out;
        }

        public Event start(String name) {
            return of(EventKind.START).stream().filter(e -> name.equals(e.text())).findFirst()
                    .orElseThrow(() -> new AssertionError("no process named " + name + " in " + events));
        }

        public Optional<Event> exit(long pid) {
            return of(EventKind.EXIT).stream().filter(e -> e.pid() == pid).findFirst();
        }

        public long exitCode(String name) {
            return exit(start(name).pid()).orElseThrow().num();
        }

        /** A printed line "key value" from a process, parsed as a long. */
        public long printed(long pid, String key) {
            return stdout(pid).stream().filter(l -> l.startsWith(key + " ")).findFirst()
                    .map(l -> Long.parseLong(l.substring(key.length() + 1).trim()))
                    .orElseThrow(() -> new AssertionError("no line '" + key + "' from " + pid + ": " + stdout(pid)));
        }
    }
}
