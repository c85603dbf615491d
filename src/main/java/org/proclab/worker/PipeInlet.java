package org.proclab.worker;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reader's side of a pipe lent to its two holders: where the writer's {@link PipeOutlet} sends a copy of each
 * message. It accepts one connection, the one that starts with the token the kernel gave both sides, and reads
 * frames without ever blocking: {@link #peek} gives the next whole frame once it has come.
 */
final class PipeInlet implements Closeable {
    /** What {@link #peek} gives for a message that was not copied: it must be taken through the kernel. */
    static final byte[] HOLE = new byte[0];

    private final Path path;
    private final long token;
    private final ServerSocketChannel server;
    private SocketChannel channel;
    private boolean introduced;
    private ByteBuffer buffer = ByteBuffer.allocate(16 << 10);
    private byte[] next; // a frame read ahead by peek
    private boolean ended;
    private boolean refused;

    private PipeInlet(Path path, long token, ServerSocketChannel server) {
        this.path = path;
        this.token = token;
        this.server = server;
    }

    /** Listens at {@code path} (in the session's private directory) for the writer's outlet. */
    static PipeInlet listen(Path path, long token) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(path), 1);
            server.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return new PipeInlet(path, token, server);
    }

    /** The channel to watch for the next frame, once the writer has connected; null before. */
    synchronized SocketChannel channel() throws IOException {
        accept();
        return channel;
    }

    /**
     * The next frame if it has come whole: its message, {@link #HOLE}, or null (not yet, or never: see
     * {@link #ended}). It stays the next one until {@link #take}.
     */
    synchronized byte[] peek() throws IOException {
        if (next != null || refused) {
            return next;
        }
        next = parse(); // a whole frame already read comes without a system call
        if (next == null && !ended && accept()) {
            try {
                if (channel.read(buffer) < 0) {
                    ended = true; // whole frames still in the buffer are read first
                }
            } catch (IOException e) {
                ended = true;
            }
            next = parse();
        }
        return next;
    }

    /** The next whole frame in the buffer, or null. */
    private byte[] parse() {
        buffer.flip();
        try {
            if (!introduced) {
                if (buffer.remaining() < 8) {
                    return null;
                }
                if (buffer.getLong() != token) {
                    refused = true; // not the writer the kernel named: nothing it sends is taken
                    ended = true;
                    return null;
                }
                introduced = true;
            }
            if (buffer.remaining() < 4) {
                return null;
            }
            int length = buffer.getInt(buffer.position());
            if (length == PipeOutlet.HOLE) {
                buffer.getInt();
                return HOLE;
            }
            if (length < 0 || length > PipeOutlet.MAX_COPY) {
                refused = true;
                ended = true;
                return null;
            }
            if (buffer.remaining() < 4 + length) {
                if (buffer.capacity() < 4 + length) {
                    ByteBuffer bigger = ByteBuffer.allocate(4 + length + (8 << 10));
                    bigger.put(buffer);
                    buffer = bigger;
                    buffer.flip();
                }
                return null;
            }
            buffer.getInt();
            byte[] frame = new byte[length];
            buffer.get(frame);
            return frame;
        } finally {
            buffer.compact();
        }
    }

    /** Whether bytes of another frame came behind the one {@link #peek} gave (no system call). */
    synchronized boolean hasMore() {
        return buffer.position() > 0;
    }

    /** Consumes the frame {@link #peek} gave. */
    synchronized void take() {
        next = null;
    }

    /** True once the stream ended (the writer stopped or went away) and no whole frame is left to read. */
    synchronized boolean ended() throws IOException {
        return peek() == null && ended; // peek first: it reads what came, the end included
    }

    private boolean accept() throws IOException {
        if (channel == null) {
            channel = server.accept();
            if (channel == null) {
                return false;
            }
            channel.configureBlocking(false);
        }
        return true;
    }

    @Override
    public synchronized void close() {
        ended = true;
        next = null;
        try {
            if (channel != null) {
                channel.close();
            }
            server.close();
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
