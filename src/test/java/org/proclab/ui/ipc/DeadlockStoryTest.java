package org.proclab.ui.ipc;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.i18n.I18n;

/** The deadlock explanation is told from the folds at the DEADLOCK event, in either language. */
@Tag("unit")
class DeadlockStoryTest {
    private static final long MAIN = 19789;
    private static final long CONSUMER = 19807;

    private static DeadlockStory storyOf(List<Event> events) {
        IpcViewModel vm = new IpcViewModel();
        vm.apply(events);
        return vm.deadlockStoryProperty().get();
    }

    private static int deadlockAt(List<Event> events) {
        return Traces.through(events, Traces.kind(EventKind.DEADLOCK));
    }

    @Test
    void forgotClose_namesTheReader_itsOwnWriteHandle_andTheJoinThatWaitsForIt() {
        List<Event> events = Traces.load(Traces.PIPE_FORGOT_CLOSE);
        DeadlockStory story = storyOf(events.subList(0, deadlockAt(events)));

        assertEquals(2, story.stuck().size());
        DeadlockStory.Stuck reader = story.stuck().get(0);
        assertEquals(new DeadlockStory.Who(CONSUMER, "consumer"), reader.who(), "the root cause first");
        assertEquals("recv()", reader.call());
        assertEquals("pipe-1:0", reader.object());
        assertEquals("ForgotToClose.java:21", reader.location());
        assertEquals(new DeadlockStory.PipeKeptOpen("pipe-1:1", List.of(new DeadlockStory.Who(CONSUMER, "consumer")), true),
                reader.why());
        DeadlockStory.Stuck main = story.stuck().get(1);
        assertEquals("join()", main.call());
        assertEquals("ForgotToClose.java:42", main.location());
        assertEquals(new DeadlockStory.ChildWaits(new DeadlockStory.Who(CONSUMER, "consumer")), main.why());

        assertEquals("consumer (pid 19807) waits in recv() on pipe-1:0 (ForgotToClose.java:21), which can never return:"
                + " the only write handles of pipe-1:1 still open are held by consumer (pid 19807) itself."
                + " consumer never closed its own copy of the write end pipe-1:1, so it keeps its own pipe from reaching"
                + " end-of-file. MainProcess (pid 19789) waits in join() for consumer (pid 19807) (ForgotToClose.java:42),"
                + " but consumer (pid 19807) is waiting too.", story.text(I18n.bundle(I18n.ENGLISH)));
    }

    @Test
    void forgotClose_inChinese_hasNoEnglishBesideNamesCallsObjectsAndLines() {
        List<Event> events = Traces.load(Traces.PIPE_FORGOT_CLOSE);
        String zh = storyOf(events.subList(0, deadlockAt(events))).text(I18n.bundle(I18n.CHINESE));
        assertEquals("consumer (pid 19807) 在 ForgotToClose.java:21 处调用 pipe-1:0 的 recv()，一直在等待，而这个调用永远不会返回："
                + "仍然打开着 pipe-1:1 写端句柄的只有 consumer (pid 19807) 自己。consumer 从未关闭它自己的写端副本 pipe-1:1，"
                + "所以它让自己的管道永远到不了文件结束。MainProcess (pid 19789) 在 ForgotToClose.java:42 处调用 join()，"
                + "等待 consumer (pid 19807) 结束，但 consumer (pid 19807) 也在等待。", zh);
        assertNoEnglish(zh);
    }

    /** What is left of a Chinese text once the program's own words are taken out must hold no Latin letter. */
    private static void assertNoEnglish(String zh) {
        String rest = zh.replaceAll("[A-Za-z]+\\.java:\\d+", "").replaceAll("\\b(MainProcess|consumer|Process-\\d|pid)\\b", "")
                .replaceAll("\\b(pipe|lock|queue)-\\d+(:\\d)?", "").replaceAll("[a-z]+\\(\\)", "");
        assertFalse(rest.matches("(?s).*[A-Za-z].*"), "English left in: " + rest);
    }

