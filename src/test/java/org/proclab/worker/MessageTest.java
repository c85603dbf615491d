package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A value made ready to hand over: the handles inside it travel with it, and a plain value has none. */
@Tag("unit")
class MessageTest {
    /** Stands for a pipe end or a lock inside a message: its serialization notes a handle, as theirs do. */
    static final class HoldsAHandle implements Serializable {
        private final long handle;

        HoldsAHandle(long handle) {
            this.handle = handle;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            HandleCapture.note(handle);
            out.defaultWriteObject();
        }
    }

    @Test
    void of_aPlainValue_hasItsBytesAndTextAndNoHandle() {
        for (Object v : new Object[] {null, 7, -7L, 2.5, Double.NaN, true, "hé", new byte[] {1, 2}}) {
            Message m = Message.of(v);
            assertArrayEquals(Payloads.encode(v), m.bytes(), String.valueOf(v));
            assertEquals(Payloads.display(v), m.display());
            assertEquals(0, m.handles().length);
        }
    }

    @Test
    void of_aValueHoldingHandles_carriesEachOnceInOrder_andAPlainValueAfterItCarriesNone() {
        List<Object> list = new ArrayList<>(List.of(new HoldsAHandle(12), "x", new HoldsAHandle(4), new HoldsAHandle(12)));
        assertArrayEquals(new long[] {12, 4}, Message.of(list).handles());
        assertArrayEquals(new long[] {9}, Message.of(new HoldsAHandle(9)).handles());
        assertEquals(0, Message.of(3).handles().length, "no capture is left behind for the next message");
        HandleCapture.note(5); // outside a capture: nothing notes it
        assertEquals(0, Message.of(List.of(1, 2)).handles().length);
    }
}
