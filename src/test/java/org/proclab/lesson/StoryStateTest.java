package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/** The state narration lines are conditioned on, folded from hand-made events; and how a condition picks a line. */
@Tag("unit")
class StoryStateTest {
    private long seq;
    private final StoryState s = new StoryState();

    private void on(long pid, EventKind kind, String obj, String text, long num) {
        s.apply(new Event(seq++, seq * 1000, pid, kind, obj, text, num, null, 0));
    }

    private void on(long pid, EventKind kind, String obj) {
        on(pid, kind, obj, null, Event.NO_NUM);
    }

    private void started(long pid, String name, long ppid) {
        on(pid, EventKind.START, pid == 10 ? "main" : "child", name, ppid);
    }

    @Test
    void pipe_openHoldersAndMessagesOnTheirWay_followHandlesSendsAndReceives() {
        started(10, "MainProcess", 1);
        on(10, EventKind.HANDLE, "pipe-1:0", "create", Event.NO_NUM);
        on(10, EventKind.HANDLE, "pipe-1:1", "create", Event.NO_NUM);
        started(11, "consumer", 10);
        on(11, EventKind.HANDLE, "pipe-1:0", "fork", Event.NO_NUM);
        on(11, EventKind.HANDLE, "pipe-1:1", "fork", Event.NO_NUM);
        assertEquals(List.of("MainProcess", "consumer"), s.openHolders("pipe-1:1"));
        on(10, EventKind.SEND, "pipe-1:1", "1", 1);
        on(10, EventKind.SEND, "pipe-1:1", "2", 2);
        assertEquals(2, s.queued("pipe-1:0"), "sent from end 1, on their way to end 0");
        on(11, EventKind.RECV, "pipe-1:0", "1", 1);
        assertEquals(1, s.queued("pipe-1:0"));
        on(10, EventKind.CLOSE, "pipe-1:1", "close", Event.NO_NUM);
        assertEquals(List.of("consumer"), s.openHolders("pipe-1:1"));
        on(11, EventKind.CLOSE, "pipe-1:1", "close", Event.NO_NUM);
        assertEquals(List.of(), s.openHolders("pipe-1:1"));
        assertEquals(List.of("MainProcess", "consumer"), s.openHolders("pipe-1:0"), "closing one end leaves the other end's handles");
    }

    @Test
    void process_blockedUntilItsCallReturns_thenZombieUntilJoined_andAnOrphanOnlyWhileAlive() {
        started(10, "MainProcess", 1);
        started(11, "consumer", 10);
        on(11, EventKind.BLOCK, "queue-1", "get()", 1);
        assertEquals(StoryState.Life.BLOCKED, s.process("consumer").life());
        assertEquals("get() on queue-1", s.process("consumer").waitsIn());
        on(11, EventKind.OUTPUT, "stdout", "printed earlier", Event.NO_NUM);
        assertEquals(StoryState.Life.BLOCKED, s.process("consumer").life(), "output is pumped later: it ends no wait");
        on(11, EventKind.GET, "queue-1", "'done'", 2);
        assertEquals(StoryState.Life.RUNNING, s.process("consumer").life());
        on(10, EventKind.BLOCK, "pool-1", "results", 0);
        assertEquals(StoryState.Life.RUNNING, s.process("MainProcess").life(), "a helper thread's wait does not stop the process");
        on(11, EventKind.EXIT, null, "returned", 0);
        assertEquals(StoryState.Life.ZOMBIE, s.process("consumer").life());
        on(11, EventKind.ORPHAN, null, null, 1);
        assertFalse(s.process("consumer").orphan(), "an ended process is not re-parented");
        on(10, EventKind.JOIN, "11", null, 0);
        assertEquals(StoryState.Life.JOINED, s.process("consumer").life());
        assertNull(s.process("nobody"));
    }

    @Test
    void pool_tasksRunAndWait_andATerminatedPoolsWaitingTasksFail() {
        started(10, "MainProcess", 1);
        for (int t = 1; t <= 3; t++) {
            on(10, EventKind.TASK_SUBMIT, "pool-1/task-" + t, "work(" + t + ")", Event.NO_NUM);
        }
        on(20, EventKind.TASK_START, "pool-1/task-1");
        assertEquals(1, s.running("pool-1"));
        assertEquals(2, s.waiting("pool-1"));
        on(20, EventKind.TASK_DONE, "pool-1/task-1", "101", 1);
        on(20, EventKind.TASK_START, "pool-1/task-2");
        on(10, EventKind.POOL_STATE, "pool-1", "terminate", Event.NO_NUM);
        assertEquals(1, s.running("pool-1"), "the running task fails only when its worker has ended");
        assertEquals(0, s.waiting("pool-1"), "the waiting one failed at once");
    }

