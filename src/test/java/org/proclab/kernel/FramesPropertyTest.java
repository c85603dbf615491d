package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Op;
import org.proclab.wire.ProtocolException;
import org.proclab.wire.Wire;

/**
 * Properties of the decoder of what workers send, over thousands of random and mutated inputs: it either
 * decodes a frame or fails with a protocol error (or the end of the stream), never anything else, never
 * reading past its input; and a valid frame always decodes to what was written. Each input comes from a
 * seed that a failure names, so the case can be replayed.
 */
@Tag("unit")
class FramesPropertyTest {
    private static final int TRIES = 3000;

    @Test
    void randomBytes_decodeOrFailCleanly() {
        for (long seed = 0; seed < TRIES; seed++) {
            Random r = new Random(seed);
            byte[] bytes = new byte[r.nextInt(200)];
            r.nextBytes(bytes);
            if (r.nextBoolean() && bytes.length > 5) {
                bytes[0] = Wire.OP; // a plausible start, so the fields get read too
                bytes[1] = bytes[2] = 0;
            }
            decodeAll(bytes, seed);
        }
    }

    @Test
    void mutatedValidFrames_decodeOrFailCleanly() {
        for (long seed = 0; seed < TRIES; seed++) {
            Random r = new Random(seed);
            byte[] bytes = new byte[0];
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                bytes = concat(bytes, encode(randomOp(r)));
            }
            int at = r.nextInt(bytes.length);
            switch (r.nextInt(4)) {
                case 0 -> bytes[at] ^= (byte) (1 + r.nextInt(255)); // a flipped byte
                case 1 -> bytes = Arrays.copyOf(bytes, at); // cut short
                case 2 -> bytes = concat(bytes, new byte[] {(byte) r.nextInt()}); // one byte too many
                default -> bytes[at] = (byte) r.nextInt(); // any value
            }
            decodeAll(bytes, seed);
        }
    }

    @Test
    void validOpFrames_roundTrip() throws IOException {
        for (long seed = 0; seed < TRIES; seed++) {
            Frames.OpFrame op = randomOp(new Random(seed));
            FrameIn in = new FrameIn(new ByteArrayInputStream(encode(op)));
            Frames.OpFrame back = (Frames.OpFrame) Frames.read(in, in.nextFrame());
            String seedSays = "seed " + seed;
            assertEquals(op.reqId(), back.reqId(), seedSays);
            assertEquals(op.op(), back.op(), seedSays);
            assertEquals(op.obj(), back.obj(), seedSays);
            assertEquals(op.a(), back.a(), seedSays);
            assertEquals(op.text(), back.text(), seedSays);
            assertArrayEquals(op.payload(), back.payload(), seedSays);
            assertArrayEquals(op.longs(), back.longs(), seedSays);
            assertEquals(op.line(), back.line(), seedSays);
            assertEquals(-1, in.nextFrame(), seedSays);
        }
    }

    /** Decodes every frame in {@code bytes}; only protocol errors and the end of the stream may stop it. */
    private static void decodeAll(byte[] bytes, long seed) {
        FrameIn in = new FrameIn(new ByteArrayInputStream(bytes));
        int frames = 0;
        try {
            int type;
            while ((type = in.nextFrame()) >= 0) {
                Frames.read(in, type);
                if (++frames > bytes.length) {
                    throw new AssertionError("seed " + seed + ": more frames than bytes");
                }
            }
        } catch (ProtocolException | EOFException expected) {
            // a clean refusal
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("seed " + seed + ": " + e, e);
        }
    }

    private static Frames.OpFrame randomOp(Random r) {
        Op[] ops = Op.values();
        String text = r.nextInt(5) == 0 ? null : randomText(r);
        byte[] payload = r.nextInt(3) == 0 ? null : new byte[r.nextInt(64)];
        if (payload != null) {
            r.nextBytes(payload);
        }
        long[] longs = new long[r.nextInt(4)];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = r.nextLong();
        }
        return new Frames.OpFrame(r.nextInt(), ops[r.nextInt(ops.length)], r.nextBoolean(), r.nextLong(), r.nextLong(),
                r.nextBoolean() ? -1 : r.nextDouble() * 10, text, payload, longs, "F.java", r.nextInt());
    }

    private static String randomText(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = r.nextInt(40); i < n; i++) {
            s.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : 0x4e00 + r.nextInt(200)));
        }
        return s.toString();
    }

    private static byte[] encode(Frames.OpFrame op) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameOut out = new FrameOut(bytes);
        try {
            out.frame(Wire.OP, f -> {
                f.writeInt(op.reqId());
                f.writeByte(op.op().ordinal());
                f.writeBoolean(op.mainThread());
                f.writeLong(op.obj());
                f.writeLong(op.a());
                f.writeDouble(op.b());
                f.writeString(op.text());
                f.writeBytes(op.payload());
                f.writeLongs(op.longs());
                f.writeString(op.file());
                f.writeInt(op.line());
            });
            out.flush();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
