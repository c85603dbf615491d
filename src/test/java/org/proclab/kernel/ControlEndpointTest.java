package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.ChannelStreams;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Wire;

@Tag("unit")
class ControlEndpointTest {

    @Test
    void socketDirectory_onlyTheUserMayEnter() throws Exception {
        try (Session s = Session.open()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(s.directory())));
        }
    }

    @Test
    void wrongToken_refusedClosedAndLogged() throws Exception {
        try (Session s = Session.open()) {
            try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                ch.connect(UnixDomainSocketAddress.of(s.directory().resolve("kernel.sock")));
                FrameOut out = new FrameOut(ChannelStreams.out(ch));
                out.frame(Wire.HELLO, f -> {
                    f.writeString("not-the-token");
                    f.writeLong(12345);
                    f.writeString("main");
                });
                out.flush();
                assertEquals(-1, ch.read(ByteBuffer.allocate(16)), "the kernel hangs up without a reply");
            }
            assertTrue(waitFor(s, EventKind.REFUSED).text().contains("wrong session token"));
        }
    }

    @Test
    void garbage_refusedAndLogged() throws Exception {
        try (Session s = Session.open()) {
            try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                ch.connect(UnixDomainSocketAddress.of(s.directory().resolve("kernel.sock")));
                ch.write(ByteBuffer.wrap("GET / HTTP/1.0\r\n\r\n".getBytes()));
                assertEquals(-1, ch.read(ByteBuffer.allocate(16)));
            }
            assertTrue(waitFor(s, EventKind.REFUSED).text().contains("HELLO"));
        }
    }

    private static Event waitFor(Session s, EventKind kind) {
        return Await.event(s.eventLog(), "a " + kind + " event", e -> e.kind() == kind);
    }
}
