package org.proclab.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The frame format: a length before every body, fields that must use it up exactly, limits before allocation. */
@Tag("unit")
class FramesRoundTripTest {

    @Test
    void fieldsWrittenAreReadBack_andTheFrameEndsExactly() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameOut out = new FrameOut(bytes);
        byte[] big = new byte[100_000];
        big[99_999] = 7;
        out.frame(Wire.OP, f -> {
            f.writeInt(42);
            f.writeString("héllo");
            f.writeBytes(big);
            f.writeLongs(new long[] {1, 2});
        });
        out.flush();
        FrameIn in = new FrameIn(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(Wire.OP, in.nextFrame());
        assertEquals(42, in.readInt());
        assertEquals("héllo", in.readString());
        assertArrayEquals(big, in.readBytes());
        assertArrayEquals(new long[] {1, 2}, in.readLongs());
        in.endFrame();
        assertEquals(-1, in.nextFrame());
    }

    @Test
    void aRepeatedString_isTheSameStringWhileItsBytesAre_andStillChecked() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameOut out = new FrameOut(bytes);
        String[] files = {"Main.java", "Main.java", "Wörker.java", null, "Main.java", "Main.javb", "a", "b", "c", "d",
            "Main.java"};
        for (String name : files) {
            out.frame(Wire.OP, f -> f.writeString(name));
        }
        out.frame(Wire.OP, f -> f.writeString("x".repeat(600)));
        out.flush();
        FrameIn in = new FrameIn(new ByteArrayInputStream(bytes.toByteArray()));
        String[] read = new String[files.length];
        for (int i = 0; i < files.length; i++) {
            assertEquals(Wire.OP, in.nextFrame());
            read[i] = in.readRepeatedString(512);
            in.endFrame();
            assertEquals(files[i], read[i]);
        }
        assertSame(read[0], read[1]);
        assertSame(read[0], read[4]); // still among the last four after another file and a null
        assertNotSame(read[0], read[10]); // four other names came between
        assertEquals(Wire.OP, in.nextFrame());
        assertThrows(ProtocolException.class, () -> in.readRepeatedString(512)); // the limit holds as for readString
    }

    @Test
    void aSocketThatHandsOverAFewBytesAtATime_givesTheSameFields_andACutFrameIsAnEndOfFileError() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameOut out = new FrameOut(bytes);
        byte[] big = new byte[70_000]; // more than FrameIn's buffer
        big[0] = 3;
        big[69_999] = 7;
        for (int i = 0; i < 3; i++) {
            int n = i;
            out.frame(Wire.OP, f -> {
                f.writeBoolean(true);
                f.writeInt(-n);
                f.writeLong(Long.MIN_VALUE + n);
                f.writeDouble(0.5 + n);
                f.writeString("héllo " + n);
                f.writeBytes(n == 1 ? big : new byte[] {9});
                f.writeLongs(new long[] {n, -1});
            });
        }
        out.frame(Wire.EXIT, f -> f.writeInt(12)); // skipped whole
        out.flush();
        byte[] all = bytes.toByteArray();
        FrameIn in = new FrameIn(new Trickle(all, 3));
        for (int i = 0; i < 3; i++) {
            assertEquals(Wire.OP, in.nextFrame());
            assertEquals(true, in.readBoolean());
            assertEquals(-i, in.readInt());
            assertEquals(Long.MIN_VALUE + i, in.readLong());
            assertEquals(0.5 + i, in.readDouble());
            assertEquals("héllo " + i, in.readString());
            assertArrayEquals(i == 1 ? big : new byte[] {9}, in.readBytes());
            assertArrayEquals(new long[] {i, -1}, in.readLongs());
            in.endFrame();
        }
        assertEquals(Wire.EXIT, in.nextFrame());
        in.skipFrame();
        assertEquals(-1, in.nextFrame());

        FrameIn cut = new FrameIn(new Trickle(java.util.Arrays.copyOf(all, all.length - 40_000), 5));
        cut.nextFrame();
        cut.skipFrame();
        assertEquals(Wire.OP, cut.nextFrame());
        assertThrows(java.io.EOFException.class, () -> {
            cut.readBoolean();
            cut.readInt();
            cut.readLong();
            cut.readDouble();
            cut.readString();
            cut.readBytes();
        });
    }

    /** A stream that gives at most {@code step} bytes a read, as a socket may. */
    private static final class Trickle extends java.io.InputStream {
        private final byte[] data;
        private final int step;
        private int pos;

        Trickle(byte[] data, int step) {
            this.data = data;
            this.step = step;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, step), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    @Test
    void announcedLengthPastTheLimit_refusedBeforeAnyAllocation() {
        byte[] header = {Wire.HELLO, 0x10, 0, 0, 0}; // 256 MiB
        FrameIn in = new FrameIn(new ByteArrayInputStream(header));
        in.setMaxFrame(Wire.MAX_HELLO);
        ProtocolException e = assertThrows(ProtocolException.class, in::nextFrame);
        assertEquals("a frame of 268435456 bytes (type 1); the limit is 256", e.getMessage());
    }

    @Test
    void fieldRunningPastItsFrame_isAProtocolError_notAShiftedParse() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {Wire.OP, 0, 0, 0, 6, 0, 0, 0, 100, 1, 2}); // a 100-byte string in a 6-byte body
        FrameIn in = new FrameIn(new ByteArrayInputStream(bytes.toByteArray()));
        in.nextFrame();
        assertThrows(ProtocolException.class, in::readString);
    }

    @Test
    void leftoverBytes_areAProtocolError() throws Exception {
        FrameIn in = new FrameIn(new ByteArrayInputStream(new byte[] {Wire.EXIT, 0, 0, 0, 5, 0, 0, 0, 1, 9}));
        in.nextFrame();
        in.readInt();
        assertThrows(ProtocolException.class, in::endFrame);
    }

    @Test
    void frameLongerThanAllowed_isNotSent_andTheBufferStaysUsable() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameOut out = new FrameOut(bytes, 1000);
        assertThrows(IllegalArgumentException.class, () -> out.frame(Wire.OP, f -> f.writeBytes(new byte[2000])));
        out.frame(Wire.SHUTDOWN, f -> { });
        out.flush();
        assertArrayEquals(new byte[] {Wire.SHUTDOWN, 0, 0, 0, 0}, bytes.toByteArray());
    }
}
