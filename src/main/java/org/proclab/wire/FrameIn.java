package org.proclab.wire;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The receiving half of a control connection. Every frame is {@code type:byte length:int body}; the
 * fields read with this class must use up the body exactly. A frame longer than the limit, one that
 * ends early, or a field that runs past its frame is a {@link ProtocolException}, never a shifted parse.
 *
 * <p>One thread reads a connection, so the buffer is this class's own: a {@link java.io.BufferedInputStream}
 * takes its lock on every byte, which was about half of the kernel's reading time (fields are read a byte
 * at a time when they straddle the buffer's end only).
 */
public final class FrameIn {
    private final InputStream raw;
    private final byte[] buf = new byte[1 << 16];
    private int pos; // next byte to read in buf
    private int lim; // end of the bytes read into buf
    private int maxFrame = Wire.MAX_FRAME;
    private int remaining = -1; // bytes left in the current frame's body; -1 between frames
    private final byte[][] recentBytes = new byte[4][]; // the last strings read by readRepeatedString
    private final String[] recentStrings = new String[4];
    private int recentNext;

    public FrameIn(InputStream raw) {
        this.raw = raw;
    }

    /** The next byte, or -1 at the end of the stream. */
    private int next() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    /** Reads what the stream has (waiting for at least a byte) into the empty buffer; false at its end. */
    private boolean fill() throws IOException {
        int n;
        do {
            n = raw.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /** The longest body accepted from now on (a peer that has not shown its token gets only a few bytes). */
    public void setMaxFrame(int bytes) {
        this.maxFrame = bytes;
    }

    /**
     * Starts the next frame and returns its type, or -1 if the peer closed the connection between frames.
     * The previous frame must have been read to its end.
     */
    public int nextFrame() throws IOException {
        if (remaining > 0) {
            throw new ProtocolException(remaining + " bytes of the previous frame were not read");
        }
        int type = next();
        if (type < 0) {
            remaining = -1;
            return -1;
        }
        remaining = 4;
        int length = readInt();
        if (length < 0 || length > maxFrame) {
            remaining = -1;
            throw new ProtocolException("a frame of " + length + " bytes (type " + type + "); the limit is " + maxFrame);
        }
        remaining = length;
        return type;
    }

    /** Bytes of the current frame not read yet. */
    public int remaining() {
        return Math.max(0, remaining);
    }

    /** Ends the current frame: every byte of its body must have been read. */
    public void endFrame() throws ProtocolException {
        if (remaining != 0) {
            throw new ProtocolException("the frame has " + remaining + " bytes its fields do not account for");
        }
        remaining = -1;
    }

    /** Skips what is left of the current frame (a frame this side ignores). */
    public void skipFrame() throws IOException {
        while (remaining > 0) {
            if (pos == lim && !fill()) {
                throw truncated();
            }
            int n = Math.min(remaining, lim - pos);
            pos += n;
            remaining -= n;
        }
        remaining = -1;
    }

    /** Bytes read from the stream and not taken yet: a reader with some need not wait for the stream. */
    public int buffered() {
        return lim - pos;
    }

    /** True when no further bytes are buffered or waiting: a good moment to act on what was read. */
    public boolean drained() throws IOException {
        return pos == lim && raw.available() == 0;
    }

    public byte readByte() throws IOException {
        take(1);
        int b = next();
        if (b < 0) {
            throw truncated();
        }
        return (byte) b;
    }

    public boolean readBoolean() throws IOException {
        byte b = readByte();
        if (b != 0 && b != 1) {
            throw new ProtocolException("a boolean field holds " + b);
        }
        return b == 1;
    }

    public int readInt() throws IOException {
        take(4);
        if (lim - pos >= 4) {
            int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8 | buf[pos + 3] & 0xff;
            pos += 4;
            return v;
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int b = next();
            if (b < 0) {
                throw truncated();
            }
            v = (v << 8) | b;
        }
        return v;
    }

    public long readLong() throws IOException {
        return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
    }

    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** A UTF-8 string of any length the frame holds (null allowed). */
    public String readString() throws IOException {
        return readString(Integer.MAX_VALUE);
    }

    /** A UTF-8 string of at most {@code maxBytes} bytes (null allowed). */
    public String readString(int maxBytes) throws IOException {
        byte[] b = readBytes(maxBytes);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    public byte[] readBytes() throws IOException {
        return readBytes(Integer.MAX_VALUE);
    }

    /** A byte field ({@code int} length, -1 for null) of at most {@code maxBytes} bytes. */
    public byte[] readBytes(int maxBytes) throws IOException {
        int n = fieldLength(maxBytes);
        return n == -1 ? null : fieldBytes(n);
    }

    /**
     * Like {@link #readString(int)}, for a short string that comes again and again (a source file's name):
     * while its bytes are those of one of the last few read this way, the same String, made once.
     */
    public String readRepeatedString(int maxBytes) throws IOException {
        int n = fieldLength(maxBytes);
        if (n == -1) {
            return null;
        }
        if (lim - pos >= n) {
            for (int i = 0; i < recentBytes.length; i++) {
                byte[] r = recentBytes[i];
                if (r != null && r.length == n && Arrays.equals(buf, pos, pos + n, r, 0, n)) {
                    pos += n;
                    return recentStrings[i];
                }
            }
        }
        byte[] b = fieldBytes(n);
        String str = new String(b, StandardCharsets.UTF_8);
        recentBytes[recentNext] = b;
        recentStrings[recentNext] = str;
        recentNext = (recentNext + 1) % recentBytes.length;
        return str;
    }

    /** A field's length, -1 for null, checked against the frame and {@code maxBytes}; the bytes are then taken. */
    private int fieldLength(int maxBytes) throws IOException {
        int n = readInt();
        if (n == -1) {
            return -1;
        }
        if (n < 0 || n > remaining || n > maxBytes) {
            throw new ProtocolException("a field of " + n + " bytes where " + Math.min(remaining, maxBytes)
                    + " at most can follow");
        }
        take(n);
        return n;
    }

    private byte[] fieldBytes(int n) throws IOException {
        byte[] b = new byte[n];
        int off = Math.min(n, lim - pos);
        System.arraycopy(buf, pos, b, 0, off);
        pos += off;
        while (off < n) { // a large field: the rest straight from the stream, not through the buffer
            int r = raw.read(b, off, n - off);
            if (r < 0) {
                throw truncated();
            }
            off += r;
        }
        return b;
    }

    public long[] readLongs() throws IOException {
        int n = readInt();
        if (n < 0 || (long) n * 8 > remaining) {
            throw new ProtocolException("an array of " + n + " longs where " + remaining / 8 + " at most can follow");
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = readLong();
        }
        return v;
    }

    private void take(int n) throws ProtocolException {
        if (remaining < 0) {
            throw new ProtocolException("a field read outside a frame");
        }
        if (n > remaining) {
            throw new ProtocolException("a field runs " + (n - remaining) + " bytes past the end of its frame");
        }
        remaining -= n;
    }

    private static EOFException truncated() {
        return new EOFException("the connection closed in the middle of a frame");
    }
}
