package org.proclab.kernel;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.proclab.wire.ChannelStreams;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Op;
import org.proclab.wire.ProtocolException;
import org.proclab.wire.Wire;

/**
 * The kernel's end of one worker's control connection: a reader thread that hands each frame to the
 * kernel, and an {@link Outbox} with its own writer thread for what the kernel answers. A frame that breaks
 * the protocol ends the worker with a message naming the problem.
 */
final class WorkerConnection {
    private final SocketChannel channel;
    private final FrameIn in;
    private final Outbox outbox;
    private final Kernel kernel;
    private volatile long pid;
    private volatile boolean closed;

    WorkerConnection(SocketChannel channel, Kernel kernel) {
        this.channel = channel;
        this.kernel = kernel;
        this.in = new FrameIn(ChannelStreams.in(channel));
        this.outbox = new Outbox(ChannelStreams.out(channel), "conn", this::close);
    }

    long pid() {
        return pid;
    }

    FrameIn in() {
        return in;
    }

    Outbox outbox() {
        return outbox;
    }

    /** Reads frames after a successful handshake until the worker goes away. */
    void serve(long pid) {
        this.pid = pid;
        try {
            int type;
            while ((type = in.nextFrame()) >= 0) {
                kernel.awaitRoomForEvents();
                switch (type) {
                    case Wire.OP -> {
                        OpRequest r = readOp();
                        in.endFrame();
                        kernel.onOp(r);
                    }
                    case Wire.OUTPUT -> {
                        byte stream = in.readByte();
                        byte[] data = in.readBytes(Wire.MAX_OUTPUT_CHUNK);
                        in.endFrame();
                        if (stream != Wire.STDOUT && stream != Wire.STDERR) {
                            throw new ProtocolException("output on stream " + stream);
                        }
                        kernel.onOutput(this, stream, data == null ? new byte[0] : data);
                    }
                    case Wire.EXIT -> {
                        int code = in.readInt();
                        long cpu = in.readLong();
                        in.endFrame();
                        kernel.onExitFrame(this, code, cpu);
                    }
                    case Wire.SHUTDOWN -> {
                        in.endFrame();
                        kernel.onShutdownFrame(this);
                    }
                    case Wire.PROBE_ANSWER -> {
                        long probe = in.readLong();
                        boolean quiet = in.readBoolean();
                        int waitingCalls = in.readInt();
                        in.endFrame();
                        kernel.onProbeAnswer(this, probe, quiet, waitingCalls);
                    }
                    default -> throw new ProtocolException("unknown frame type " + type);
                }
            }
        } catch (ProtocolException e) {
            kernel.protocolError(this, e.getMessage());
        } catch (EOFException e) {
            if (!closed) {
                kernel.note(pid, "the connection of pid " + pid + " closed in the middle of a frame");
            }
        } catch (IOException e) {
            // the worker went away
        } catch (RuntimeException e) {
            kernel.note(pid, "kernel error while serving " + pid + ": " + e);
        } finally {
            close();
            kernel.onDisconnect(this);
        }
    }

    private OpRequest readOp() throws IOException {
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
        String text = in.readString(Wire.MAX_FRAME);
        byte[] payload = in.readBytes(Wire.MAX_MESSAGE);
        long[] longs = in.readLongs();
        String file = in.readString(512);
        int line = in.readInt();
        if (Double.isNaN(b)) {
            throw new ProtocolException(op + " with a time-out that is not a number");
        }
        OpRequest r = new OpRequest(this, reqId, op, mainThread, obj, a, b, text, payload, longs, file, line, null);
        if (op == Op.CHILD_STARTED) {
            // who the child is, checked now, outside the kernel's lock: the OS must say it is this worker's child
            r = r.withChild(ProcessIdentity.childOf(pid, obj).orElse(null));
        }
        return r;
    }

    void helloAck(String name, String identity, String startMethod, boolean synchronous, byte[] task) {
        send(new Outbox.Frame() {
            @Override
            public long size() {
                return 64 + (task == null ? 0 : task.length);
            }

            @Override
            public void write(FrameOut f) throws IOException {
                f.frame(Wire.HELLO_ACK, o -> {
                    o.writeString(name);
                    o.writeString(identity);
                    o.writeString(startMethod);
                    o.writeBoolean(synchronous);
                    o.writeBytes(task);
                });
            }
        });
    }

    /** Queues an answer: status, value, text, payloads, and credit added for the request's target. */
    void reply(int reqId, byte status, long value, String text, List<byte[]> payloads, long credit) {
        if (reqId == 0) {
            return;
        }
        long bytes = 64;
        if (payloads != null) {
            for (byte[] p : payloads) {
                bytes += 4 + p.length;
            }
        }
        long size = bytes;
        send(new Outbox.Frame() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public void write(FrameOut f) throws IOException {
                f.frame(Wire.REPLY, o -> {
                    o.writeInt(reqId);
                    o.writeByte(status);
                    o.writeLong(value);
                    o.writeLong(credit);
                    o.writeString(text);
                    o.writeInt(payloads == null ? 0 : payloads.size());
                    if (payloads != null) {
                        for (byte[] p : payloads) {
                            o.writeBytes(p);
                        }
                    }
                });
            }
        });
    }

    void mode(boolean synchronous) {
        send(small(Wire.MODE, o -> o.writeBoolean(synchronous)));
    }

    /** Asks the worker whether any of its threads could still act (the hang detector's question). */
    void probe(long id) {
        send(small(Wire.PROBE, o -> o.writeLong(id)));
    }

    private static Outbox.Frame small(byte type, FrameOut.Body body) {
        return new Outbox.Frame() {
            @Override
            public long size() {
                return 16;
            }

            @Override
            public void write(FrameOut f) throws IOException {
                f.frame(type, body);
            }
        };
    }

    private void send(Outbox.Frame f) {
        if (!outbox.add(f)) {
            kernel.unreadPeer(this, "left more than " + (Outbox.LIMIT >> 20) + " MiB of answers unread");
        }
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
        outbox.close();
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
