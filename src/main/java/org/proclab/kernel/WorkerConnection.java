package org.proclab.kernel;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
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
    private final KernelSocket socket;
    private final FrameIn in;
    private final Outbox outbox;
    private final Kernel kernel;
    private volatile long pid;
    private volatile Long pidKey = 0L; // pid boxed once: the kernel's maps are looked up by it on every operation
    private volatile boolean closed;
    private volatile boolean evicting;

    WorkerConnection(SocketChannel channel, Kernel kernel) throws IOException {
        this.socket = new KernelSocket(channel);
        this.kernel = kernel;
        this.in = new FrameIn(socket.in());
        this.outbox = new Outbox(socket, "conn", this::close);
    }

    long pid() {
        return pid;
    }

    /** {@link #pid()} as the key of the kernel's maps, boxed once per connection rather than once per operation. */
    Long pidKey() {
        return pidKey;
    }

    FrameIn in() {
        return in;
    }

    Outbox outbox() {
        return outbox;
    }

    /**
     * Operations read together at most: what one buffer holds of a fast sender's frames, so its first answer waits
     * for a few dozen operations (tens of microseconds), not for a whole buffer's.
     */
    static final int MAX_BATCH = 32;

    /**
     * Reads frames after a successful handshake until the worker goes away. Operations already in the buffer are
     * run together ({@link Kernel#onOps}); any other frame, and the end of the buffer, runs those read before it.
     */
    void serve(long pid) {
        this.pidKey = pid;
        this.pid = pid;
        List<OpRequest> batch = new ArrayList<>(MAX_BATCH);
        try {
            int type;
            while ((type = in.nextFrame()) >= 0) {
                kernel.awaitRoomForEvents();
                Frames.Incoming f = Frames.read(in, type);
                if (f instanceof Frames.OpFrame op) {
                    batch.add(request(op));
                    if (batch.size() < MAX_BATCH && in.buffered() > 0) {
                        continue; // more of what the worker sent is here already
                    }
                }
                runBatch(batch);
                if (f instanceof Frames.OutputFrame o) {
                    kernel.onOutput(this, o.stream(), o.data());
                } else if (f instanceof Frames.ExitFrame x) {
                    kernel.exits.onExitFrame(this, x.code(), x.cpuMillis());
                } else if (f instanceof Frames.ShutdownFrame) {
                    kernel.exits.onShutdownFrame(this);
                } else if (f instanceof Frames.ProbeAnswerFrame p) {
                    kernel.onProbeAnswer(this, p.probe(), p.quiet(), p.waitingRequests());
                }
            }
            runBatch(batch);
        } catch (ProtocolException e) {
            runBatch(batch); // what came before the bad frame is done, as it was sent
            kernel.evictions.endWorker(this, "protocol error: " + e.getMessage());
        } catch (EOFException e) {
            runBatch(batch);
            if (!closed) {
                kernel.note(pid, "the connection of pid " + pid + " closed in the middle of a frame");
            }
        } catch (IOException e) {
            runBatch(batch); // the worker went away
        } catch (RuntimeException e) {
            kernel.note(pid, "kernel error while serving " + pid + ": " + e);
            runBatchAfterError(batch);
        } finally {
            if (!evicting) {
                close(); // an evicted worker's connection closes once it has been killed
            }
            kernel.onDisconnect(this);
        }
    }

    /** What was read before a kernel error is still done, unless it was the batch that failed (then it is empty). */
    private void runBatchAfterError(List<OpRequest> batch) {
        try {
            runBatch(batch);
        } catch (RuntimeException again) {
            kernel.note(pid, "kernel error while serving " + pid + ": " + again);
        }
    }

    private void runBatch(List<OpRequest> batch) {
        if (!batch.isEmpty()) {
            try {
                kernel.onOps(batch);
            } finally {
                batch.clear();
            }
        }
    }

    private OpRequest request(Frames.OpFrame f) {
        ProcessIdentity child = null;
        boolean foreign = false;
        if (f.op() == Op.CHILD_STARTED) {
            // who the child is, checked now, outside the kernel's lock: the OS must say it is this worker's child
            child = ProcessIdentity.childOf(pid, f.obj()).orElse(null);
            foreign = child == null && ProcessHandle.of(f.obj()).isPresent();
        }
        return new OpRequest(this, f.reqId(), f.op(), f.mainThread(), f.obj(), f.a(), f.b(), f.text(), f.payload(),
                f.longs(), f.file(), f.line(), child, foreign);
    }

    void helloAck(String name, String identity, String startMethod, boolean synchronous, byte[] task) {
        send(sized(Wire.HELLO_ACK, 64 + (task == null ? 0 : task.length), o -> {
            o.writeString(name);
            o.writeString(identity);
            o.writeString(startMethod);
            o.writeBoolean(synchronous);
            o.writeBytes(task);
        }));
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

    /** Asks the worker for what a queue or pool lent it and it has not taken ({@link QueueLoans}, {@link PoolLoans}). */
    void recall(long object) {
        send(small(Wire.RECALL, o -> o.writeLong(object)));
    }

    /** Lends a pipe end to this worker and the holder of the other ({@link PipeLoans}): listen or connect at {@code path}. */
    void pipeLend(long handle, String path, long token, boolean reader) {
        send(sized(Wire.PIPE_LEND, 32 + 3L * path.length(), o -> {
            o.writeLong(handle);
            o.writeString(path);
            o.writeLong(token);
            o.writeBoolean(reader);
        }));
    }

    /** Tells the reader of a lent end that copies come now, after {@code ahead} messages only the kernel has. */
    void pipeLent(long handle, int ahead) {
        send(small(Wire.PIPE_LENT, o -> {
            o.writeLong(handle);
            o.writeInt(ahead);
        }));
    }

    /** The lent end is the kernel's alone again: for this worker as its reader, or as the writer of its peer. */
    void pipeUnlend(long handle, boolean reader) {
        send(small(Wire.PIPE_UNLEND, o -> {
            o.writeLong(handle);
            o.writeBoolean(reader);
        }));
    }

    /** Asks the worker whether any of its threads could still act (the hang detector's question). */
    void probe(long id) {
        send(small(Wire.PROBE, o -> o.writeLong(id)));
    }

    private static Outbox.Frame small(byte type, FrameOut.Body body) {
        return sized(type, 16, body);
    }

    /** A frame whose size, for the outbox's limit, is about {@code size} bytes. */
    private static Outbox.Frame sized(byte type, long size, FrameOut.Body body) {
        return new Outbox.Frame() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public void write(FrameOut f) throws IOException {
                f.frame(type, body);
            }
        };
    }

    private void send(Outbox.Frame f) {
        if (!outbox.add(f, !kernel.flushesLater(outbox))) {
            kernel.evictions.endWorker(this, "it left more than " + (Outbox.LIMIT >> 20) + " MiB of answers unread");
        }
    }

    /** The kernel is ending this worker: it closes the connection itself, after the kill. */
    void evicting() {
        evicting = true;
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
        outbox.close();
        socket.close();
    }
}
