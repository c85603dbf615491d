package org.proclab.kernel;

import java.io.IOException;
import org.proclab.wire.FrameIn;
import org.proclab.wire.Op;
import org.proclab.wire.ProtocolException;
import org.proclab.wire.Wire;

/**
 * Decodes what a worker sends, one frame at a time, checking every field against the protocol: a frame
 * of the wrong length, an unknown type or operation, a field out of range is a {@link ProtocolException}.
 * Pure: no kernel state, so it is tested on random and mutated bytes.
 */
final class Frames {
    private Frames() {}

    /** A decoded frame from a worker. */
    sealed interface Incoming permits OpFrame, OutputFrame, ExitFrame, ShutdownFrame, ProbeAnswerFrame {}

    record OpFrame(int reqId, Op op, boolean mainThread, long obj, long a, double b, String text, byte[] payload,
                   long[] longs, String file, int line) implements Incoming {}

    record OutputFrame(byte stream, byte[] data) implements Incoming {}

    record ExitFrame(int code, long cpuMillis) implements Incoming {}

    record ShutdownFrame() implements Incoming {}

    /** A process's answer to a hang probe: whether its threads are quiet, and the requests it waits on. */
    record ProbeAnswerFrame(long probe, boolean quiet, int[] waitingRequests) implements Incoming {}

    /** Reads the body of a frame of {@code type}, which {@link FrameIn#nextFrame()} has just started. */
    static Incoming read(FrameIn in, int type) throws IOException {
        Incoming f = switch (type) {
            case Wire.OP -> op(in);
            case Wire.OUTPUT -> {
                byte stream = in.readByte();
                if (stream != Wire.STDOUT && stream != Wire.STDERR) {
                    throw new ProtocolException("output on stream " + stream);
                }
                byte[] data = in.readBytes(Wire.MAX_OUTPUT_CHUNK);
                yield new OutputFrame(stream, data == null ? new byte[0] : data);
            }
            case Wire.EXIT -> new ExitFrame(in.readInt(), in.readLong());
            case Wire.SHUTDOWN -> new ShutdownFrame();
            case Wire.PROBE_ANSWER -> probeAnswer(in);
            default -> throw new ProtocolException("unknown frame type " + type);
        };
        in.endFrame();
        return f;
    }

    private static OpFrame op(FrameIn in) throws IOException {
        int reqId = in.readInt();
        int code = in.readByte();
        Op op = Op.of(code);
        if (op == null) {
            throw new ProtocolException("unknown operation " + code);
        }
        boolean mainThread = in.readBoolean();
        long obj = in.readLong();
        long a = in.readLong();
        double b = in.readDouble();
        String text = in.readString(Wire.MAX_MESSAGE);
        byte[] payload = in.readBytes(Wire.MAX_MESSAGE);
        long[] longs = in.readLongs();
        String file = in.readRepeatedString(512); // one String per source file, not per operation
        int line = in.readInt();
        if (Double.isNaN(b)) {
            throw new ProtocolException(op + " with a time-out that is not a number");
        }
        return new OpFrame(reqId, op, mainThread, obj, a, b, text, payload, longs, file, line);
    }

    private static ProbeAnswerFrame probeAnswer(FrameIn in) throws IOException {
        long probe = in.readLong();
        boolean quiet = in.readBoolean();
        int n = in.readInt();
        if (n < 0 || n > in.remaining() / 4) {
            throw new ProtocolException("a probe answer with " + n + " requests");
        }
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = in.readInt();
        }
        return new ProbeAnswerFrame(probe, quiet, ids);
    }
}
