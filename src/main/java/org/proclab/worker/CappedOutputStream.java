package org.proclab.worker;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a message being encoded, and throws as soon as it grows past the limit, so a message too
 * large to send costs the sender no more than the limit in buffers. Bytes go into chunks that are never
 * copied while the message grows (a growing array would need the old and the new copy at once); the one
 * copy is the exact-size array at the end, so encoding needs about twice the message, never more.
 */
final class CappedOutputStream extends OutputStream {
    private static final int FIRST_CHUNK = 256;
    private static final int LARGEST_CHUNK = 1 << 20;

    private final int limit;
    private final String what;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] chunk;
    private int inChunk;
    private long size;

    /** @param what what is being encoded, for the message when it is too large ("a java.util.ArrayList") */
    CappedOutputStream(int limit, String what) {
        this.limit = limit;
        this.what = what;
        this.chunk = new byte[Math.max(1, Math.min(FIRST_CHUNK, limit))];
    }

    @Override
    public void write(int b) {
        ensureRoom(1);
        if (inChunk == chunk.length) {
            nextChunk();
        }
        chunk[inChunk++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensureRoom(len);
        while (len > 0) {
            if (inChunk == chunk.length) {
                nextChunk();
            }
            int n = Math.min(len, chunk.length - inChunk);
            System.arraycopy(b, off, chunk, inChunk, n);
            inChunk += n;
            off += n;
            len -= n;
            size += n;
        }
    }

    long size() {
        return size;
    }

    /** The bytes written, in an array of exactly their length. */
    byte[] toByteArray() {
        byte[] out = new byte[(int) size];
        int at = 0;
        for (byte[] c : full) {
            System.arraycopy(c, 0, out, at, c.length);
            at += c.length;
        }
        System.arraycopy(chunk, 0, out, at, inChunk);
        return out;
    }

    private void ensureRoom(int len) {
        if (size + len > limit) {
            throw MessageTooLargeException.moreThan(what, limit);
        }
    }

    /** Chunks double up to 1 MiB, and never reach past the limit: no allocation for bytes that may not be sent. */
    private void nextChunk() {
        full.add(chunk);
        long room = limit - size;
        chunk = new byte[(int) Math.max(1, Math.min(room, Math.min(LARGEST_CHUNK, 2L * chunk.length)))];
        inChunk = 0;
    }
}
