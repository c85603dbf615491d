package org.proclab.kernel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Op;
import org.proclab.wire.ProtocolException;
import org.proclab.wire.Wire;

/**
 * Random and mutated bytes fed to the decoder of what workers send: it either decodes a frame or fails
 * with a protocol error (or the end of the stream), never anything else, never more than the input, and
 * a valid frame always decodes to what was written.
 */
@Tag("unit")
class FramesPropertyTest {

    @Property(tries = 2000)
    void randomBytes_decodeOrFailCleanly(@ForAll byte[] bytes) {
        decodeAll(bytes);
    }

    @Property(tries = 2000)
    void mutatedValidFrames_decodeOrFailCleanly(@ForAll("frames") byte[] valid, @ForAll("mutations") int[] mutation) {
        byte[] bytes = Arrays.copyOf(valid, valid.length);
        int at = Math.floorMod(mutation[0], Math.max(1, bytes.length));
        switch (Math.floorMod(mutation[1], 4)) {
            case 0 -> bytes[at] ^= (byte) (1 + Math.floorMod(mutation[2], 255));
            case 1 -> bytes = Arrays.copyOf(bytes, at); // truncated
            case 2 -> bytes = concat(bytes, new byte[] {(byte) mutation[2]}); // one byte too many
            default -> bytes[Math.min(at, Math.max(0, bytes.length - 1))] = (byte) mutation[2];
        }
        decodeAll(bytes);
    }

    @Property(tries = 500)
    void validOpFrames_roundTrip(@ForAll("ops") Frames.OpFrame op) throws IOException {
        byte[] bytes = encode(op);
        FrameIn in = new FrameIn(new ByteArrayInputStream(bytes));
        Frames.OpFrame back = (Frames.OpFrame) Frames.read(in, in.nextFrame());
        if (back.reqId() != op.reqId() || back.op() != op.op() || back.obj() != op.obj() || back.a() != op.a()
                || !java.util.Objects.equals(back.text(), op.text()) || !Arrays.equals(back.payload(), op.payload())
                || !Arrays.equals(back.longs(), op.longs()) || back.line() != op.line()) {
            throw new AssertionError(op + " came back as " + back);
        }
    }

    /** Decodes every frame in {@code bytes}; only protocol errors and the end of the stream may stop it. */
    private static void decodeAll(byte[] bytes) {
        FrameIn in = new FrameIn(new ByteArrayInputStream(bytes));
        int frames = 0;
        try {
            int type;
            while ((type = in.nextFrame()) >= 0) {
                Frames.read(in, type);
                if (++frames > bytes.length) {
                    throw new AssertionError("more frames than bytes");
                }
            }
        } catch (ProtocolException | EOFException expected) {
            // a clean refusal
        } catch (IOException e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }

    @Provide
    Arbitrary<int[]> mutations() {
        return Arbitraries.integers().array(int[].class).ofSize(3);
    }

    @Provide
    Arbitrary<byte[]> frames() {
        return ops().list().ofMinSize(1).ofMaxSize(4).map(list -> {
            byte[] all = new byte[0];
            for (Frames.OpFrame op : list) {
                all = concat(all, encode(op));
            }
            return all;
        });
    }

    @Provide
    Arbitrary<Frames.OpFrame> ops() {
        Arbitrary<Op> op = Arbitraries.of(Op.values());
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(40).injectNull(0.2);
        Arbitrary<byte[]> payload = Arbitraries.bytes().array(byte[].class).ofMaxSize(64).injectNull(0.3);
        Arbitrary<long[]> longs = Arbitraries.longs().array(long[].class).ofMaxSize(4);
        return Combinators.combine(Arbitraries.integers(), op, Arbitraries.longs(), Arbitraries.longs(), text, payload, longs,
                Arbitraries.integers()).as((reqId, o, obj, a, t, p, l, line) ->
                new Frames.OpFrame(reqId, o, true, obj, a, -1, t, p, l, "F.java", line));
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
