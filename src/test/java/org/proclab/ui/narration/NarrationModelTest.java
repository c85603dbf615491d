package org.proclab.ui.narration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.proclab.lesson.ScriptPlayerTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.kernel.Scheduler;
import org.proclab.trace.Event;

/** The narration view model and the prediction breakpoint, without a window. */
@Tag("unit")
class NarrationModelTest {

    @Test
    void recordedPipeRun_saysLinesAndJudgesTheAnswer_whenItsEventHappens() throws Exception {
        NarrationModel m = new NarrationModel();
        m.setScript(ScriptPlayerTest.script("pipe", null));
        m.choose(1);
        m.confirm();
        List<Event> events = ScriptPlayerTest.trace("pipe-lesson.jsonl");
        m.apply(events.subList(0, 10));
        assertEquals(4, m.lines().size());
        int eof = 10;
        while (events.get(eof).kind() != org.proclab.trace.EventKind.EOF) {
            eof++;
        }
        m.apply(events.subList(10, eof));
        assertNull(m.actualProperty().get(), "not before the consumer's recv() saw end-of-file");
        m.apply(events.subList(eof, eof + 1));
        assertEquals(0, m.actualProperty().get(), "it ended: the loop saw end-of-file");
        m.apply(events.subList(eof + 1, events.size()));
        m.runEnded();
        assertEquals(0, m.actualProperty().get());
        m.reset();
        assertTrue(m.lines().isEmpty());
        assertTrue(m.confirmedProperty().get(), "a new run keeps the prediction");
    }

    @Test
    void deadlock_judgesTheAnswerAtOnce_thoughTheRunIsKeptOpen() throws Exception {
        NarrationModel m = new NarrationModel();
        m.setScript(ScriptPlayerTest.script("pipe", "forgot-close"));
        m.choose(0);
        m.confirm();
        List<Event> events = ScriptPlayerTest.trace("pipe-forgot-close.jsonl");
        int deadlock = 0;
        while (events.get(deadlock).kind() != org.proclab.trace.EventKind.DEADLOCK) {
            deadlock++;
        }
        m.apply(events.subList(0, deadlock));
        assertNull(m.actualProperty().get(), "not before the kernel's finding");
        m.apply(events.subList(deadlock, deadlock + 1));
        assertEquals(1, m.actualProperty().get(), "it hangs: the student who said it ends was wrong");
    }

    @Test
    void fixedAnswer_isJudgedOnlyWhenTheRunEnded() throws Exception {
        NarrationModel m = new NarrationModel();
        m.setScript(ScriptPlayerTest.script("create-process", null));
        m.choose(0);
        m.confirm();
        m.apply(List.of(new Event(0, 0, 1, org.proclab.trace.EventKind.START, "main", "MainProcess", 0, null, 0)));
        assertNull(m.actualProperty().get(), "the student has not seen the pids yet");
        m.runEnded();
        assertEquals(0, m.actualProperty().get());
    }

    @Test
    void choose_ignoresKeysWithoutAChoice_andChangesNothingOnceConfirmed() {
        NarrationModel m = new NarrationModel();
        m.setScript(ScriptPlayerTest.script("pipe", null));
        m.confirm();
        assertFalse(m.confirmedProperty().get(), "nothing chosen yet");
        m.choose(3); // only two choices
        assertEquals(-1, m.chosenProperty().get());
        m.choose(0);
        m.confirm();
        m.choose(1);
        assertEquals(0, m.chosenProperty().get());
    }

    @Test
    void breakpoint_holdsOnlyTheFirstMatchingOperation_andReleasesItOnConfirm() {
        NarrationModel m = new NarrationModel();
        m.setScript(ScriptPlayerTest.script("pipe", null));
        m.setShown(true);
        PredictionBreakpoint b = new PredictionBreakpoint(m, Runnable::run);
        List<Scheduler.Pending> released = new ArrayList<>();
        b.setRelease(released::add);
        m.setOnConfirm(b::releaseIfHeld);
        var matcher = b.matcher(m.predictionProperty().get().before());
        assertFalse(matcher.test(new Scheduler.Pending(1, 7, "consumer", "close() on pipe-1:1", "P.java", 18)));
        Scheduler.Pending recv = new Scheduler.Pending(2, 7, "consumer", "recv() on pipe-1:0", "P.java", 21);
        assertTrue(matcher.test(recv));
        assertFalse(matcher.test(new Scheduler.Pending(3, 7, "consumer", "recv() on pipe-1:0", "P.java", 21)));
        assertEquals("consumer|recv() on pipe-1:0", m.pausedAtProperty().get());
        m.choose(0);
        m.confirm();
        assertEquals(List.of(recv), released);
        assertNull(m.pausedAtProperty().get());
    }
}