    @Test
    void value_updatesAreLost_whenAWriteIsBasedOnAReadOlderThanAnotherWrite() {
        on(11, EventKind.VALUE_GET, "value-1", "0", Event.NO_NUM);
        on(12, EventKind.VALUE_GET, "value-1", "0", Event.NO_NUM);
        on(11, EventKind.VALUE_SET, "value-1", "1", Event.NO_NUM);
        assertEquals(0, s.lost("value-1"));
        on(12, EventKind.VALUE_SET, "value-1", "3", Event.NO_NUM);
        assertEquals(1, s.lost("value-1"), "12 read 0 before 11 wrote 1, then wrote 3 over it");
        on(11, EventKind.VALUE_GET, "value-1", "3", Event.NO_NUM);
        on(11, EventKind.VALUE_SET, "value-1", "4", Event.NO_NUM);
        assertEquals(1, s.lost("value-1"), "a read of the latest value loses nothing");
    }

    /**
     * Random reads and writes of two values by three processes (one ends halfway), with checkpoints copied on
     * the way: the lost updates are those of the plain rule (every write kept), in the state and in its copies.
     */
    @Test
    void value_lostUpdates_sameAsKeepingEveryWrite_throughCopies() {
        java.util.Random r = new java.util.Random(4);
        List<StoryState> copies = new java.util.ArrayList<>();
        List<Integer> lostAtCopy = new java.util.ArrayList<>();
        // the plain rule: every write with its process and whether it is lost; per value and reader, the writes at its last read
        java.util.Map<String, List<long[]>> writes = new java.util.HashMap<>();
        java.util.Map<String, java.util.Map<Long, Integer>> readAt = new java.util.HashMap<>();
        int lost = 0;
        for (int i = 0; i < 20_000; i++) {
            long pid = i < 10_000 ? 11 + r.nextInt(3) : 11 + r.nextInt(2); // 13 ends at 10,000
            if (i == 10_000) {
                on(13, EventKind.EXIT, null, "returned", 0);
            }
            String value = r.nextInt(4) == 0 ? "value-2" : "value-1";
            List<long[]> ws = writes.computeIfAbsent(value, k -> new java.util.ArrayList<>());
            if (r.nextBoolean()) {
                on(pid, EventKind.VALUE_GET, value, "?", Event.NO_NUM);
                readAt.computeIfAbsent(value, k -> new java.util.HashMap<>()).put(pid, ws.size());
            } else {
                on(pid, EventKind.VALUE_SET, value, "?", Event.NO_NUM);
                Integer read = readAt.getOrDefault(value, java.util.Map.of()).get(pid);
                for (int w = read == null ? ws.size() : read; w < ws.size(); w++) {
                    if (ws.get(w)[0] != pid && ws.get(w)[1] == 0) {
                        ws.get(w)[1] = 1;
                        lost += value.equals("value-1") ? 1 : 0;
                    }
                }
                ws.add(new long[] {pid, 0});
            }
            assertEquals(lost, s.lost("value-1"), "after event " + i);
            if (i % 1000 == 999) {
                copies.add(s.copy());
                lostAtCopy.add(lost);
            }
        }
        assertTrue(lost > 1000, lost + " lost: the rule was exercised");
        for (int c = 0; c < copies.size(); c++) {
            assertEquals(lostAtCopy.get(c), copies.get(c).lost("value-1"), "copy " + c + " unchanged by later events");
        }
        StoryState again = copies.get(4).copy();
        again.apply(new Event(seq++, 0, 11, EventKind.VALUE_SET, "value-1", "?", Event.NO_NUM, null, 0));
        assertEquals(lostAtCopy.get(4), copies.get(4).lost("value-1"), "a copy of a copy goes its own way");
    }

    @Test
    void player_saysAConditionedLineAtTheFirstMatchingEventWhereItHolds_andAnElseAtTheFirstMatch() {
        Script.Condition nothingQueued = new Script.Condition(java.util.Map.of(), java.util.Map.of("queue-1", Script.Count.exactly(0)),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of());
        Script.Match get = new Script.Match(EventKind.GET, null, null, null);
        Script script = new Script(List.of(
                new Script.Narration(get, nothingQueued, Text.of("empty now"), null),
                new Script.Narration(new Script.Match(EventKind.PUT, null, null, null), nothingQueued, Text.of("was empty"),
                        Text.of("holds one"))), List.of());
        ScriptPlayer p = new ScriptPlayer(script);
        p.accept(new Event(0, 0, 11, EventKind.PUT, "queue-1", "a", 1, null, 0));
        p.accept(new Event(1, 0, 11, EventKind.PUT, "queue-1", "b", 2, null, 0));
        p.accept(new Event(2, 0, 12, EventKind.GET, "queue-1", "a", 1, null, 0));
        assertEquals(List.of("holds one"), p.lines().stream().map(l -> l.text().in(Locale.ENGLISH)).toList(),
                "the else is decided at the first put; one item is left after the first get");
        assertTrue(p.lines().get(0).otherwise());
        p.accept(new Event(3, 0, 12, EventKind.GET, "queue-1", "b", 2, null, 0));
        assertEquals(List.of("holds one", "empty now"), p.lines().stream().map(l -> l.text().en()).toList());
        assertEquals(3, p.lines().get(1).seq(), "said at the get that emptied the queue");
    }
}
