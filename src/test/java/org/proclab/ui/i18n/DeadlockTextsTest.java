package org.proclab.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The kernel's deadlock explanations, as a Chinese reader sees them: every phrase, names and places kept. */
@Tag("unit")
class DeadlockTextsTest {

    @Test
    void forgottenClose_pipeAndJoin() {
        String en = "no process can go on. consumer (pid 19807) waits in recv() on pipe-1:0 (ForgotToClose.java:21), "
                + "which can never return: the only write handles of pipe-1:1 still open are held by consumer (pid 19807) "
                + "itself. consumer never closed its own copy of the write end pipe-1:1, so it keeps its own pipe from "
                + "reaching end-of-file. MainProcess (pid 19789) waits in join() on consumer (pid 19807) "
                + "(ForgotToClose.java:42), but consumer is waiting too.";
        assertEquals("没有进程能继续。consumer (pid 19807) 在 recv() on pipe-1:0 (ForgotToClose.java:21) 处等待，"
                + "它永远不会返回：pipe-1:1 仍然打开的写端句柄只在 consumer (pid 19807) 自己 手里。"
                + "consumer 从未关闭它自己的写端副本 pipe-1:1，所以它让自己的管道永远到不了文件结束。"
                + "MainProcess (pid 19789) 在 join() on consumer (pid 19807) (ForgotToClose.java:42) 处等待，但 consumer 也在等待。",
                DeadlockTexts.in(I18n.CHINESE, en));
        assertEquals(en, DeadlockTexts.in(I18n.ENGLISH, en), "English stays as the kernel wrote it");
    }

    @Test
    void twoLocks_eachHeldByTheOther() {
        String en = "no process can go on. a-then-b (pid 11) waits in acquire() on lock-2 (Locks.java:12), which can never "
                + "return: lock-2 is held by b-then-a (pid 12), and the processes that could release it (b-then-a (pid 12)) "
                + "are waiting too. b-then-a (pid 12) waits in acquire() on lock-1 (Locks.java:20), which can never return: "
                + "lock-1 is held by a-then-b (pid 11), which has ended, and the processes that could release it "
                + "(no running process) are waiting too.";
        assertEquals("没有进程能继续。a-then-b (pid 11) 在 acquire() on lock-2 (Locks.java:12) 处等待，它永远不会返回："
                + "lock-2 被 b-then-a (pid 12) 持有，而能释放它的进程（b-then-a (pid 12)）也都在等待。"
                + "b-then-a (pid 12) 在 acquire() on lock-1 (Locks.java:20) 处等待，它永远不会返回：lock-1 被 a-then-b (pid 11) "
                + "持有，而该进程已经结束；能释放它的进程（没有正在运行的进程）也都在等待。",
                DeadlockTexts.in(I18n.CHINESE, en));
    }

    @Test
    void queue_allHoldersWaiting() {
        String en = "no process can go on. consumer (pid 5) waits in get() on queue-1 (Q.java:9), which can never return: "
                + "the processes that hold queue-1 (MainProcess (pid 4), consumer (pid 5) itself) are all waiting.";
        assertEquals("没有进程能继续。consumer (pid 5) 在 get() on queue-1 (Q.java:9) 处等待，它永远不会返回："
                + "持有 queue-1 的进程（MainProcess (pid 4), consumer (pid 5) 自己）都在等待。",
                DeadlockTexts.in(I18n.CHINESE, en));
    }

    @Test
    void aPhraseTheRulesDoNotKnow_staysEnglishRatherThanHalfTranslated() {
        String en = "no process can go on. worker (pid 3) waits in recv() on pipe-2:0, which can never return: something new happened.";
        assertEquals(en, DeadlockTexts.in(I18n.CHINESE, en));
    }
}
