package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.ipc.LostUpdate;
import org.proclab.testing.Await;
import org.proclab.trace.EventKind;

/** In step mode the user picks which process goes next, and so can lose an update on purpose. */
@Tag("process")
class StepModeTest {

    @Test
    void stepMode_bothReadThenBothWrite_loseAnUpdate() throws Exception {
        assertEquals(List.of("final 3"), runChoosing(true));
    }

    @Test
    void stepMode_oneAfterTheOther_noUpdateLost() throws Exception {
        assertEquals(List.of("final 4"), runChoosing(false));
    }

    @Test
    void breakpoint_atFullSpeed_holdsOnlyTheMatchingOperationUntilReleased() throws Exception {
        try (Session s = Session.open()) {
            Scheduler sched = s.scheduler();
            sched.addBreakpoint(p -> p.process().equals("adds-3") && p.what().startsWith("set("));
            s.launch(new ProgramSpec(LostUpdate.class.getName(), List.of(Runs.TEST_CLASSES), List.of(), StartMethod.FORK));
            Scheduler.Pending held = await(sched, p -> p.process().equals("adds-3"));
            assertTrue(held.what().startsWith("set(") && held.what().endsWith("on value-1"), held.toString());
            assertEquals(Scheduler.Mode.FREE, sched.mode());
            // only adds-3's set() is held: adds-1 reads and writes meanwhile (however slowly it gets the CPU)
            Await.event(s.eventLog(), "adds-1's set() while adds-3 is held",
                    e -> e.kind() == EventKind.VALUE_SET && e.pid() != held.pid());
            sched.clearBreakpoints();
            sched.releaseAll();
            s.await(Await.PATIENCE);
            List<String> out = s.eventLog().snapshot().stream()
                    .filter(e -> e.kind() == EventKind.OUTPUT && e.pid() == s.mainPid()).map(e -> e.text()).toList();
            // adds-3 wrote last: 3 if it read before adds-1 wrote, 4 if after; never adds-1's lone 1
            assertEquals(1, out.size());
            assertTrue(out.get(0).equals("final 3") || out.get(0).equals("final 4"), out.toString());
        }
    }

    private List<String> runChoosing(boolean interleave) throws Exception {
        try (Session s = Session.open()) {
            Scheduler sched = s.scheduler();
            sched.setMode(Scheduler.Mode.STEP);
            s.launch(new ProgramSpec(LostUpdate.class.getName(), List.of(Runs.TEST_CLASSES), List.of(), StartMethod.FORK));
            Scheduler.Pending get1 = await(sched, p -> p.process().equals("adds-1") && p.what().startsWith("get()"));
            Scheduler.Pending get3 = await(sched, p -> p.process().equals("adds-3") && p.what().startsWith("get()"));
            assertEquals("get() on value-1", get1.what());
            assertTrue(get1.file().equals("LostUpdate.java") && get1.line() > 0, get1.toString());
            if (interleave) {
                sched.step(get1.pid());
                sched.step(get3.pid());
                sched.step(await(sched, p -> p.pid() == get1.pid()).pid());
                Scheduler.Pending set3 = await(sched, p -> p.pid() == get3.pid());
                assertEquals("set(3) on value-1", set3.what(), "adds-3 read 0, so it writes 3");
                sched.step(set3.pid());
            } else {
                sched.step(get1.pid());
                sched.step(await(sched, p -> p.pid() == get1.pid()).pid());
                sched.step(get3.pid());
                Scheduler.Pending set3 = await(sched, p -> p.pid() == get3.pid());
                assertEquals("set(4) on value-1", set3.what());
                sched.step(set3.pid());
            }
            sched.setMode(Scheduler.Mode.FREE);
            s.await(Await.PATIENCE);
            return s.eventLog().snapshot().stream()
                    .filter(e -> e.kind() == EventKind.OUTPUT && e.pid() == s.mainPid()).map(e -> e.text()).toList();
        }
    }

    private static Scheduler.Pending await(Scheduler sched, Predicate<Scheduler.Pending> what) {
        Await.until("an operation like that to wait its turn", () -> sched.pending().stream().anyMatch(what));
        return sched.pending().stream().filter(what).findFirst().orElseThrow();
    }
}
