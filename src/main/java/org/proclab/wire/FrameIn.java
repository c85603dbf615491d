package org.proclab.wire;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The receiving half of a control connection: reads the fields {@link FrameOut} wrote. */
public final class FrameIn {
    /** Longest string or payload accepted, so a stranger on the socket cannot make us allocate gigabytes. */
    public static final int MAX_FIELD = 256 << 20;

    private final DataInputStream in;
    private final BufferedInputStream buffered;

    public FrameIn(InputStream raw) {
        this.buffered = new BufferedInputStream(raw, 1 << 16);
        this.in = new DataInputStream(buffered);
    }

    /** The next frame type, or -1 at the end of the stream. */
    public int nextType() throws IOException {
        return buffered.read();
    }

    /** True when no further bytes are buffered or waiting: a good moment to flush replies. */
    public boolean drained() throws IOException {
        return buffered.available() == 0;
    }

    public byte readByte() throws IOException { return in.readByte(); }
    public boolean readBoolean() throws IOException { return in.readBoolean(); }
    public int readInt() throws IOException { return in.readInt(); }
    public long readLong() throws IOException { return in.readLong(); }
    public double readDouble() throws IOException { return in.readDouble(); }

    public String readString() throws IOException {
        byte[] b = readBytes();
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    public byte[] readBytes() throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        if (n > MAX_FIELD) {
            throw new EOFException("field of " + n + " bytes is longer than the protocol allows");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    public long[] readLongs() throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new EOFException("bad array length " + n);
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readLong();
        }
        return v;
    }
}
