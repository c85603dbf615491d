package org.proclab.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.i18n.I18n;

/** Events read as sentences in English and Chinese, from real traces; the raw trace words stay available. */
@Tag("unit")
class EventTextTest {
    private static final ResourceBundle EN = I18n.bundle(I18n.ENGLISH);
    private static final ResourceBundle ZH = I18n.bundle(I18n.CHINESE);
    private static final List<Event> PIPE = TraceFixtures.load("pipe-lesson.jsonl");

    private static Event first(List<Event> events, Predicate<Event> p) {
        return events.stream().filter(p).findFirst().orElseThrow();
    }

    private static Event first(List<Event> events, EventKind kind) {
        return first(events, e -> e.kind() == kind);
    }

    private static Event event(EventKind kind, String obj, String text, long num) {
        return new Event(1, 0, 42, kind, obj, text, num, null, 0);
    }

    @Test
    void everyKind_hasASentence_inBothLanguages() {
        for (EventKind k : EventKind.values()) {
            for (ResourceBundle b : List.of(EN, ZH)) {
                String key = "event." + k.wireName();
                assertTrue(b.containsKey(key), key + " missing in " + b.getLocale());
                new MessageFormat(b.getString(key), b.getLocale()); // a pattern that does not parse fails here
                String s = EventText.sentence(event(k, "x-1", "t", 1), b);
                assertFalse(s.startsWith(k.wireName() + " "), k + " falls back to the raw form in " + b.getLocale());
            }
        }
    }

    @Test
    void everyEventKey_isInBothLanguages_andParses() {
        for (ResourceBundle b : List.of(EN, ZH)) {
            ResourceBundle other = b == EN ? ZH : EN;
            for (String key : b.keySet()) {
                if (key.startsWith("event.")) {
                    assertTrue(other.containsKey(key), key + " only in " + b.getLocale());
                    new MessageFormat(b.getString(key), b.getLocale());
                }
            }
        }
    }

    @Test
    void describe_pipeLesson_readsAsSentences_inEnglish() {
        assertEquals("sends 1 on pipe-1:1  (PipeLesson.java:32)", EventText.describe(first(PIPE, EventKind.SEND), EN));
        assertEquals("receives 1 on pipe-1:0  (PipeLesson.java:21)", EventText.describe(first(PIPE, EventKind.RECV), EN));
        assertEquals("prints: consumer got 1", EventText.describe(first(PIPE, EventKind.OUTPUT), EN));
        assertEquals("ended: returned, exit code 0", EventText.describe(first(PIPE, EventKind.EXIT), EN));
        assertEquals("creates two-way pipe pipe-1  (PipeLesson.java:37)", EventText.describe(first(PIPE, EventKind.PIPE_NEW), EN));
        assertEquals("holds a copy of pipe-1:0, inherited by fork",
                EventText.describe(first(PIPE, e -> e.kind() == EventKind.HANDLE && "fork".equals(e.text())), EN));
        assertEquals("closes pipe-1:0  (PipeLesson.java:43)", EventText.describe(first(PIPE, EventKind.CLOSE), EN));
        assertEquals("waits in join() for child pid 19740  (PipeLesson.java:46)", EventText.describe(first(PIPE, EventKind.BLOCK), EN));
        assertEquals("joins child pid 19740: exit code 0  (PipeLesson.java:46)", EventText.describe(first(PIPE, EventKind.JOIN), EN));
        assertEquals("recv() on pipe-1:0 sees end of file: every write handle is closed  (PipeLesson.java:21)",
                EventText.describe(first(PIPE, EventKind.EOF), EN));
        assertEquals("starts as the main program, parent pid 19698", EventText.describe(first(PIPE, EventKind.START), EN));
    }

    @Test
    void describe_pipeLesson_readsAsSentences_inChinese() {
        // the value first: Chinese puts the verb last, and a cut row would hide what was sent
        assertEquals("发送 1（经 pipe-1:1）  (PipeLesson.java:32)", EventText.describe(first(PIPE, EventKind.SEND), ZH));
        assertEquals("收到 1（经 pipe-1:0）  (PipeLesson.java:21)", EventText.describe(first(PIPE, EventKind.RECV), ZH));
        assertEquals("输出：consumer got 1", EventText.describe(first(PIPE, EventKind.OUTPUT), ZH));
        assertEquals("结束：正常返回，退出码 0", EventText.describe(first(PIPE, EventKind.EXIT), ZH));
        assertEquals("创建双向管道 pipe-1  (PipeLesson.java:37)", EventText.describe(first(PIPE, EventKind.PIPE_NEW), ZH));
        assertEquals("进程结束，pipe-1:0 随之关闭",
                EventText.describe(first(PIPE, e -> e.kind() == EventKind.CLOSE && "exit".equals(e.text())), ZH));
        assertEquals("回收子进程 pid 19740（join），退出码 0  (PipeLesson.java:46)", EventText.describe(first(PIPE, EventKind.JOIN), ZH));
        assertEquals("作为子进程启动，父进程 pid 19722  (PipeLesson.java:41)",
                EventText.describe(first(PIPE, e -> e.kind() == EventKind.START && "child".equals(e.obj())), ZH));
    }