    @Test
    void story_staysAsAtTheFinding_whenStopEndsTheProcessesAfterIt() {
        List<Event> events = Traces.load(Traces.PIPE_FORGOT_CLOSE);
        DeadlockStory atFinding = storyOf(events.subList(0, deadlockAt(events)));
        assertTrue(events.size() > deadlockAt(events), "the trace goes on: Stop, exits, handles closed");
        assertEquals(atFinding, storyOf(events), "what came after the finding does not change why it happened");

        IpcViewModel scrubbed = new IpcViewModel();
        scrubbed.showPrefix(events, events.size());
        assertEquals(atFinding, scrubbed.deadlockStoryProperty().get(), "the timeline's refold tells the same");
        scrubbed.showPrefix(events, deadlockAt(events) - 1);
        assertNull(scrubbed.deadlockStoryProperty().get(), "before the finding there is none");
    }

    @Test
    void twoLocksTakenInOppositeOrder_eachWaitsForTheOther() {
        List<Event> events = IpcEvents.log().main(1).lock(1, "lock-1").lock(1, "lock-2")
                .child(2, "Process-1", 1).handle(2, "lock-1", "fork").handle(2, "lock-2", "fork")
                .child(3, "Process-2", 1).handle(3, "lock-1", "fork").handle(3, "lock-2", "fork")
                .acquire(2, "lock-1").acquire(3, "lock-2")
                .block(2, "lock-2", "acquire()").block(3, "lock-1", "acquire()")
                .deadlock("2,3", "no process can go on.").list();
        DeadlockStory story = storyOf(events);
        assertEquals(new DeadlockStory.LockHeld(new DeadlockStory.Who(3, "Process-2"), false), story.stuck().get(0).why());
        assertEquals(new DeadlockStory.LockHeld(new DeadlockStory.Who(2, "Process-1"), false), story.stuck().get(1).why());
        assertEquals("Process-1 (pid 2) waits in acquire() on lock-2, which can never return: lock-2 is held by"
                + " Process-2 (pid 3), which is waiting too. Process-2 (pid 3) waits in acquire() on lock-1, which can"
                + " never return: lock-1 is held by Process-1 (pid 2), which is waiting too.",
                story.text(I18n.bundle(I18n.ENGLISH)));
        String zh = story.text(I18n.bundle(I18n.CHINESE));
        assertTrue(zh.startsWith("Process-1 (pid 2) 调用 lock-2 的 acquire()，一直在等待，而这个调用永远不会返回：lock-2 被 Process-2 (pid 3) 持有"), zh);
        assertNoEnglish(zh);
    }

    @Test
    void aLockWhoseHolderEnded_saysSo() {
        List<Event> events = IpcEvents.log().main(1).lock(1, "lock-1").child(2, "Process-1", 1)
                .handle(2, "lock-1", "fork").acquire(2, "lock-1").exit(2, "returned")
                .block(1, "lock-1", "acquire()").deadlock("1", "no process can go on.").list();
        DeadlockStory.Stuck main = storyOf(events).stuck().get(0);
        assertInstanceOf(DeadlockStory.LockHeld.class, main.why());
        assertTrue(((DeadlockStory.LockHeld) main.why()).holderEnded());
        assertTrue(storyOf(events).text(I18n.bundle(I18n.CHINESE)).endsWith("lock-1 被 Process-1 (pid 2) 持有，而该进程已经结束。"));
    }

    @Test
    void reset_forgetsTheStory() {
        List<Event> events = Traces.load(Traces.PIPE_FORGOT_CLOSE);
        IpcViewModel vm = new IpcViewModel();
        vm.apply(events);
        DeadlockStory s = vm.deadlockStoryProperty().get();
        assertSame(s, vm.deadlockStoryProperty().get());
        vm.reset();
        assertNull(vm.deadlockStoryProperty().get());
    }
}
