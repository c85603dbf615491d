package org.proclab.worker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.proclab.wire.ChannelStreams;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Wire;

/**
 * Run once, by the kernel, with {@code -XX:ArchiveClassesAtExit}: a dress rehearsal of a child's life, so
 * that the JVM stores what every worker needs in a class-data archive (the classes, and the lambdas it
 * would otherwise generate at each start) and later workers start faster. The child's real code runs
 * ({@link WorkerMain#run}) against a stand-in kernel on a private socket that hands it a task and reads
 * what it says; it ends the JVM as a child does, which writes the archive.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("proclab-training");
        Path sock = dir.resolve("s");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(sock));
        ChildTask task = () -> {
            System.out.println("a child's first line");
            WarmUp.childPath();
        };
        JnaWarmUp.run(); // lesson 6's walker loads JNA: its classes in the archive too
        CallSites.off(); // every marked lesson notes its calls: the notes' class in the archive too
        byte[] taskBytes = Payloads.serialize(task);
        Thread kernel = new Thread(() -> standInKernel(server, dir, sock, taskBytes), "training-kernel");
        kernel.setDaemon(true);
        kernel.start();
        WorkerMain.run(new String[] {"child"}, sock.toString(), "training"); // halts the JVM when the task ends
    }

    /** Welcomes the one child with its task, then reads and drops whatever it sends until it hangs up. */
    private static void standInKernel(ServerSocketChannel server, Path dir, Path sock, byte[] task) {
        try (server; SocketChannel c = server.accept()) {
            Files.deleteIfExists(sock); // the JVM ends by halting: nothing is left behind for later
            Files.deleteIfExists(dir);
            FrameIn in = new FrameIn(ChannelStreams.in(c));
            FrameOut out = new FrameOut(ChannelStreams.out(c));
            in.nextFrame();
            in.skipFrame();
            out.frame(Wire.HELLO_ACK, f -> {
                f.writeString("training");
                f.writeString("1");
                f.writeString("fork");
                f.writeBoolean(false);
                f.writeBytes(task);
            });
            out.flush();
            while (in.nextFrame() >= 0) {
                in.skipFrame();
            }
        } catch (IOException e) {
            // the child ended: so does the rehearsal
        }
    }
}
