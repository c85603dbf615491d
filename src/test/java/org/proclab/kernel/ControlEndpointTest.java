package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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

    @Test
    void helloAnnouncing256MiB_refusedAtOnce_nothingAllocated() throws Exception {
        try (Session s = Session.open()) {
            for (int i = 0; i < 12; i++) {
                try (SocketChannel ch = connect(s)) {
                    ch.write(ByteBuffer.wrap(new byte[] {Wire.HELLO, 0x10, 0, 0, 0})); // a 256 MiB HELLO
                    assertEquals(-1, ch.read(ByteBuffer.allocate(16)), "closed without reading on");
                }
            }
            assertEquals(12, s.eventLog().snapshot().stream()
                    .filter(e -> e.kind() == EventKind.REFUSED && e.text().contains("did not start with a HELLO")).count());
        }
    }

    @Test
    void silentConnections_atMost32Wait_andEachIsClosedAfterItsHandshakeTime() throws Exception {
        try (Session s = Session.open()) {
            List<SocketChannel> silent = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 40; i++) {
                    silent.add(connect(s));
                }
                // the 8 past the bound are closed at once; the others when their few seconds are up
                for (SocketChannel ch : silent) {
                    assertEquals(-1, ch.read(ByteBuffer.allocate(1)), "every silent connection is closed");
                }
            } finally {
                for (SocketChannel ch : silent) {
                    ch.close();
                }
            }
            // the kernel may log a refusal just after it closed the connection: wait for all forty
            Await.until("40 refusals", () -> s.eventLog().snapshot().stream().filter(e -> e.kind() == EventKind.REFUSED).count() >= 40);
            List<Event> refused = s.eventLog().snapshot().stream().filter(e -> e.kind() == EventKind.REFUSED).toList();
            assertEquals(8, refused.stream().filter(e -> e.text().contains("more than 32 connections")).count());
            assertEquals(32, refused.stream().filter(e -> e.text().contains("no HELLO within")).count(),
                    refused.stream().map(e -> e.text()).distinct().toList().toString());
        }
    }

    private static SocketChannel connect(Session s) throws java.io.IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(s.directory().resolve("kernel.sock")));
        return ch;
    }

    private static Event waitFor(Session s, EventKind kind) {
        return Await.event(s.eventLog(), "a " + kind + " event", e -> e.kind() == kind);
    }
}
