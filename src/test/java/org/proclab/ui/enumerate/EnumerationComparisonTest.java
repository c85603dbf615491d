package org.proclab.ui.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.ui.enumerate.EnumerationComparison.Part;
import org.proclab.ui.enumerate.EnumerationComparison.Text;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.Events;

/**
 * The sentences under lesson 6's columns: with the run's own figures, they say why a version with more processes
 * took longer than one process (starting a JVM per process, the machine's cores, one disk), in English and Chinese.
 */
@Tag("unit")
class EnumerationComparisonTest {
    private static final ResourceBundle EN = I18n.bundle(I18n.ENGLISH);
    private static final ResourceBundle ZH = I18n.bundle(I18n.CHINESE);

    /** A version with its lanes: each {began, ms} after the version began; then its total time. */
    private static Events version(Events log, String name, int processes, long total, long[]... lanes) {
        log.report(100, "version", name).report(100, "processes", String.valueOf(processes));
        for (int i = 0; i < lanes.length; i++) {
            String lane = "lane." + (i + 1) + ".";
            log.report(100, lane + "dir", "/d" + i).report(100, lane + "files", "1000")
                    .report(100, lane + "began", String.valueOf(lanes[i][0]))
                    .report(100, lane + "ms", String.valueOf(lanes[i][1]))
                    .report(100, lane + "done", "true");
        }
        return log.report(100, "files", String.valueOf(1000L * lanes.length)).report(100, "ms", String.valueOf(total));
    }

    private static EnumerationModel.Snapshot snapshot(Events log) {
        List<Event> events = log.list();
        return EnumerationModel.foldOf(events, events.size()).snapshot();
    }

    /** One process: 300 ms, walking 290 of them; four children: 1,020 ms, their first walk began after 450 ms. */
    private static Events run() {
        Events log = Events.log().main(100).report(100, "plan", "one-process many-processes pool").report(100, "cpus", "2");
        version(log, "one-process", 1, 300, new long[] {2, 80}, new long[] {82, 70}, new long[] {152, 70}, new long[] {222, 70});
        version(log, "many-processes", 4, 1020, new long[] {450, 150}, new long[] {470, 160}, new long[] {500, 170},
                new long[] {520, 180});
        return log;
    }

    @Test
    void of_namesTheReasonsWithTheRunsFigures_whenChildrenAreSlowerThanOneProcess() {
        Text t = EnumerationComparison.of(snapshot(run()), EN).orElseThrow();
        assertEquals("One process: 300 ms, 290 ms of it walking. It starts no other process: the main process, already "
                + "running, walks every directory itself. Before its first walk, 2 ms: loading the walker's code and, on "
                + "Linux, the library that lists a directory with each entry's type (JNA). Between and after its walks, "
                + "8 ms: printing and reporting each directory's count.", t.baseline());
        assertEquals(1, t.parts().size());
        Part many = t.parts().get(0);
        assertEquals("many-processes", many.version());
        assertTrue(many.slower());
        assertEquals("A process per directory: 1,020 ms, 3.4\u00d7 as long as one process.", many.headline());
        assertEquals(List.of(
                "Starting: its first walk began 450 ms after the version began. Each of its 4 processes is a new JVM to "
                        + "start (one process starts none).",
                "Walking: each walk took 150\u2013180 ms, against 70\u201380 ms in one process. Its 4 processes share this "
                        + "machine's 2 cores, and all of them read the same disk.",
                "From the first walk's start to the last one's end: 250 ms. One process walked everything in 290 ms; "
                        + "2 cores at once could at best make that 145 ms.",
                "The other 320 ms: handing the results to the main process and ending the processes."), many.reasons());
        assertTrue(t.lesson().startsWith("More processes are faster only when there is enough work to share"), t.lesson());
        assertTrue(t.lesson().contains("JVM") && t.lesson().contains("2 cores"), t.lesson());
    }

    @Test
    void of_inChinese_saysTheSameReasons_withTheSameFigures() {
        Text t = EnumerationComparison.of(snapshot(run()), ZH).orElseThrow();
        Part many = t.parts().get(0);
        assertEquals("每个目录一个进程：1,020 毫秒，是单个进程的 3.4 倍。", many.headline());
        String reasons = String.join("\n", many.reasons());
        assertTrue(reasons.contains("450 毫秒") && reasons.contains("JVM"), reasons);   // starting
        assertTrue(reasons.contains("150\u2013180 毫秒") && reasons.contains("2 个核心") && reasons.contains("145 毫秒"),
                reasons);                                                                   // cores
        assertTrue(reasons.contains("磁盘"), reasons);                                     // one disk
        assertTrue(t.lesson().contains("JVM") && t.lesson().contains("2 个核心"), t.lesson());
        for (String s : List.of(t.baseline(), many.headline(), reasons, t.lesson())) {
            assertFalse(s.matches("(?s).*\\b(the|ms|process)\\b.*"), "English left in: " + s);
        }
    }

