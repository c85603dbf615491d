package org.proclab.kernel;

import java.io.IOException;
import org.proclab.wire.ChannelStreams;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * The kernel's end of one worker's control connection. Its reader thread hands frames to the kernel
 * and, whenever no more input is waiting, flushes the replies they produced: one write per batch.
 */
final class WorkerConnection {
    private final SocketChannel channel;
    private final FrameIn in;
    private final FrameOut out;
    private final Kernel kernel;
    private volatile long pid;
    private volatile boolean dirty;

    WorkerConnection(SocketChannel channel, Kernel kernel) {
        this.channel = channel;
        this.kernel = kernel;
        this.in = new FrameIn(ChannelStreams.in(channel));
        this.out = new FrameOut(ChannelStreams.out(channel));
    }

    long pid() {
        return pid;
    }

    FrameIn in() {
        return in;
    }

    /** Reads frames after a successful handshake until the worker goes away. */
    void serve(long pid) {
        this.pid = pid;
        try {
            int type;
            while ((type = in.nextType()) >= 0) {
                switch (type) {
                    case Wire.OP -> kernel.onOp(readOp());
                    case Wire.OUTPUT -> {
                        byte stream = in.readByte();
                        kernel.onOutput(this, stream, in.readBytes());
                    }
                    case Wire.EXIT -> {
                        int code = in.readInt();
                        kernel.onExitFrame(this, code, in.readLong());
                    }
                    case Wire.SHUTDOWN -> kernel.onShutdownFrame(this);
                    default -> throw new IOException("unexpected frame type " + type);
                }
                if (in.drained()) {
                    kernel.flushDirty();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof IOException)) {
                kernel.note(pid, "kernel error while serving " + pid + ": " + e);
            }
        } finally {
            close();
            kernel.onDisconnect(this);
        }
    }

    private OpRequest readOp() throws IOException {
        int reqId = in.readInt();
        Op op = Op.of(in.readByte());
        boolean mainThread = in.readBoolean();
        long obj = in.readLong();
        long a = in.readLong();
        double b = in.readDouble();
        String text = in.readString();
        byte[] payload = in.readBytes();
        long[] longs = in.readLongs();
        String file = in.readString();
        int line = in.readInt();
        return new OpRequest(this, reqId, op, mainThread, obj, a, b, text, payload, longs, file, line);
    }

    void helloAck(String name, String identity, String startMethod, boolean synchronous, byte[] task) {
        write(Wire.HELLO_ACK, f -> {
            f.writeString(name);
            f.writeString(identity);
            f.writeString(startMethod);
            f.writeBoolean(synchronous);
            f.writeBytes(task);
        });
        flush();
    }

    void reply(int reqId, byte status, long value, String text, List<byte[]> payloads) {
        if (reqId == 0) {
            return;
        }
        write(Wire.REPLY, f -> {
            f.writeInt(reqId);
            f.writeByte(status);
            f.writeLong(value);
            f.writeString(text);
            f.writeInt(payloads == null ? 0 : payloads.size());
            if (payloads != null) {
                for (byte[] p : payloads) {
                    f.writeBytes(p);
                }
            }
        });
        dirty = true;
    }

    void mode(boolean synchronous) {
        write(Wire.MODE, f -> f.writeBoolean(synchronous));
        flush();
    }

    /** Marks that replies wait in the buffer; returns whether it was not marked before. */
    boolean takeDirty() {
        boolean d = dirty;
        dirty = false;
        return d;
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            close();
        }
    }

    private void write(byte type, FrameOut.Body body) {
        try {
            out.frame(type, body);
        } catch (IOException e) {
            close();
        }
    }

    void close() {
        out.close();
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

}
