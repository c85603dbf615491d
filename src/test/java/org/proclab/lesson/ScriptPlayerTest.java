package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.TraceFiles;

/** The built-in scripts played against recorded runs. */
@Tag("unit")
public class ScriptPlayerTest {
    private static final LessonCatalog CATALOG = LessonCatalog.builtIn();

    public static List<Event> trace(String name) throws Exception {
        return TraceFiles.read(Path.of("src/test/resources/traces", name));
    }

    public static Script script(String lesson, String variant) {
        Lesson l = CATALOG.find(lesson).orElseThrow();
        return l.scriptFor(variant == null ? null : l.variant(variant).orElseThrow());
    }

    private static List<String> said(ScriptPlayer p) {
        return p.lines().stream().map(l -> l.text().en()).toList();
    }

    @Test
    void pipeScript_saysTheCloseLinesThatFitTheOrder_mainClosedFirst() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("pipe", null));
        List<Event> events = trace("pipe-lesson.jsonl"); // the main process closes pipe-1:1 (seq 13) before the consumer (17)
        p.apply(events);
        List<String> said = said(p);
        assertTrue(said.contains("The main process closes its write end after the last send(). The consumer's copy is still open: "
                + "it has not started its loop yet."), said.toString());
        assertTrue(said.contains("The consumer closes its copy of the write end. The main process had closed its own already: "
                + "no write handle is open any more."), said.toString());
        assertFalse(said.stream().anyMatch(l -> l.contains("Only the main process's write handle is still open")),
                "the walkthrough's contradiction: main's write end was closed already");
        assertTrue(said.get(said.size() - 2).contains("end-of-file"));
        assertEquals(Optional.of(0), p.outcome(0, true));
        long child = events.stream().filter(e -> "child".equals(e.obj()) && e.kind() == org.proclab.trace.EventKind.START)
                .findFirst().orElseThrow().pid();
        assertEquals("consumer", p.nameOf(child), "names come from START events");
    }

    @Test
    void pipeScript_saysTheCloseLinesThatFitTheOrder_consumerClosedFirst() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("pipe", null));
        p.apply(trace("pipe-lesson-stepped.jsonl")); // the consumer closes its copy (seq 12), blocks, then main closes (28)
        List<String> said = said(p);
        assertTrue(said.contains("The consumer closes its copy of the write end. Only the main process's write handle is still open."),
                said.toString());
        assertTrue(said.contains("The pipe is empty, but the main process still holds a write handle and may send more: recv() waits."),
                said.toString());
        assertTrue(said.contains("The main process closes its write end after the last send(): that was the last write handle open."),
                said.toString());
        assertEquals(Optional.of(0), p.outcome(0, true));
    }

    @Test
    void pipeScript_saysLinesOnlyWhenTheirEventHappened_partwayThroughTheRun() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("pipe", null));
        List<Event> events = trace("pipe-lesson.jsonl");
        // up to the main process's first send (seq 9): pipe, four handles, read end closed, send
        p.apply(events.subList(0, 10));
        assertEquals(4, p.lines().size(), () -> "said: " + said(p));
        assertEquals(9, p.lines().get(3).seq());
        assertEquals(Optional.empty(), p.outcome(0, false), "no EOF yet and the run goes on");
    }

    @Test
    void forgotCloseScript_predictsHang_andExplainsTheDeadlock() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("pipe", "forgot-close"));
        p.apply(trace("pipe-forgot-close.jsonl"));
        assertEquals(Optional.empty(), p.outcome(0, false));
        assertEquals(Optional.of(1), p.outcome(0, true));
        assertTrue(said(p).get(said(p).size() - 1).contains("Python would hang"), () -> "said: " + said(p));
    }

    @Test
    void lockValueScripts_checkTheFinalValue_withAndWithoutTheLock() throws Exception {
        ScriptPlayer locked = new ScriptPlayer(script("lock-value", null));
        locked.apply(trace("lock-value.jsonl"));
        assertEquals(Optional.of(0), locked.outcome(0, true));
        ScriptPlayer racy = new ScriptPlayer(script("lock-value", "no-lock"));
        racy.apply(trace("lock-value-no-lock-stepped.jsonl"));
        assertEquals(Optional.of(1), racy.outcome(0, true), "13, not 20: an update was lost");
        assertTrue(said(racy).contains("This write was based on an old read: it overwrote the other process's update, and that update is lost."),
                () -> "said: " + said(racy));
        assertEquals(1, said(racy).stream().filter(l -> l.contains("old read")).count(), "said once, at the first lost update");
        assertTrue(said(locked).contains("With the lock no update is lost: 5 × 1 + 5 × 3 = 20."), () -> "said: " + said(locked));
    }

    @Test
    void queueScript_predictsGetReturnsAtOnce_andSaysTheSecondGetLater() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("queue", null));
        p.apply(trace("queue-lesson.jsonl"));
        assertEquals(Optional.of(0), p.outcome(0, true));
        List<ScriptPlayer.Line> gets = p.lines().stream().filter(l -> l.text().en().contains("get()")).toList();
        assertTrue(gets.size() >= 2, () -> "said: " + said(p));
        assertTrue(gets.get(0).seq() < gets.get(gets.size() - 1).seq());
    }

    @Test
    void poolScript_seesCallbacksInTheParent() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("pool", null));
        p.apply(trace("pool-lesson.jsonl"));
        assertEquals(Optional.of(0), p.outcome(0, true));
        assertTrue(said(p).stream().anyMatch(s -> s.contains("callback ran in the parent")), () -> "said: " + said(p));
    }

    @Test
    void enumerateScript_hasAFixedAnswer_andNarratesTheVersions() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("enumerate", null));
        assertEquals(Optional.of(0), p.outcome(0, false));
        p.apply(trace("enumerate.jsonl"));
        assertTrue(p.lines().size() >= 3, () -> "said: " + said(p));
    }

    @Test
    void reset_forgetsWhatWasSaid() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("pipe", null));
        p.apply(trace("pipe-lesson.jsonl"));
        p.reset();
        assertTrue(p.lines().isEmpty());
        assertEquals(Optional.empty(), p.outcome(0, false));
        assertFalse(p.script().isEmpty());
    }

    @Test
    void poolTerminateVariant_hasItsOwnStory_andItsPredictionHeld() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("pool", "terminate"));
        p.apply(trace("pool-terminate.jsonl"));
        List<String> said = said(p);
        assertTrue(said.contains("terminate() stops the workers at once, in the middle of their tasks (SIGTERM). "
                + "Python's Pool.terminate() does the same."), said.toString());
        assertTrue(said.contains("The others fail: their worker ended (exit code -15) while running them, or they never started."),
                said.toString());
        assertEquals(java.util.Optional.of(1), p.outcome(0, true), "they failed: their workers were stopped at once");
    }

    @Test
    void exitCodesVariant_saysEveryWayToEnd_andTheThrowingChildGetsExitCode1() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("create-process", "exit-codes"));
        p.apply(trace("exit-codes.jsonl"));
        assertEquals(p.script().narrations().size(), p.lines().size(), "every line is said: " + said(p));
        assertEquals(java.util.Optional.of(1), p.outcome(0, false), "known once the main program printed it");
    }

    @Test
    void zombieOrphanVariant_saysTheZombieAndTheOrphan() throws Exception {
        ScriptPlayer p = new ScriptPlayer(script("create-process", "zombie-orphan"));
        p.apply(trace("zombie-orphan.jsonl"));
        List<String> said = said(p);
        assertEquals(p.script().narrations().size(), said.size(), "every line is said: " + said);
        assertTrue(said.contains("The grandchild is an orphan now: the operating system gave it a new parent, as its getppid() will tell."),
                said.toString());
        assertTrue(said.indexOf("join() collected the zombie: now \"quick\" is gone from the process table.")
                < said.indexOf("join() collected \"middle\": exit code -15, from terminate()."),
                "this recording joins quick first; each join line is said at its own join: " + said);
        assertEquals(java.util.Optional.of(1), p.outcome(0, true), "a zombie: a fact, not a race");
    }
}
