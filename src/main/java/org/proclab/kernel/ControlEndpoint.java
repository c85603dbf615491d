package org.proclab.kernel;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.proclab.wire.Wire;

/**
 * The kernel's listening socket: a Unix-domain socket in a directory only this user can open. A
 * worker's first frame must be HELLO with the session token; any other peer is refused and logged.
 */
final class ControlEndpoint implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Path socket;
    private final byte[] token;
    private final Kernel kernel;
    private final Thread acceptor;
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
        WorkerConnection conn = new WorkerConnection(ch, kernel);
        long pid;
        String role;
        try {
            if (conn.in().nextType() != Wire.HELLO) {
                refuse(conn, "the peer did not start with HELLO");
                return;
            }
            String presented = conn.in().readString();
            pid = conn.in().readLong();
            role = conn.in().readString();
            if (presented == null || !MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
                refuse(conn, "wrong session token from a peer claiming pid " + pid);
                return;
            }
        } catch (IOException | RuntimeException e) {
            refuse(conn, "malformed handshake: " + e.getMessage());
            return;
        }
        if (!kernel.onHello(conn, pid, role)) {
            conn.close();
            return;
        }
        conn.serve(pid);
    }

    private void refuse(WorkerConnection conn, String why) {
        conn.close();
        kernel.refused(why);
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
