package org.proclab.wire;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The sending half of a control connection. Callers build a frame inside {@link #frame}; frames are
 * buffered and written in batches, so fire-and-forget operations cost no system call of their own.
 */
public final class FrameOut implements AutoCloseable {
    /** Writes one frame's fields; runs while the connection's lock is held. */
    @FunctionalInterface
    public interface Body {
        void write(FrameOut out) throws IOException;
    }

    private final DataOutputStream out;
    private boolean closed;

    public FrameOut(OutputStream raw) {
        this.out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
    }

    /** Appends one frame to the buffer; it reaches the peer at the next {@link #flush}. */
    public synchronized void frame(byte type, Body body) throws IOException {
        if (closed) {
            throw new IOException("control connection closed");
        }
        out.writeByte(type);
        body.write(this);
    }

    public synchronized void flush() throws IOException {
        if (!closed) {
            out.flush();
        }
    }

    public void writeByte(int v) throws IOException { out.writeByte(v); }
    public void writeBoolean(boolean v) throws IOException { out.writeBoolean(v); }
    public void writeInt(int v) throws IOException { out.writeInt(v); }
    public void writeLong(long v) throws IOException { out.writeLong(v); }
    public void writeDouble(double v) throws IOException { out.writeDouble(v); }

    /** Writes a string of any length (null allowed) as UTF-8 with an int length. */
    public void writeString(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public void writeBytes(byte[] b) throws IOException {
        if (b == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(b.length);
        out.write(b);
    }

    public void writeRaw(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    public void writeLongs(long[] v) throws IOException {
        out.writeInt(v == null ? 0 : v.length);
        if (v != null) {
            for (long x : v) {
                out.writeLong(x);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException ignored) {
            // the peer is gone; nothing left to deliver
        }
        closed = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // closing a dead socket
        }
    }
}
