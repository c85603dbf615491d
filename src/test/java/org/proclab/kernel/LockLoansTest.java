package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.ipc.LentLock;
import org.proclab.programs.ipc.LockLentThenStepped;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * A value's lock is lent, with the value, to the process that takes it: it acquires, reads, writes and releases
 * by itself, and the kernel records each operation after, in order, with its line. Another process's operation
 * waits for the loan to come back and then runs as it always did.
 */
@Tag("process")
class LockLoansTest {
    private static final Path SOURCE = Path.of("src", "test", "java", "org", "proclab", "programs", "ipc", "LentLock.java");

    @Test
    void lentLock_recordsEveryOperationInOrder_withItsLine_andOthersWaitForItsReturn() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, LentLock.class,
                List.of(new Cue("holder blocked", Cue.blocked("holder", "acquire()"))));
        long main = o.result().mainPid();
        assertEquals(List.of(
                "alone: 1000",
                "shared: 4000",
                "after its end: value 7, acquire(0.2) false",
                "holder says lent true",
                "value while lent: 5",
                "holder says took it back, value 6, lent true",
                "a condition on it waits and times out: true"), o.stdout(main));
        assertEquals(List.of("lent after its first acquire: true", "still lent: true"), o.stdout(o.start("alone").pid()));
        assertEquals(List.of("ends holding the lent lock: true"), o.stdout(o.start("keeps").pid()));
        assertEquals(0, o.result().exitCode());

        // alone: every operation recorded, in the program's order, each at its own line
        long alone = o.start("alone").pid();
        List<Event> ops = onValue(o, "value-1").stream().filter(e -> e.pid() == alone).toList();
        List<String> kinds = ops.stream().map(e -> e.kind().name()).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            expected.addAll(List.of("ACQUIRE", "VALUE_GET", "VALUE_SET", "RELEASE"));
        }
        assertEquals(expected, kinds);
        assertEquals(IntStream.rangeClosed(1, 1000).mapToObj(String::valueOf).toList(), texts(ops, EventKind.VALUE_SET));
        int loopAcquire = lineOf("// the loop's acquire");
        int loopGetSet = lineOf("// the loop's get and set");
        int loopRelease = lineOf("// the loop's release");
        List<Event> loop = ops.subList(4, ops.size());
        for (Event e : loop) {
            int want = switch (e.kind()) {
                case ACQUIRE -> loopAcquire;
                case RELEASE -> loopRelease;
                default -> loopGetSet;
            };
            assertEquals(want, e.line(), e + " is recorded at its line");
        }

        // two adders: the log shows the lock's exclusion and every set one more than the one before
        long main0 = main;
        List<Event> shared = onValue(o, "value-2").stream().filter(e -> e.pid() != main0).toList(); // main reads at the end
        assertEquals(IntStream.rangeClosed(1, 4000).mapToObj(String::valueOf).toList(), texts(shared, EventKind.VALUE_SET));
        Long holder = null;
        for (Event e : shared) {
            switch (e.kind()) {
                case ACQUIRE -> {
                    assertEquals(null, holder, "acquired while held: " + e);
                    holder = e.pid();
                }
                case RELEASE -> {
                    assertEquals(holder, e.pid(), "released by another: " + e);
                    holder = null;
                }
                case VALUE_GET, VALUE_SET -> assertEquals(holder, e.pid(), "the value touched without its lock: " + e);
                default -> { }
            }
        }

        // the holder's acquire while the parent held the lock waited in the kernel, as it always did
        long holderPid = o.start("holder").pid();
        assertTrue(o.of(EventKind.BLOCK).stream().anyMatch(e -> e.pid() == holderPid && "value-4.lock".equals(e.obj())),
                "the holder's acquire blocked");
        assertFalse(o.of(EventKind.BLOCK).stream().anyMatch(e -> "value-2".equals(e.obj()) || "value-4".equals(e.obj())),
                "no read or write of a value waits in the kernel");
    }

    @Test
    void stepMode_recallsTheLoan_andTheNextAcquireWaitsForItsTurn() throws Exception {
        Path cues = Files.createTempDirectory("proclab-cues");
        try (Session s = Session.open()) {
            s.launch(new ProgramSpec(LockLentThenStepped.class.getName(), List.of(Runs.TEST_CLASSES),
                    List.of(cues.toString()), StartMethod.FORK));
            Await.event(s.eventLog(), "the lock taken at full speed, lent", e -> e.kind() == EventKind.OUTPUT
                    && "lent true".equals(e.text()));
            Scheduler sched = s.scheduler();
            sched.setMode(Scheduler.Mode.STEP);
            Files.createFile(cues.resolve("stepping"));
            Await.until("the next acquire held for its turn", () -> sched.pending().stream()
                    .anyMatch(p -> p.what().equals("acquire() on value-1.lock")));
            assertEquals(1, count(s, EventKind.ACQUIRE), "not taken while it waits for its turn");
            sched.step(sched.pending().get(0).pid());
            Await.event(s.eventLog(), "the second acquire", e -> e.kind() == EventKind.OUTPUT
                    && e.text().startsWith("took it in step mode"));
            assertEquals(2, count(s, EventKind.ACQUIRE));
            assertTrue(s.eventLog().snapshot().stream().anyMatch(e -> e.kind() == EventKind.OUTPUT
                    && "took it in step mode, lent false".equals(e.text())), "in step mode a lock is not lent");
            sched.setMode(Scheduler.Mode.FREE);
            assertEquals(0, s.await(Await.PATIENCE).exitCode());
        } finally {
            Files.deleteIfExists(cues.resolve("stepping"));
            Files.deleteIfExists(cues);
        }
    }

    private static long count(Session s, EventKind kind) {
        return s.eventLog().snapshot().stream().filter(e -> e.kind() == kind).count();
    }

    private static final java.util.Set<EventKind> OPERATIONS = java.util.EnumSet.of(EventKind.ACQUIRE, EventKind.RELEASE,
            EventKind.VALUE_GET, EventKind.VALUE_SET, EventKind.BLOCK);

    /** The operations on a value and its lock (and the waits for them), in the log's order. */
    private static List<Event> onValue(Runs.Outcome o, String value) {
        List<Event> out = new ArrayList<>();
        for (Event e : o.events()) {
            if ((value.equals(e.obj()) || (value + ".lock").equals(e.obj())) && OPERATIONS.contains(e.kind())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> texts(List<Event> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).map(Event::text).toList();
    }

    private static int lineOf(String marker) throws Exception {
        List<String> lines = Files.readAllLines(SOURCE);
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                found.put(marker, i + 1);
            }
        }
        return found.get(marker);
    }
}
