package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.ipc.ArraysModel.Cell;
import org.proclab.ui.ipc.ArraysModel.SharedArray;

/** Shared arrays folded from the event log: each cell's value and last writer. */
@Tag("unit")
class ArraysModelTest {

    private static IpcEvents twoWriters() {
        return IpcEvents.log().main(100).array(100, "array-1", "i:[1, 2, 3]", 3)
                .child(101, "squarer", 100).child(102, "zeroer", 100);
    }

    private static List<String> values(SharedArray a) {
        return a.cells().stream().map(Cell::value).toList();
    }

    private static List<Long> writers(SharedArray a) {
        return a.cells().stream().map(Cell::lastWriter).toList();
    }

    @Test
    void created_cellsHoldTheInitialValues_writtenByNobody() {
        SharedArray a = twoWriters().arrays().array("array-1");
        assertEquals("i", a.typecode());
        assertEquals(3, a.length());
        assertEquals(List.of("1", "2", "3"), values(a));
        assertEquals(java.util.Arrays.asList(null, null, null), writers(a));
    }

    @Test
    void cellWrite_changesThatCellAndItsWriterOnly_andIsTheNewest() {
        IpcEvents log = twoWriters().setCell(101, "array-1", 2, "9")
                .add(100, EventKind.ARRAY_GET, "array-1", "9", 2);
        SharedArray a = log.arrays().array("array-1");
        assertEquals(List.of("1", "2", "9"), values(a));
        assertEquals(java.util.Arrays.asList(null, null, 101L), writers(a));
        assertEquals(a.lastSeq(), a.cell(2).writeSeq(), "the latest write was to a[2]");
        assertEquals(1, a.reads());
        assertEquals(1, a.writes());

        a = log.setCell(102, "array-1", 2, "0").arrays().array("array-1");
        assertEquals(102L, a.cell(2).lastWriter());
        assertEquals(2, a.cell(2).writes());
    }

    @Test
    void wholeWrite_givesEveryCellItsValueAndWriter() {
        SharedArray a = twoWriters().setCell(101, "array-1", 0, "5")
                .add(102, EventKind.ARRAY_SET, "array-1", "[0, 0, 0]", Event.NO_NUM).arrays().array("array-1");
        assertEquals(List.of("0", "0", "0"), values(a));
        assertEquals(List.of(102L, 102L, 102L), writers(a));
        assertEquals(2, a.cell(0).writes());
    }

    @Test
    void longArray_keepsTheFirstCellsTheKernelShows_andTheLength() {
        StringBuilder shown = new StringBuilder("d:[");
        for (int i = 0; i < ArraysModel.SHOWN; i++) {
            shown.append(i == 0 ? "" : ", ").append(i).append(".5");
        }
        SharedArray a = IpcEvents.log().main(100).array(100, "array-1", shown.append(", …]").toString(), 1000)
                .setCell(100, "array-1", 999, "7.0").arrays().array("array-1");
        assertEquals(1000, a.length());
        assertEquals(ArraysModel.SHOWN, a.cells().size());
        assertEquals("31.5", a.cell(31).value());
        assertNull(a.cell(999), "a cell past those drawn is not kept");
        assertEquals(1, a.writes());
    }

    @Test
    void checkpoint_isNotChangedByLaterEvents() {
        IpcEvents log = twoWriters();
        ArraysModel m = ArraysModel.foldOf(log.list(), log.size());
        ArraysModel checkpoint = m.copy();
        List<Event> more = log.setCell(101, "array-1", 0, "4").list();
        m.apply(more.get(more.size() - 1));
        assertEquals("4", m.snapshot().array("array-1").cell(0).value());
        assertEquals("1", checkpoint.snapshot().array("array-1").cell(0).value());
    }
}
