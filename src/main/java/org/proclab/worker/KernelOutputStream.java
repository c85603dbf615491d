package org.proclab.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Replaces {@code System.out} and {@code System.err} in a worker: bytes go to the kernel in the same
 * stream as the process's operations, so output and events interleave in their true order. A large
 * write goes straight through; {@link ControlClient#output} cuts it into frames.
 */
final class KernelOutputStream extends OutputStream {
    /** Every instance, so the exit can flush them even if the program replaced or nulled System.out. */
    private static final List<KernelOutputStream> ALL = new CopyOnWriteArrayList<>();

    private final ControlClient client;
    private final byte stream;
    private final byte[] buf = new byte[8192];
    private int count;

    KernelOutputStream(ControlClient client, byte stream) {
        this.client = client;
        this.stream = stream;
        ALL.add(this);
    }

    /** Flushes every worker output stream; what the kernel cannot take any more is dropped. */
    static void flushAll() {
        for (KernelOutputStream s : ALL) {
            try {
                s.flush();
            } catch (IOException | UncheckedIOException e) {
                // the kernel is gone: nobody is left to show the output
            }
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (count == buf.length) {
            flush();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (len >= buf.length) {
            flush();
            client.output(stream, b, off, len);
            return;
        }
        if (count + len > buf.length) {
            flush();
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public synchronized void flush() throws IOException {
        if (count > 0) {
            client.output(stream, buf, 0, count);
            count = 0;
        }
    }
}
