package org.proclab.worker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.proclab.wire.ChannelStreams;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;

/**
 * A kernel played by a test: a real socket pair, the worker's end in its real non-blocking wrapper with a real
 * {@link ControlClient} and its reader thread; the test reads and writes the kernel's end frame by frame.
 */
final class PlayedKernel implements AutoCloseable {
    final FrameIn in;
    final FrameOut out;
    final ControlClient client;
    private final SocketChannel kernelSide;
    private final WorkerSocket workerSide;

    PlayedKernel(Path dir) throws IOException {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("k.sock"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(address);
            SocketChannel worker = SocketChannel.open(address);
            kernelSide = server.accept();
            workerSide = new WorkerSocket(worker);
        }
        in = new FrameIn(ChannelStreams.in(kernelSide));
        out = new FrameOut(ChannelStreams.out(kernelSide));
        client = new ControlClient(new FrameOut(workerSide.out()), new FrameIn(workerSide.in()), workerSide, false);
        Thread reader = new Thread(() -> client.readLoop(() -> { }), "reader");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void close() throws IOException {
        workerSide.close();
        kernelSide.close();
    }
}
