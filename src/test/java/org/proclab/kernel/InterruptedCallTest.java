package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.programs.liveness.InterruptedWaits;
import org.proclab.programs.liveness.InterruptedWhileHeld;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * A thread interrupted while the kernel holds its call: the call ends in the kernel too, so what comes later
 * (a lock released, an item put) goes to whoever asks next, not to the abandoned call.
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
                o.stdout(main), "exit " + o.result().exitCode() + ", stderr " + o.lines(main, "stderr"));
        assertEquals(0, o.result().exitCode());
        assertEquals(List.of("acquire() interrupted", "get() interrupted"),
                o.of(EventKind.WAKE).stream().filter(e -> e.pid() == main).map(Event::text).toList());
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
}
