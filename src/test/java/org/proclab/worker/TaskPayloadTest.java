package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TaskPayloadTest {

    /** A serializable function, as the pool's own {@code Fn} is. */
    interface F extends Function<Integer, Object>, Serializable {}

    /** A pool job shaped as the pool's own: a function and its argument. */
    record Job(F fn, Integer arg) implements PoolJob {
        @Override
        public Object run() {
            return fn.apply(arg);
        }

        @Override
        public Object statelessFunction() {
            return TaskPayload.isStateless(fn) ? fn : null;
        }

        @Override
        public byte[] restBytes() {
            return Payloads.encode(arg);
        }

        static PoolJob rebuild(Object function, byte[] rest) throws IOException, ClassNotFoundException {
            return new Job((F) function, (Integer) Payloads.decode(rest));
        }
    }

    static Object twice(Integer x) {
        return x * 2;
    }

    @Test
    void statelessFunction_travelsApart_andEachWorkerRebuildsItOnce() throws Exception {
        F square = x -> x * x;
        byte[] first = TaskPayload.encode(new Job(square, 3));
        byte[] second = TaskPayload.encode(new Job(square, 4));
        assertEquals(TaskPayload.SPLIT, first[0]);

        TaskPayload worker = new TaskPayload(Job::rebuild);
        assertEquals(9, worker.decode(first).run());
        assertEquals(16, worker.decode(second).run());
        assertEquals(1, worker.rebuilt(), "the second task reuses the function the first rebuilt");
        TaskPayload other = new TaskPayload(Job::rebuild);
        assertEquals(16, other.decode(second).run());
        assertEquals(1, other.rebuilt(), "another worker rebuilds its own");
        F cube = x -> x * x * x;
        assertEquals(27, worker.decode(TaskPayload.encode(new Job(cube, 3))).run());
        assertEquals(2, worker.rebuilt(), "another function is rebuilt");
    }

    @Test
    void functionThatCapturesState_travelsWholeWithEveryTask_soNoTaskSeesAnothersChanges() throws Exception {
        List<Integer> seen = new ArrayList<>();
        F remember = x -> {
            seen.add(x);
            return seen.size();
        };
        TaskPayload worker = new TaskPayload(Job::rebuild);
        byte[] task = TaskPayload.encode(new Job(remember, 1));
        assertEquals((byte) 0xAC, task[0], "Java serialization, function and argument together");
        assertEquals(1, worker.decode(task).run());
        assertEquals(1, worker.decode(TaskPayload.encode(new Job(remember, 2))).run(),
                "a fresh copy of the captured list, as Python unpickles one per task");
        assertTrue(seen.isEmpty(), "the sender's list is not touched");
    }

    @Test
    void isStateless_onlyForLambdasAndMethodReferencesThatCaptureNothing() {
        int base = 7;
        List<Integer> list = List.of(1, 2);
        assertTrue(TaskPayload.isStateless((F) x -> x + 1));
        assertTrue(TaskPayload.isStateless((F) TaskPayloadTest::twice));
        assertFalse(TaskPayload.isStateless((F) x -> x + base), "captures a value");
        assertFalse(TaskPayload.isStateless((F) list::get), "a bound method reference captures its object");
        assertFalse(TaskPayload.isStateless((Function<Integer, Object>) x -> x), "not serializable");
        assertFalse(TaskPayload.isStateless(new Named()), "a class of the program's may hold state");
    }

    static final class Named implements F {
        @Override
        public Object apply(Integer x) {
            return x;
        }
    }

    @Test
    void damagedSplitTask_isRefusedWithASentence() {
        byte[] cut = ByteBuffer.allocate(9).put(TaskPayload.SPLIT).putInt(1_000).putInt(0).array();
        StreamCorruptedException e = assertThrows(StreamCorruptedException.class, () -> new TaskPayload(Job::rebuild).decode(cut));
        assertEquals("the task is damaged: its function's length is 1000 of the 4 bytes left", e.getMessage());
    }

    @Test
    void craftedSplitTask_whoseFunctionHoldsState_isRefused() throws IOException {
        int base = 7;
        F capturing = x -> x + base;
        byte[] fn = Payloads.serialize(capturing);
        byte[] rest = Payloads.encode(1);
        byte[] crafted = ByteBuffer.allocate(5 + fn.length + rest.length).put(TaskPayload.SPLIT).putInt(fn.length)
                .put(fn).put(rest).array();
        StreamCorruptedException e = assertThrows(StreamCorruptedException.class, () -> new TaskPayload(Job::rebuild).decode(crafted));
        assertEquals("the task is damaged: its function, sent apart, holds state", e.getMessage());
    }
}
