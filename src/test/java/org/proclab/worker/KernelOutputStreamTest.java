package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Wire;

/** What a worker prints reaches the kernel whole, in frames of at most 64 KiB. */
@Tag("unit")
class KernelOutputStreamTest {
    private final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    private final ControlClient client = new ControlClient(new FrameOut(wire), new FrameIn(new ByteArrayInputStream(new byte[0])),
            new PolledIncoming(new ByteArrayInputStream(new byte[0])), false);

    @Test
    void write_cutsOneLargeWriteIntoFramesOfAtMost64KiB_losingNothing() throws IOException {
        byte[] big = new byte[1_000_003];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        KernelOutputStream out = new KernelOutputStream(client, Wire.STDOUT);
        out.write(big, 0, big.length);
        out.flush();

        List<byte[]> frames = outputFrames();
        assertEquals(16, frames.size(), "1,000,003 bytes in frames of 65,536");
        frames.forEach(f -> assertTrue(f.length <= Wire.MAX_OUTPUT_CHUNK, "a frame of " + f.length));
        assertArrayEquals(big, concat(frames));
    }

    @Test
    void println_ofAHugeLine_arrivesWholeInBoundedFrames() throws IOException {
        PrintStream ps = new PrintStream(new KernelOutputStream(client, Wire.STDERR), true, StandardCharsets.UTF_8);
        String line = "你好".repeat(100_000);
        ps.println(line);

        List<byte[]> frames = outputFrames();
        frames.forEach(f -> assertTrue(f.length <= Wire.MAX_OUTPUT_CHUNK, "a frame of " + f.length));
        assertEquals(line + System.lineSeparator(), new String(concat(frames), StandardCharsets.UTF_8));
    }

    @Test
    void flushAll_sendsWhatIsBuffered_evenWhenSystemOutNoLongerPointsToIt() throws IOException {
        KernelOutputStream out = new KernelOutputStream(client, Wire.STDOUT);
        out.write("unflushed".getBytes(StandardCharsets.US_ASCII));
        KernelOutputStream.flushAll();
        assertEquals("unflushed", new String(concat(outputFrames()), StandardCharsets.US_ASCII));
    }

    private List<byte[]> outputFrames() throws IOException {
        client.flushNow();
        FrameIn in = new FrameIn(new ByteArrayInputStream(wire.toByteArray()));
        List<byte[]> frames = new ArrayList<>();
        int type;
        while ((type = in.nextFrame()) >= 0) {
            assertEquals(Wire.OUTPUT, type);
            in.readByte();
            frames.add(in.readBytes(Wire.MAX_OUTPUT_CHUNK));
            in.endFrame();
        }
        return frames;
    }

    private static byte[] concat(List<byte[]> frames) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        frames.forEach(all::writeBytes);
        return all.toByteArray();
    }
}
