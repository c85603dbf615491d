package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The 64 MiB limit is kept in the sender, and encoding and decoding cost no more memory than needed. */
@Tag("unit")
class PayloadSizeTest {
    static final int MAX = Payloads.MAX_MESSAGE_BYTES;
    static final int MIB = 1 << 20;

    record Holder(byte[] data) implements Serializable {}

    @Test
    void encode_refusesAByteArrayOneByteTooLarge_namingItsSizeAndTheLimit() {
        MessageTooLargeException e = assertThrows(MessageTooLargeException.class, () -> Payloads.encode(new byte[MAX]));
        assertEquals("cannot send a byte[] of 67,108,864 bytes: a message may be at most 67,108,864 bytes (64 MiB), "
                + "its one-byte tag included", e.getMessage());
        assertEquals(MAX, Payloads.encode(new byte[MAX - 1]).length, "one byte less fits, with its tag");
    }

    @Test
    void encode_refusesAStringByItsUtf8Size_notItsLength() {
        String wide = "é".repeat(MAX / 2); // two bytes each in UTF-8
        MessageTooLargeException e = assertThrows(MessageTooLargeException.class, () -> Payloads.encode(wide));
        assertEquals("cannot send a String of 67,108,864 bytes: a message may be at most 67,108,864 bytes (64 MiB), "
                + "its one-byte tag included", e.getMessage());
    }

    @Test
    void encode_refusesAPlainListPastTheLimit_beforeWritingIt() {
        String mib = "x".repeat(MIB);
        ArrayList<String> strings = new ArrayList<>(java.util.Collections.nCopies(64, mib));
        long allocated = allocatedBy(() -> assertThrows(MessageTooLargeException.class, () -> Payloads.encode(strings)));
        MessageTooLargeException e = assertThrows(MessageTooLargeException.class, () -> Payloads.encode(strings));
        assertEquals("cannot send a java.util.ArrayList of 67,109,188 bytes: a message may be at most 67,108,864 bytes "
                + "(64 MiB), its one-byte tag included", e.getMessage());
        assertTrue(allocated < MIB, "refused before allocating: " + allocated + " bytes allocated");
        strings.remove(0);
        assertEquals(63L * (MIB + 5) + 5, Payloads.encode(strings).length, "63 of them fit: tag, count, and each with its length");
    }

    @Test
    void encode_refusesAnObjectPastTheLimit_whileStillWritingIt() {
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            chunks.add(new byte[MIB]);
        }
        long allocated = allocatedBy(() -> assertThrows(MessageTooLargeException.class, () -> Payloads.encode(chunks)));
        MessageTooLargeException e = assertThrows(MessageTooLargeException.class, () -> Payloads.encode(chunks));
        assertEquals("cannot send a java.util.ArrayList: it takes more than 67,108,864 bytes (64 MiB), "
                + "the most a message may be", e.getMessage());
        assertTrue(allocated < MAX * 1.1, "stops at the limit: " + allocated / MIB + " MiB allocated");
    }

    @Test
    void serialize_namesWhatWasTooLarge() {
        MessageTooLargeException e = assertThrows(MessageTooLargeException.class,
                () -> Payloads.serialize(new Holder(new byte[MAX]), "a pool task (its function and argument)"));
        assertTrue(e.getMessage().startsWith("cannot send a pool task (its function and argument): it takes more than"),
                e.getMessage());
    }

    @Test
    void encode_ofA60MiBByteArray_allocatesOneArrayOfItsSize() {
        byte[] data = new byte[60 * MIB];
        long allocated = allocatedBy(() -> Payloads.encode(data));
        assertTrue(allocated < data.length * 1.05, allocated / (double) data.length + "× the message");
    }

    @Test
    void encode_ofA60MiBObject_allocatesAtMostAboutTwiceIt() {
        Holder holder = new Holder(new byte[60 * MIB]);
        long allocated = allocatedBy(() -> Payloads.encode(holder));
        assertTrue(allocated < 60 * MIB * 2.1, allocated / (60.0 * MIB) + "× the message");
    }

    @Test
    void encode_ofA60MiBString_allocatesOneArrayOfItsUtf8Size() {
        String text = "x".repeat(60 * MIB);
        long allocated = allocatedBy(() -> Payloads.encode(text));
        assertTrue(allocated < 60 * MIB * 1.05, allocated / (60.0 * MIB) + "× the message");
    }

    @Test
    void decode_ofA60MiBObject_makesNoCopyOfTheMessage() throws IOException {
        byte[] message = Payloads.encode(new Holder(new byte[60 * MIB]));
        long allocated = allocatedBy(() -> {
            try {
                return Payloads.decode(message, PayloadsTest.PROGRAM_IS_THE_TESTS);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(allocated < 60 * MIB * 1.1, allocated / (60.0 * MIB) + "× the message");
    }

    @Test
    void utf8_writesTheSameBytesAsTheJdk_forEveryKindOfCharacter() {
        Random random = new Random(9);
        for (int round = 0; round < 2000; round++) {
            char[] cs = new char[random.nextInt(12)];
            for (int i = 0; i < cs.length; i++) {
                int kind = random.nextInt(5);
                cs[i] = (char) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x780)
                        : kind == 2 ? 0x800 + random.nextInt(0xD000) : kind == 3 ? 0xD800 + random.nextInt(0x400)
                        : 0xDC00 + random.nextInt(0x400)); // lone and paired surrogates as they fall
            }
            String s = new String(cs);
            byte[] expected = s.getBytes(StandardCharsets.UTF_8);
            assertEquals(expected.length, Utf8.length(s), s);
            byte[] out = new byte[expected.length + 1];
            Utf8.encode(s, out, 1);
            assertArrayEquals(expected, Arrays.copyOfRange(out, 1, out.length), s);
        }
    }

    @Test
    void cappedStream_keepsEveryByteUpToTheLimit_andThrowsOnTheNext() {
        CappedOutputStream out = new CappedOutputStream(3_000_000, "a test");
        byte[] block = new byte[1000];
        for (int i = 0; i < 3000; i++) {
            Arrays.fill(block, (byte) i);
            out.write(block, 0, block.length);
        }
        assertThrows(MessageTooLargeException.class, () -> out.write(1));
        byte[] all = out.toByteArray();
        assertEquals(3_000_000, all.length);
        for (int i = 0; i < 3000; i++) {
            assertEquals((byte) i, all[i * 1000 + 999]);
        }
    }

    /** Bytes allocated by this thread while {@code work} runs (the JVM counts them exactly). */
    private static long allocatedBy(Supplier<?> work) {
        var mx = ManagementFactory.getThreadMXBean();
        assumeTrue(mx instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported());
        var threads = (com.sun.management.ThreadMXBean) mx;
        long before = threads.getCurrentThreadAllocatedBytes();
        work.get();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
