package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.programs.liveness.CallsWhileInterrupted;
import org.proclab.programs.liveness.InterruptedWaits;
import org.proclab.programs.liveness.InterruptedWaitsMore;
import org.proclab.programs.liveness.InterruptedWhileHeld;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * A thread interrupted while the kernel holds its call: the call ends in the kernel too, so what comes later
 * (a lock released, an item put, room in a queue, an event set, a child's end) goes to whoever asks next,
 * not to the abandoned call.
 */
@Tag("process")
class InterruptedCallTest {

    @Test
    void interrupt_endsAWaitingAcquireAndGet_theLockAndTheItemGoToTheNextCaller() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, InterruptedWaits.class, List.of(
                new Cue("acquire-waits", Cue.blocked("MainProcess", "acquire()")),
                new Cue("get-waits", Cue.blocked("MainProcess", "get()"))));
        long main = o.result().mainPid();
        assertEquals(List.of("acquire interrupted", "lock taken again: true", "get interrupted", "got: the item"),
                o.stdout(main), "exit " + o.result().exitCode() + ", stderr " + o.lines(main, "stderr") + ", jvm "
                        + o.lines(main, "jvm") + ", events " + o.events().subList(Math.max(0, o.events().size() - 25),
                        o.events().size()));
        assertEquals(0, o.result().exitCode());
        assertEquals(List.of("acquire() interrupted", "get() interrupted"),
                o.of(EventKind.WAKE).stream().filter(e -> e.pid() == main).map(Event::text).toList());
    }

    @Test
    void interrupt_endsAWaitingPutWaitAndJoin_theObjectsWorkOnAsIfTheCallWasNeverMade() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, InterruptedWaitsMore.class, List.of(
                new Cue("put-waits", Cue.blocked("MainProcess", "put()")),
                new Cue("wait-waits", Cue.blocked("MainProcess", "wait()")),
                new Cue("join-waits", Cue.blocked("MainProcess", "join()"))));
        long main = o.result().mainPid();
        assertEquals(List.of("put interrupted", "got: first", "got: second", "then: empty",
                "wait interrupted", "a new wait sees it set: true",
                "join interrupted", "child's exit code: 3"), o.stdout(main),
                "exit " + o.result().exitCode() + ", jvm " + o.lines(main, "jvm"));
        assertEquals(0, o.result().exitCode());
        assertEquals(List.of("put() interrupted", "wait() interrupted", "join() interrupted"),
                o.of(EventKind.WAKE).stream().filter(e -> e.pid() == main && e.text().endsWith("interrupted"))
                        .map(Event::text).toList());
    }

    @Test
    void interrupt_ofACallHeldInStepMode_theCallNeverRuns(@TempDir Path cues) throws Exception {
        try (Session s = Session.open()) {
            Scheduler sched = s.scheduler();
            sched.setMode(Scheduler.Mode.STEP);
            s.launch(new ProgramSpec(InterruptedWhileHeld.class.getName(), List.of(Runs.TEST_CLASSES),
                    List.of(cues.toString()), StartMethod.FORK));
            Await.until("the get() held for its turn",
                    () -> sched.pending().stream().anyMatch(p -> p.what().startsWith("get()")));
            Files.createFile(cues.resolve("get-held"));
            Await.until("the held get() withdrawn", () -> sched.pending().isEmpty());
            s.await(Await.PATIENCE);
            List<Event> events = s.eventLog().snapshot();
            List<String> out = events.stream()
                    .filter(e -> e.kind() == EventKind.OUTPUT && e.pid() == s.mainPid()).map(Event::text).toList();
            assertEquals(List.of("get interrupted", "done"), out);
            assertTrue(events.stream().noneMatch(e -> e.kind() == EventKind.BLOCK || e.kind() == EventKind.GET),
                    "the get() never ran: " + events);
        }
    }

    @Test
    void callsOfAnInterruptedThread_work_andTheProcessKeepsItsConnection() throws Exception {
        // on a blocking socket, the first write by a thread whose interrupt flag was set closed the socket for
        // good: the process lost its kernel and ended with exit code 1
        Runs.Outcome o = Runs.run(StartMethod.FORK, CallsWhileInterrupted.class);
        long main = o.result().mainPid();
        assertEquals(List.of("still interrupted: true", "put while interrupted"), o.stdout(main),
                "exit " + o.result().exitCode() + ", jvm " + o.lines(main, "jvm"));
        assertEquals(0, o.result().exitCode());
    }
}
