package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.programs.hostile.ClaimsLentItems;
import org.proclab.programs.hostile.ClaimsLentLock;
import org.proclab.programs.hostile.ClaimsLentPipe;
import org.proclab.programs.hostile.ForeignChild;
import org.proclab.programs.hostile.LyingCallbacks;
import org.proclab.programs.hostile.RawLogPath;
import org.proclab.programs.hostile.Trespass;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/** A worker's word is checked: its claims about other processes, paths and objects. */
@Tag("process")
class TrustTest {

    @Test
    void claimedChildThatIsNotOne_isRefused_andNeverSignalled() throws Exception {
        java.lang.Process stranger = new ProcessBuilder("sleep", "60").start();
        try {
            Runs.Outcome o = Runs.run(ForeignChild.class, Long.toString(stranger.pid()));
            assertTrue(o.stdout(o.result().mainPid()).get(0).startsWith("status " + Wire.REFUSED), o.stdout(o.result().mainPid()).toString());
            assertTrue(o.of(EventKind.REFUSED).stream().anyMatch(e -> e.text().contains("not its child")), o.of(EventKind.REFUSED).toString());
            assertTrue(stranger.isAlive(), "the app never signals a process it did not verify as part of the run");
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void rawLogPathFromAWorker_isIgnored_theFileIsNeitherShownNorDeleted(@TempDir Path dir) throws Exception {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "private words\n");
        Runs.Outcome o = Runs.run(RawLogPath.class, victim.toString());
        assertEquals(List.of("announced: " + Wire.OK, "reported its end"), o.stdout(o.result().mainPid()));
        assertEquals("private words\n", Files.readString(victim));
        assertTrue(o.of(EventKind.OUTPUT).stream().noneMatch(e -> e.text().contains("private words")));
    }

    @Test
    void objectsNeverGiven_areRefused_andStayAsTheirOwnerLeftThem() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.SPAWN, Trespass.class);
        long thief = o.start("thief").pid();
        List<String> said = o.stdout(thief);
        assertEquals(4, said.size(), said.toString());
        for (String line : said) {
            assertTrue(line.matches("\\w+ " + Wire.REFUSED + " ProcLab refused .*"), line);
        }
        assertTrue(said.get(0).contains("holds no handle of queue-1"), said.get(0));
        assertTrue(said.get(1).contains("holds no handle of lock-1"), said.get(1));
        assertTrue(said.get(2).contains("holds no open handle of pipe-1:0"), said.get(2));
        assertTrue(said.get(3).contains("exists already (pipe-1)"), said.get(3));
        assertEquals(4, o.of(EventKind.REFUSED).stream().filter(e -> e.pid() == thief).count());
        assertEquals(List.of("queue still holds: secret", "lock still held: true", "pipe still works: still mine"),
                o.stdout(o.result().mainPid()));
    }

    @Test
    void aTaskSaidToHaveCallbacksNoProgramCanAsk_endsItsSender_andRecordsNoTask() throws Exception {
        Runs.Outcome o = Runs.run(LyingCallbacks.class);
        assertEquals(List.of("liar exit code -9", "main goes on"), o.stdout(o.result().mainPid()));
        long liar = o.start("liar").pid();
        assertEquals(List.of(), o.stdout(liar));
        assertTrue(o.lines(liar, "jvm").stream().anyMatch(l -> l.startsWith("ProcLab ended this process: protocol error: ")
                && l.contains("with callbacks 7, not 0 to 3")), o.lines(liar, "jvm").toString());
        assertEquals(List.of(), o.of(EventKind.TASK_SUBMIT));
    }

    @Test
    void aGetOfAnItemNeverLent_orAGiveBackOfMoreThanLent_endsItsSender_andTheItemsStay() throws Exception {
        Runs.Outcome o = Runs.run(ClaimsLentItems.class);
        assertEquals(List.of("pool still works: 42", "starter exit code -9", "taker exit code -9, giver exit code -9",
                "main got 2 3"), o.stdout(o.result().mainPid()));
        long starter = o.start("starter").pid();
        assertEquals(List.of(), o.stdout(starter));
        assertTrue(o.lines(starter, "jvm").stream().anyMatch(l -> l.startsWith("ProcLab ended this process: protocol error: ")
                && l.contains("started pool-1/task-1, which pool-1 did not lend it next")), o.lines(starter, "jvm").toString());
        long taker = o.start("taker").pid();
        long giver = o.start("giver").pid();
        assertEquals(List.of(), o.stdout(taker));
        assertEquals(List.of("giver got 1"), o.stdout(giver));
        assertTrue(o.lines(taker, "jvm").stream().anyMatch(l -> l.startsWith("ProcLab ended this process: protocol error: ")
                && l.contains("LENT_TAKEN of queue") && l.contains("which lent this process nothing")), o.lines(taker, "jvm").toString());
        assertTrue(o.lines(giver, "jvm").stream().anyMatch(l -> l.startsWith("ProcLab ended this process: protocol error: ")
                && l.contains("gave back 5 items of queue-1 when 2 were lent")), o.lines(giver, "jvm").toString());
        assertEquals(List.of("1", "2", "3"), o.of(EventKind.GET).stream().map(e -> e.text()).toList());
    }

    @Test
    void aCopyTakenOrAGiveBackOfAPipeNeverLent_endsItsSender_andTheMessageStays() throws Exception {
        Runs.Outcome o = Runs.run(ClaimsLentPipe.class);
        assertEquals(List.of("exit codes -9 -9, the pipe holds: still here"), o.stdout(o.result().mainPid()));
        long taker = o.start("taker").pid();
        long giver = o.start("giver").pid();
        assertEquals(List.of(), o.stdout(taker));
        assertEquals(List.of(), o.stdout(giver));
        assertTrue(o.lines(taker, "jvm").stream().anyMatch(l -> l.startsWith("ProcLab ended this process: protocol error: ")
                && l.contains("PIPE_TOOK of a pipe end not lent to this process")), o.lines(taker, "jvm").toString());
        assertTrue(o.lines(giver, "jvm").stream().anyMatch(l -> l.startsWith("ProcLab ended this process: protocol error: ")
                && l.contains("PIPE_GIVE_BACK of a pipe end not being recalled")), o.lines(giver, "jvm").toString());
        assertEquals(List.of("'still here'"), o.of(EventKind.RECV).stream().map(e -> e.text()).toList());
    }

    @Test
    void aLockTakenOrReleasedByItselfWhenNotLent_orGivenBackUnlent_endsItsSender_andTheLockStaysFree() throws Exception {
        Runs.Outcome o = Runs.run(ClaimsLentLock.class);
        assertEquals(List.of("exit codes -9 -9 -9", "lock free: true, value 3"), o.stdout(o.result().mainPid()));
        assertEquals(List.of(), o.stdout(o.start("acquirer").pid()));
        assertEquals(List.of(), o.stdout(o.start("giver").pid()));
        assertEquals(List.of("set 3"), o.stdout(o.start("releaser").pid()));
        assertTrue(ended(o, "acquirer", "LENT_DONE of ", "which is not lent to this process"));
        assertTrue(ended(o, "giver", "gave back value-1.lock, which is not lent to this process"));
        assertTrue(ended(o, "releaser", "released value-1.lock by itself when it did not hold it"));
    }

    private static boolean ended(Runs.Outcome o, String name, String... words) {
        return o.lines(o.start(name).pid(), "jvm").stream().anyMatch(l -> l.startsWith("ProcLab ended this process: protocol error: ")
                && java.util.Arrays.stream(words).allMatch(l::contains));
    }
}
