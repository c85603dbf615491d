package org.proclab.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.worker.PoolJob;

/** How a pool task's argument travels to a worker and what the worker runs with it. */
@Tag("unit")
class PoolWorkTest {
    record Point(int x) implements Serializable {}

    static int twice(Object x) {
        return x instanceof Point p ? 2 * p.x() : 2 * (Integer) x;
    }

    private static Object runInWorker(PoolWork work) throws Exception {
        PoolJob back = PoolWork.rebuild(work.fn(), work.restBytes());
        return back.run();
    }

    @Test
    void chunkOfNumbers_travelsCompactly_andGivesEachResultInOrder() throws Exception {
        Fn<Object, Object> fn = PoolWorkTest::twice;
        PoolWork work = new PoolWork(fn, new ArrayList<>(List.of(1, 2, 3)), true);
        byte[] rest = work.restBytes();
        assertEquals(3, rest[0], "a chunk of plain values is written without Java serialization");
        assertEquals(List.of(2, 4, 6), runInWorker(work));
        assertEquals(List.of(42), runInWorker(new PoolWork(fn, new ArrayList<>(List.of(21)), true)));
    }

    @Test
    void chunkOfOtherValues_isSerialized_andGivesTheSameResults() throws Exception {
        Fn<Object, Object> fn = PoolWorkTest::twice;
        PoolWork work = new PoolWork(fn, new ArrayList<>(List.of(new Point(1), new Point(5))), true);
        assertEquals(2, work.restBytes()[0]);
        assertEquals(List.of(2, 10), runInWorker(work));
    }

    @Test
    void singleArgument_isNotTakenForAChunk() throws Exception {
        Fn<Object, Object> fn = x -> x instanceof List<?> l ? "list of " + l.size() : "one " + x;
        assertEquals("list of 2", runInWorker(new PoolWork(fn, new ArrayList<>(List.of(1, 2)), false)));
        assertEquals("one 7", runInWorker(new PoolWork(fn, 7, false)));
    }

    @Test
    void damagedArgument_isRefusedWithASentence() throws IOException {
        Fn<Object, Object> fn = PoolWorkTest::twice;
        byte[] rest = new PoolWork(fn, 5, false).restBytes();
        rest[0] = 3; // claims a plain chunk, holds a number
        StreamCorruptedException e = assertThrows(StreamCorruptedException.class, () -> PoolWork.rebuild(fn, rest));
        assertEquals("the task is damaged: its chunk is not a list", e.getMessage());
        rest[0] = 9;
        e = assertThrows(StreamCorruptedException.class, () -> PoolWork.rebuild(fn, rest));
        assertTrue(e.getMessage().contains("its argument cannot be read"), e.getMessage());
    }
}
