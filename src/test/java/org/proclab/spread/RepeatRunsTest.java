package org.proclab.spread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.Runs;
import org.proclab.kernel.StartMethod;
import org.proclab.lesson.Lesson;
import org.proclab.lesson.LessonCatalog;
import org.proclab.programs.SleepyChildren;
import org.proclab.testing.Await;
import org.proclab.programs.spread.EveryThirdDiffers;

/** Repeated real runs: counts, grouping across different pids, deadlocks, and cancelling. */
@Tag("process")
class RepeatRunsTest {
    private static ProgramSpec program(Class<?> c, String... args) {
        return new ProgramSpec(c.getName(), List.of(Runs.TEST_CLASSES), List.of(args), StartMethod.FORK);
    }

    @Test
    void run_threeRuns_groupsEqualOutcomesDespiteNewPids(@TempDir Path dir) throws Exception {
        List<Integer> ended = new ArrayList<>();
        Set<Long> mainPids = ConcurrentHashMap.newKeySet();
        RepeatRuns repeats = new RepeatRuns(program(EveryThirdDiffers.class, dir.resolve("n").toString()), null, 3,
                Await.PATIENCE);
        RepeatRuns.Result r = repeats.run(new RepeatRuns.Progress() {
            @Override
            public void started(int index, int total, long mainPid) {
                mainPids.add(mainPid);
            }

            @Override
            public void ended(int index, int total, Outcome outcome) {
                ended.add(index);
            }
        });

        assertFalse(r.cancelled());
        assertEquals(List.of(1, 2, 3), ended);
        assertEquals(3, mainPids.size(), "three real runs, three main processes");
        OutcomeSpread s = r.spread();
        assertEquals(3, s.total());
        assertEquals(2, s.groups().size(), s.groups().toString());
        assertEquals(List.of(1, 2), s.groups().get(0).runs());
        assertEquals(List.of(3), s.groups().get(1).runs());
        assertEquals(3, s.groups().stream().mapToInt(OutcomeSpread.Group::count).sum());
        assertEquals(List.of("final value: 20"), s.groups().get(0).differing().stream().map(OutputLine::display).toList());
        assertEquals(List.of("final value: 13"), s.groups().get(1).differing().stream().map(OutputLine::display).toList());
        List<String> first = s.groups().get(0).outcome().lines().stream().map(OutputLine::display).toList();
        assertEquals(List.of("main pid <MainProcess> took # ms to start", "[child] child <child> of <MainProcess>",
                "final value: 20", "done"), first);
    }

    @Test
    void run_lockValueNoLock_everyRunHasAFinalValueAndAnAnswer() throws Exception {
        Lesson lesson = LessonCatalog.builtIn().find("lock-value").orElseThrow();
        Lesson.Variant v = lesson.variant("no-lock").orElseThrow();
        ProgramSpec spec = new ProgramSpec(lesson.programFor(v), List.of(), lesson.argsFor(v), StartMethod.FORK);
        OutcomeSpread s = new RepeatRuns(spec, lesson.scriptFor(v), 2, Await.PATIENCE)
                .run(new RepeatRuns.Progress() {}).spread();

        assertEquals(2, s.total());
        assertEquals(2, s.valuesAfter("final value:").values().stream().mapToInt(Integer::intValue).sum());
        int[] answers = s.answerCounts(0, 2);
        assertEquals(2, answers[0] + answers[1], "the prediction is decided in every run");
        int twenties = s.valuesAfter("final value:").getOrDefault("20", 0);
        assertEquals(twenties, answers[0], "choice 0 (\"20\") held exactly in the runs that printed 20");
    }

    @Test
    void run_deadlockedProgram_countsAsDeadlockOutcome() throws Exception {
        ProgramSpec spec = ProgramSpec.of("org.proclab.lessons.pipe.ForgotToClose");
        OutcomeSpread s = new RepeatRuns(spec, null, 1, Await.PATIENCE).run(new RepeatRuns.Progress() {}).spread();
        assertEquals(1, s.total());
        assertEquals(Outcome.Ending.DEADLOCK, s.groups().get(0).outcome().ending());
    }

    @Test
    void cancel_duringARun_returnsSoonAndLeavesNoJvm() throws Exception {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch running = new CountDownLatch(1);
        RepeatRuns repeats = new RepeatRuns(program(SleepyChildren.class), null, 5, Await.PATIENCE);
        AtomicReference<RepeatRuns.Result> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(repeats.run(new RepeatRuns.Progress() {
                    @Override
                    public void started(int index, int total, long mainPid) {
                        seen.add(mainPid);
                        running.countDown();
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        assertTrue(running.await(Await.PATIENCE_SECONDS, TimeUnit.SECONDS));
        long main = seen.iterator().next();
        // wait until the main process has its children and grandchild, then note them all
        Await.until("main's two children and grandchild", () -> descendants(main).size() >= 3);
        seen.addAll(descendants(main));
        assertTrue(seen.size() >= 4, "main, two children and a grandchild: " + seen);

        long t0 = System.nanoTime();
        repeats.cancel();
        t.join(Await.PATIENCE.toMillis());
        assertFalse(t.isAlive(), () -> "run() returned after cancel(): " + java.util.Arrays.toString(t.getStackTrace()));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(ms < Await.PATIENCE.toMillis(), "cancel waited for the run's own time-out: " + ms + " ms");
        assertTrue(result.get().cancelled());
        assertEquals(0, result.get().spread().total(), "the cancelled run is no outcome");
        for (long pid : seen) {
            Await.exit(pid); // no worker JVM outlives the cancel
        }
    }

    private static List<Long> descendants(long pid) {
        return ProcessHandle.of(pid).map(h -> h.descendants().map(ProcessHandle::pid).toList()).orElse(List.of());
    }
}