    @Test
    void describe_otherLessons_inBothLanguages() {
        List<Event> queue = TraceFixtures.load("queue-lesson.jsonl");
        Event put = first(queue, EventKind.PUT);
        assertEquals("puts " + put.text() + " in queue-1", EventText.sentence(put, EN));
        assertEquals("把 " + put.text() + " 放入 queue-1", EventText.sentence(put, ZH));
        assertEquals("creates queue queue-1, unbounded", EventText.sentence(first(queue, EventKind.QUEUE_NEW), EN));

        List<Event> lock = TraceFixtures.load("lock-value.jsonl");
        assertEquals("creates shared value value-1, initially 0", EventText.sentence(first(lock, EventKind.VALUE_NEW), EN));
        assertEquals("创建共享值 value-1，初值 0", EventText.sentence(first(lock, EventKind.VALUE_NEW), ZH));
        assertEquals("获得锁 lock-1", EventText.sentence(first(lock, EventKind.ACQUIRE), ZH));

        List<Event> pool = TraceFixtures.load(TraceFixtures.POOL);
        assertEquals("creates pool pool-1 with 5 worker processes", EventText.sentence(first(pool, EventKind.POOL_NEW), EN));
        assertEquals("为 pool-1/task-1 运行回调（callback）", EventText.sentence(first(pool, EventKind.CALLBACK), ZH));

        List<Event> stuck = TraceFixtures.load(TraceFixtures.PIPE_FORGOT_CLOSE);
        assertEquals("deadlock: no process can go on", EventText.sentence(first(stuck, EventKind.DEADLOCK), EN));
        assertEquals("死锁：没有进程能继续运行", EventText.sentence(first(stuck, EventKind.DEADLOCK), ZH));
        assertEquals("因死锁，运行已停止", EventText.sentence(first(stuck, EventKind.STOP), ZH));
    }

    @Test
    void absentNumbers_areLeftOut_notPrintedAsHugeNegatives() {
        Event unknownCode = event(EventKind.EXIT, null, "ended; its exit code is unknown (its parent did not collect it)", Event.NO_NUM);
        assertEquals("ended: exit code unknown (its parent did not collect it)", EventText.sentence(unknownCode, EN));
        assertEquals("结束：退出码未知（父进程没有回收它）", EventText.sentence(unknownCode, ZH));
        for (EventKind k : EventKind.values()) {
            for (ResourceBundle b : List.of(EN, ZH)) {
                String s = EventText.sentence(event(k, "x-1", "t", Event.NO_NUM), b);
                assertFalse(s.contains(Long.toString(Event.NO_NUM)), k + ": " + s);
            }
        }
    }

    @Test
    void sentence_kernelWordsWithoutAKey_areShownAsTheyAre() {
        assertEquals("ended: System.exit(2), exit code 2", EventText.sentence(event(EventKind.EXIT, null, "System.exit(2)", 2), EN));
        assertEquals("结束：被信号 9 杀死，退出码 -9", EventText.sentence(event(EventKind.EXIT, null, "killed by signal 9", -9), ZH));
        assertEquals("请求用 SIGTERM 终止 PoolWorker-8（pid 11471）",
                EventText.sentence(event(EventKind.TERMINATE, "11471", "PoolWorker-8", Event.NO_NUM), ZH));
        assertEquals("a helper thread waits for the results of pool-1",
                EventText.sentence(first(TraceFixtures.load(TraceFixtures.POOL), EventKind.BLOCK), EN));
        assertEquals("a helper thread waits in get() on queue-1", EventText.sentence(event(EventKind.BLOCK, "queue-1", "get()", 0), EN));
        assertEquals("poll() on pipe-1:0 answers maybe", EventText.sentence(event(EventKind.POLL, "pipe-1:0", "maybe", Event.NO_NUM), EN));
    }

    @Test
    void programTexts_stayAsWritten_onlyShortened() {
        String longLine = "x".repeat(200);
        String s = EventText.sentence(event(EventKind.OUTPUT, "stdout", "it's {0} 'quoted'\n" + longLine, Event.NO_NUM), EN);
        assertTrue(s.startsWith("prints: it's {0} 'quoted' xxx"), s);
        assertTrue(s.endsWith("\u2026"), s);
        assertTrue(s.length() < 100, s);
    }

    @Test
    void raw_keepsTheTraceFormatsWords() {
        Event send = first(PIPE, EventKind.SEND);
        assertEquals("send end=pipe-1:1 message=1 msg=1  (PipeLesson.java:32)", EventText.raw(send));
        assertEquals("output stream=stdout line=consumer got 1", EventText.raw(first(PIPE, EventKind.OUTPUT)));
        assertEquals("exit how=returned exitcode=0", EventText.raw(first(PIPE, EventKind.EXIT)));
        assertEquals("PipeLesson.java:32", EventText.location(send));
    }

    @Test
    void who_namesProcesses_procLabForTheKernelAndTheApp_theSystemForPid1() {
        org.proclab.ui.model.ProcessTreeModel tree = new org.proclab.ui.model.ProcessTreeModel();
        PIPE.forEach(tree::apply);
        Event main = first(PIPE, e -> e.kind() == EventKind.START && "MainProcess".equals(e.text()));
        Event consumer = first(PIPE, e -> e.kind() == EventKind.START && "consumer".equals(e.text()));
        assertEquals("consumer", EventText.who(consumer.pid(), tree, EN));
        assertEquals("ProcLab", EventText.who(main.num(), tree, EN), "the app: the main process's parent");
        assertEquals("ProcLab", EventText.who(0, tree, ZH));
        assertEquals("the system", EventText.who(1, tree, EN));
        assertEquals("系统", EventText.who(1, tree, ZH));
        assertEquals("424242", EventText.who(424242, tree, EN));
    }
}