    @Test
    void of_saysWhereOneProcessSpentTheTimeItDidNotWalk_inBothLanguages() {
        // today's walker on Linux: about 80 ms to load JNA before the first walk, 140 ms of walking in 230
        Events log = Events.log().main(100).report(100, "plan", "one-process pool").report(100, "cpus", "2");
        version(log, "one-process", 1, 230, new long[] {80, 60}, new long[] {144, 50}, new long[] {197, 30});
        version(log, "pool", 2, 600, new long[] {400, 70}, new long[] {410, 80}, new long[] {475, 40});
        String en = EnumerationComparison.of(snapshot(log), EN).orElseThrow().baseline();
        assertTrue(en.startsWith("One process: 230 ms, 140 ms of it walking."), en);
        assertTrue(en.contains("Before its first walk, 80 ms: loading the walker's code and, on Linux, the library that "
                + "lists a directory with each entry's type (JNA)."), en);
        assertTrue(en.endsWith("Between and after its walks, 10 ms: printing and reporting each directory's count."), en);
        String zh = EnumerationComparison.of(snapshot(log), ZH).orElseThrow().baseline();
        assertTrue(zh.startsWith("单个进程：230 毫秒，其中遍历 140 毫秒。"), zh);
        assertTrue(zh.contains("第一次遍历之前的 80 毫秒：载入遍历的代码，在 Linux 上还要载入按条目类型列出目录的库（JNA）。"), zh);
        assertTrue(zh.endsWith("各次遍历之间和之后的 10 毫秒：打印并报告每个目录的文件数。"), zh);
    }

    @Test
    void of_saysWhatParallelWalkingSaved_whenAVersionIsFaster() {
        Events log = run();
        version(log, "pool", 2, 250, new long[] {60, 70}, new long[] {62, 60}, new long[] {130, 50}, new long[] {122, 58});
        Text t = EnumerationComparison.of(snapshot(log), EN).orElseThrow();
        Part pool = t.parts().get(1);
        assertFalse(pool.slower());
        assertEquals("Pool: 250 ms, faster than one process.", pool.headline());
        assertTrue(pool.reasons().get(1).startsWith("Walking: each walk took 50\u201370 ms, against 70\u201380 ms in one process."),
                pool.reasons().get(1));
        assertTrue(pool.reasons().get(2).startsWith("From the first walk's start to the last one's end: 120 ms."),
                pool.reasons().get(2));
        assertTrue(t.lesson().startsWith("More processes are faster only"), "one version was slower: " + t.lesson());

        Events fastOnly = Events.log().main(100).report(100, "plan", "one-process pool").report(100, "cpus", "2");
        version(fastOnly, "one-process", 1, 300, new long[] {0, 290});
        version(fastOnly, "pool", 2, 250, new long[] {60, 120});
        assertEquals("Here walking on 2 cores at once saved more than starting the processes cost.",
                EnumerationComparison.of(snapshot(fastOnly), EN).orElseThrow().lesson());
    }

    @Test
    void of_isEmpty_untilOneProcessAndAnotherVersionHaveEndedWithTheirWalksTimed() {
        Events log = Events.log().main(100).report(100, "plan", "one-process many-processes").report(100, "cpus", "2");
        assertTrue(EnumerationComparison.of(snapshot(log), EN).isEmpty(), "nothing ran");
        version(log, "one-process", 1, 300, new long[] {0, 290});
        assertTrue(EnumerationComparison.of(snapshot(log), EN).isEmpty(), "nothing to compare with yet");
        log.report(100, "version", "many-processes").report(100, "processes", "2")
                .report(100, "lane.1.began", "400").report(100, "lane.1.ms", "100");
        assertTrue(EnumerationComparison.of(snapshot(log), EN).isEmpty(), "still running");
        log.report(100, "ms", "700");
        assertTrue(EnumerationComparison.of(snapshot(log), EN).isPresent(), "both ended, every lane timed");

        Events untimed = Events.log().main(100).report(100, "cpus", "2");
        untimed.report(100, "version", "one-process").report(100, "processes", "1").report(100, "lane.1.files", "5")
                .report(100, "ms", "10");
        untimed.report(100, "version", "many-processes").report(100, "processes", "2").report(100, "lane.1.files", "5")
                .report(100, "ms", "500");
        assertTrue(EnumerationComparison.of(snapshot(untimed), EN).isEmpty(),
                "a program that does not report its walks' times gets no comparison rather than a wrong one");
    }
}
