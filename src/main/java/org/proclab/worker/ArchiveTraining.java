package org.proclab.worker;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;


/**
 * Run once, by the kernel, with {@code -XX:ArchiveClassesAtExit}: it touches the classes every worker
 * needs (a Unix-domain socket, the frames, serialized lambdas, the stack walker), so that the JVM stores
 * them in a class-data archive and later workers start faster.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("proclab-training");
        Path sock = dir.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sock));
            try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                client.connect(UnixDomainSocketAddress.of(sock));
                org.proclab.wire.FrameOut out = new org.proclab.wire.FrameOut(org.proclab.wire.ChannelStreams.out(client));
                out.frame(org.proclab.wire.Wire.HELLO, f -> f.writeString("training"));
                out.frame(org.proclab.wire.Wire.OP, f -> {
                    f.writeInt(0);
                    f.writeBytes(new byte[40 << 10]);
                });
                out.flush();
            }
        } finally {
            Files.deleteIfExists(sock);
            Files.deleteIfExists(dir);
        }
        ChildTask task = () -> System.out.print("");
        Object back = Payloads.deserialize(Payloads.serialize(task));
        ((ChildTask) back).run();
        Payloads.decode(Payloads.encode(java.util.List.of(1, 2, 3)));
        Caller.find();
        System.exit(0);
    }
}
