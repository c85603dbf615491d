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

    @Test
    void setScript_afterAVerdict_neverShowsOneLessonsAnswerWithAnothersChoices() throws Exception {
        NarrationModel m = new NarrationModel();
        m.setScript(ScriptPlayerTest.script("create-process", "exit-codes")); // three choices
        m.choose(2);
        m.confirm();
        m.runEnded();
        assertEquals(0, m.actualProperty().get());
        List<String> broken = new ArrayList<>();
        // what the card reads whenever anything changes: indices must fit the question on screen
        javafx.beans.InvalidationListener check = o -> {
            var p = m.predictionProperty().get();
            int n = p == null ? 0 : p.choices().size();
            Integer actual = m.actualProperty().get();
            int chosen = m.chosenProperty().get();
            if ((actual != null && actual >= n) || chosen >= n) {
                broken.add("chosen " + chosen + ", actual " + actual + " of " + n + " choices");
            }
        };
        m.predictionProperty().addListener(check);
        m.chosenProperty().addListener(check);
        m.confirmedProperty().addListener(check);
        m.actualProperty().addListener(check);
        m.setScript(ScriptPlayerTest.script("pipe", null)); // two choices
        assertEquals(List.of(), broken);
        assertTrue(m.isAsking());
        assertNull(m.actualProperty().get());
    }

    @Test
    void skip_recordsIt_stopsAsking_andTheAnswerStillComes() throws Exception {
        NarrationModel m = new NarrationModel();
        m.setScript(ScriptPlayerTest.script("create-process", null));
        m.choose(1);
        m.skip();
        assertTrue(m.skippedProperty().get());
        assertFalse(m.isAsking());
        assertEquals(-1, m.chosenProperty().get(), "no prediction was made");
        m.choose(0);
        m.confirm();
        assertFalse(m.confirmedProperty().get(), "a skipped question takes no answer afterwards");
        m.runEnded();
        assertEquals(0, m.actualProperty().get(), "the answer is given all the same");
        m.setScript(ScriptPlayerTest.script("queue", null));
        assertFalse(m.skippedProperty().get(), "a new lesson asks again");
        assertTrue(m.isAsking());
    }

    @Test
    void restore_goesBackToTheLinesAndAnswerOfACheckpoint() throws Exception {
        NarrationModel m = new NarrationModel();
        m.setScript(ScriptPlayerTest.script("pipe", null));
        List<Event> events = ScriptPlayerTest.trace("pipe-lesson.jsonl");
        m.apply(events.subList(0, 10));
        NarrationModel.State at10 = m.snapshot();
        List<String> said = m.lines().stream().map(t -> t.en()).toList();
        m.apply(events.subList(10, events.size()));
        assertTrue(m.lines().size() > said.size());
        assertEquals(0, m.actualProperty().get());
        m.restore(at10);
        m.apply(List.of());
        assertEquals(said, m.lines().stream().map(t -> t.en()).toList());
        assertNull(m.actualProperty().get(), "at event 10 the consumer had not seen end-of-file");
        m.apply(events.subList(10, events.size()));
        assertEquals(0, m.actualProperty().get(), "and the checkpoint was not changed by folding on from it");
        m.restore(at10);
        m.apply(List.of());
        assertEquals(said.size(), m.lines().size());
    }
}
