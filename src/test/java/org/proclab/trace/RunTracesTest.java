package org.proclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.files.PrivateDirectory;

@Tag("unit")
class RunTracesTest {

    @Test
    void newRunFile_keepsTheLastFive_newestFirst(@TempDir Path tmp) throws Exception {
        RunTraces traces = new RunTraces(new PrivateDirectory(tmp.resolve("home")));
        Path notARun = Files.writeString(traces.directory().resolve("notes.txt"), "mine");
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < RunTraces.KEEP + 2; i++) {
            made.add(traces.newRunFile());
        }
        List<Path> newestFirst = new ArrayList<>(made.subList(2, made.size()));
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, traces.runs());
        assertTrue(Files.exists(notARun), "only run files are pruned");
    }

    @Test
    void newRunFile_leavesTheOldRunsOfAnotherRunningApp_whichReadsThemBack(@TempDir Path tmp) throws Exception {
        RunTraces traces = new RunTraces(new PrivateDirectory(tmp.resolve("home")));
        long otherApp = ProcessHandle.current().parent().orElseThrow().pid(); // alive while this test runs
        Path othersRun = Files.writeString(traces.directory().resolve("run-20200101-000000-000-" + otherApp + ".jsonl"), "");
        Path goneAppsRun = Files.writeString(traces.directory().resolve("run-20200101-000000-001-" + Long.MAX_VALUE + ".jsonl"), "");
        for (int i = 0; i < RunTraces.KEEP + 2; i++) {
            traces.newRunFile();
        }
        assertTrue(Files.exists(othersRun), "another app still runs: its run stays");
        assertTrue(!Files.exists(goneAppsRun), "the app is gone: its old run goes");
    }

    @Test
    void aKilledAppsRun_isAWholeTraceInTheRunsFolder(@TempDir Path tmp) throws Exception {
        RunTraces traces = new RunTraces(new PrivateDirectory(tmp.resolve("home")));
        EventLog log = new EventLog();
        log.keepAs(traces.newRunFile());
        List<Event> events = EventLogTest.appendMixed(log, 1200);
        log.flush(); // what the writer has done when the app is killed; close never comes
        assertEquals(events, TraceFiles.read(traces.runs().get(0)));
        log.close();
    }
}
