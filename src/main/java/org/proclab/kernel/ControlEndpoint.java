package org.proclab.kernel;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.proclab.wire.Wire;

/**
 * The kernel's listening socket: a Unix-domain socket in a directory only this user can open. A worker's
 * first frame must be a HELLO of a few bytes with the session token, within {@link #HANDSHAKE_SECONDS};
 * until then a connection costs almost nothing (a thread, a small buffer), and only
 * {@link #MAX_HANDSHAKES} may wait at once. Any other peer is refused and logged.
 */
final class ControlEndpoint implements AutoCloseable {
    static final int HANDSHAKE_SECONDS = 5;
    static final int MAX_HANDSHAKES = 32;

    private final ServerSocketChannel server;
    private final Path socket;
    private final byte[] token;
    private final Kernel kernel;
    private final Thread acceptor;
    private final AtomicInteger handshaking = new AtomicInteger();
    private volatile boolean closed;

    ControlEndpoint(Path dir, String token, Kernel kernel) throws IOException {
        this.socket = dir.resolve("kernel.sock");
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.kernel = kernel;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        this.acceptor = new Thread(this::acceptLoop, "proclab-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    Path socket() {
        return socket;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SocketChannel ch = server.accept();
                if (handshaking.incrementAndGet() > MAX_HANDSHAKES) {
                    handshaking.decrementAndGet();
                    kernel.refused("more than " + MAX_HANDSHAKES + " connections waiting for their handshake at once");
                    ch.close();
                    continue;
                }
                Thread t = new Thread(() -> handshake(ch), "proclab-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    kernel.note(0, "control endpoint stopped accepting: " + e.getMessage());
                }
                return;
            }
        }
    }

    private void handshake(SocketChannel ch) {
        WorkerConnection conn;
        try {
            conn = new WorkerConnection(ch, kernel);
        } catch (IOException e) {
            handshaking.decrementAndGet();
            kernel.refused("could not set up a connection: " + e.getMessage());
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            return;
        }
        ScheduledFuture<?> deadline = kernel.schedule(() -> {
            if (conn.pid() == 0) {
                conn.close(); // silent for too long: its read fails and the refusal is logged below
            }
        }, HANDSHAKE_SECONDS, TimeUnit.SECONDS);
        long pid;
        String role;
        try {
            conn.in().setMaxFrame(Wire.MAX_HELLO);
            int type;
            try {
                type = conn.in().nextFrame();
            } catch (IOException e) {
                type = -2;
            }
            if (type != Wire.HELLO) {
                refuse(conn, conn.closed() ? "no HELLO within " + HANDSHAKE_SECONDS + " s"
                        : "the peer did not start with a HELLO frame");
                return;
            }
            String presented = conn.in().readString(Wire.TOKEN_LENGTH);
            pid = conn.in().readLong();
            role = conn.in().readString(8);
            conn.in().endFrame();
            if (presented == null || !MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
                refuse(conn, "wrong session token from a peer claiming pid " + pid);
                return;
            }
            if (pid <= 0 || !("main".equals(role) || "child".equals(role))) {
                refuse(conn, "a HELLO with pid " + pid + " and role " + role);
                return;
            }
            conn.in().setMaxFrame(Wire.MAX_FRAME);
        } catch (IOException | RuntimeException e) {
            refuse(conn, conn.closed() ? "no HELLO within " + HANDSHAKE_SECONDS + " s" : "malformed handshake: " + e.getMessage());
            return;
        } finally {
            deadline.cancel(false);
            handshaking.decrementAndGet();
        }
        // who started it, as the operating system says: a child whose parent dies before announcing it is let go
        long osParent = ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
        if (!kernel.births.onHello(conn, pid, role, osParent)) {
            conn.close();
            return;
        }
        conn.serve(pid);
    }

    private void refuse(WorkerConnection conn, String why) {
        kernel.refused(why); // logged before the peer sees its connection close
        conn.close();
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
