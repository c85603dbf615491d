package org.proclab.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sending half of a control connection. Callers build a frame inside {@link #frame}; its length is
 * written before its body ({@code type:byte length:int body}). Frames are buffered and written in
 * batches by {@link #flush}; large byte fields are written from the caller's array, not copied.
 */
public final class FrameOut implements AutoCloseable {
    /** Writes one frame's fields; runs while this object's lock is held. */
    @FunctionalInterface
    public interface Body {
        void write(FrameOut out) throws IOException;
    }

    private static final int BIG = 32 << 10;
    private static final int INITIAL = 1 << 16;

    /** A large byte field kept by reference: it goes out after {@code at} bytes of the buffer. */
    private record Big(int at, byte[] bytes, int off, int len) {}

    private final OutputStream out;
    private final int maxFrame;
    private byte[] buf = new byte[INITIAL];
    private int count;
    private final List<Big> bigs = new ArrayList<>();
    private long frameBigBytes; // big fields of the frame being built
    private boolean closed;

    public FrameOut(OutputStream raw) {
        this(raw, Wire.MAX_FRAME);
    }

    public FrameOut(OutputStream raw, int maxFrame) {
        this.out = raw;
        this.maxFrame = maxFrame;
    }

    /**
     * Appends one frame to the buffer; it reaches the peer at the next {@link #flush}. A frame longer than
     * the protocol allows is not sent: {@link IllegalArgumentException}, and the buffer is as before.
     */
    public synchronized void frame(byte type, Body body) throws IOException {
        if (closed) {
            throw new IOException("control connection closed");
        }
        int start = count;
        int bigsBefore = bigs.size();
        frameBigBytes = 0;
        try {
            writeByte(type);
            writeInt(0); // the length, filled in below
            body.write(this);
        } catch (IOException | RuntimeException e) {
            rollBack(start, bigsBefore);
            throw e;
        }
        long length = (count - start - 5) + frameBigBytes;
        if (length > maxFrame) {
            rollBack(start, bigsBefore);
            throw new IllegalArgumentException("a frame of " + length + " bytes is longer than the protocol allows ("
                    + maxFrame + ")");
        }
        putInt(start + 1, (int) length);
    }

    private void rollBack(int start, int bigsBefore) {
        count = start;
        while (bigs.size() > bigsBefore) {
            bigs.remove(bigs.size() - 1);
        }
    }

    /** Bytes buffered and not yet flushed. */
    public synchronized long pending() {
        long n = count;
        for (Big b : bigs) {
            n += b.len;
        }
        return n;
    }

    public synchronized void flush() throws IOException {
        if (closed || (count == 0 && bigs.isEmpty())) {
            return;
        }
        try {
            int from = 0;
            for (Big b : bigs) {
                out.write(buf, from, b.at - from);
                out.write(b.bytes, b.off, b.len);
                from = b.at;
            }
            out.write(buf, from, count - from);
            out.flush();
        } finally {
            count = 0;
            bigs.clear();
            if (buf.length > (4 << 20)) {
                buf = new byte[INITIAL]; // one huge frame should not keep its buffer for ever
            }
        }
    }

    public void writeByte(int v) {
        ensure(1);
        buf[count++] = (byte) v;
    }

    public void writeBoolean(boolean v) {
        writeByte(v ? 1 : 0);
    }

    public void writeInt(int v) {
        ensure(4);
        putInt(count, v);
        count += 4;
    }

    public void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    public void writeDouble(double v) {
        writeLong(Double.doubleToRawLongBits(v));
    }

    /** Writes a string of any length (null allowed) as UTF-8 with an int length. */
    public void writeString(String s) {
        writeBytes(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A byte field. A large array is sent from where it is, not copied: it must not change until flushed
     * (payloads never do: they are made for the message).
     */
    public void writeBytes(byte[] b) {
        if (b == null) {
            writeInt(-1);
            return;
        }
        writeInt(b.length);
        if (b.length >= BIG) {
            bigs.add(new Big(count, b, 0, b.length));
            frameBigBytes += b.length;
            return;
        }
        writeRaw(b, 0, b.length);
    }

    /** Raw bytes inside a field whose length was already written; copied, so the caller may reuse them. */
    public void writeRaw(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    public void writeLongs(long[] v) {
        writeInt(v == null ? 0 : v.length);
        if (v != null) {
            for (long x : v) {
                writeLong(x);
            }
        }
    }

    private void putInt(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    private void ensure(int n) {
        if (count + n > buf.length) {
            byte[] bigger = new byte[Math.max(buf.length * 2, count + n)];
            System.arraycopy(buf, 0, bigger, 0, count);
            buf = bigger;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            flush();
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
