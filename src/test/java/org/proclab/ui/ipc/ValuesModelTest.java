package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.ipc.ValuesModel.Access;
import org.proclab.ui.ipc.ValuesModel.Value;

@Tag("unit")
class ValuesModelTest {

    private static IpcEvents value() {
        return IpcEvents.log().main(100).value(100, "value-1", "i:0")
                .child(101, "adds-1", 100).handle(101, "value-1", "fork")
                .child(102, "adds-3", 100).handle(102, "value-1", "fork");
    }

    @Test
    void valueNew_typeAndInitialValue() {
        Value v = value().values().value("value-1");
        assertEquals("i", v.typecode());
        assertEquals("0", v.initial());
        assertEquals("0", v.current());
        assertNull(v.lastWriter());
        assertTrue(v.history().isEmpty());
    }

    @Test
    void oneAfterTheOther_noUpdateLost() {
        Value v = value().read(101, "value-1", "0").write(101, "value-1", "1")
                .read(102, "value-1", "1").write(102, "value-1", "4").values().value("value-1");
        assertEquals("4", v.current());
        assertEquals(102L, v.lastWriter());
        assertEquals(0, v.lostUpdates());
        assertTrue(v.history().stream().noneMatch(a -> a.lost() || a.stale()));
        assertEquals("1", v.history().get(3).readValue());
    }

    @Test
    void bothReadThenBothWrite_theFirstWriteIsLost_theSecondIsStale() {
        IpcEvents log = value().read(101, "value-1", "0").read(102, "value-1", "0")
                .write(101, "value-1", "1").write(102, "value-1", "3");
        int setBy1 = log.size() - 2;
        int setBy3 = log.size() - 1;
        Value v = log.values().value("value-1");
        assertEquals("3", v.current());
        assertEquals(1, v.lostUpdates());
        Access lost = v.access(setBy1);
        assertTrue(lost.lost());
        assertEquals(setBy3, lost.lostToSeq());
        Access stale = v.access(setBy3);
        assertTrue(stale.stale());
        assertEquals(List.of((long) setBy1), stale.overwrote());
        assertEquals("0", stale.readValue());
        assertTrue(v.access(setBy3 - 2).stale(), "adds-3's read of 0 was stale when it wrote");
        assertFalse(v.access(setBy3 - 3).stale(), "adds-1's read was not");
    }

    @Test
    void blindWrite_withoutARead_isNotALostUpdate() {
        Value v = value().read(101, "value-1", "0").write(102, "value-1", "7").write(101, "value-1", "1")
                .values().value("value-1");
        assertEquals(1, v.lostUpdates(), "adds-1 read 0, then overwrote adds-3's 7");
        Value blind = value().write(101, "value-1", "1").write(102, "value-1", "7").values().value("value-1");
        assertEquals(0, blind.lostUpdates());
    }

    @Test
    void history_isCapped_countsAreNot() {
        IpcEvents log = value();
        for (int i = 0; i < ValuesModel.MAX_HISTORY + 10; i++) {
            log.read(101, "value-1", Integer.toString(i));
        }
        Value v = log.values().value("value-1");
        assertEquals(ValuesModel.MAX_HISTORY, v.history().size());
        assertEquals(ValuesModel.MAX_HISTORY + 10, v.reads());
    }

    @Test
    void lockedTrace_twentyAtTheEnd_noUpdateLost() {
        List<Event> events = Traces.load(Traces.LOCK_VALUE);
        Value v = ValuesModel.foldOf(events, events.size()).snapshot().value("value-1");
        assertEquals("20", v.current());
        assertEquals(10, v.writes());
        assertEquals(0, v.lostUpdates());
    }

    @Test
    void steppedTraceWithoutLock_bothReadZero_oneUpdateLost() {
        List<Event> events = Traces.load(Traces.NO_LOCK_STEPPED);
        long p1 = Traces.pidOf(events, "Process-1");
        long p2 = Traces.pidOf(events, "Process-2");
        // the first round: both read 0, Process-1 writes 1, Process-2 writes 3
        int n = Traces.through(events, e -> e.kind() == EventKind.VALUE_SET && e.pid() == p2);
        Value v = ValuesModel.foldOf(events, n).snapshot().value("value-1");
        assertEquals("3", v.current());
        assertEquals(1, v.lostUpdates());
        List<Access> writes = v.history().stream().filter(Access::write).toList();
        assertEquals(p1, writes.get(0).pid());
        assertTrue(writes.get(0).lost());
        assertEquals(p2, writes.get(1).pid());
        assertTrue(writes.get(1).stale());
    }

    @Test
    void steppedTraceWithoutLock_atTheEnd_finalValueBelow20_andTheLossesCounted() {
        List<Event> events = Traces.load(Traces.NO_LOCK_STEPPED);
        Value v = ValuesModel.foldOf(events, events.size()).snapshot().value("value-1");
        int finalValue = Integer.parseInt(v.current());
        assertTrue(finalValue < 20);
        long lostAmount = v.history().stream().filter(Access::lost).count();
        assertEquals(lostAmount, v.lostUpdates());
        // five rounds in which both read the same value before either wrote: 0, 3, 6, 9, 10
        assertEquals(5, v.lostUpdates());
    }
}
