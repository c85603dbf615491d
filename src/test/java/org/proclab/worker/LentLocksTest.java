package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.testing.Await;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * A lock lent with its value is used by the process itself, each use told to the kernel; a loan that arrives
 * after a write of the value went to the kernel the plain way would hold a stale value, so it goes back at once.
 * Over a real socket, against a kernel played by the test.
 */
@Tag("unit")
class LentLocksTest {
    private static final long LOCK = 7;
    private static final long VALUE = 8;

    private final PlayedKernel kernel;

    LentLocksTest(@TempDir Path dir) throws IOException {
        kernel = new PlayedKernel(dir);
    }

    @AfterEach
    void close() throws IOException {
        kernel.close();
    }

    @Test
    void aLoan_isUsedHere_eachUseToldToTheKernel() throws Exception {
        CompletableFuture<Reply> acquired = acquire();
        lend((int) readOp()[0]);
        assertEquals(Wire.OK, acquired.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS).status());
        assertTrue(kernel.client.lentLocks().holds(LOCK));
        assertEquals(Byte.valueOf((byte) 3), Byte.valueOf(kernel.client.lentLocks().get(LOCK, VALUE, 1)[0]), "the lent value");
        assertTrue(kernel.client.lentLocks().set(LOCK, VALUE, "4", new byte[] {4}, 1));
        assertTrue(kernel.client.lentLocks().release(LOCK, 1));
        kernel.client.flushNow();
        for (Op done : new Op[] {Op.VALUE_GET, Op.VALUE_SET, Op.RELEASE}) {
            long[] op = readOp();
            assertEquals(Op.LENT_DONE.ordinal(), op[1]);
            assertEquals(done.ordinal(), op[2], "told in the order done");
        }
    }

    @Test
    void aLoanArrivingAfterAPlainWrite_goesBackAtOnce() throws Exception {
        CompletableFuture<Reply> acquired = acquire();
        int id = (int) readOp()[0];
        // another thread writes the value while the acquire is on its way: no loan here yet, so the plain way
        assertFalse(kernel.client.lentLocks().set(LOCK, VALUE, "9", new byte[] {9}, 2));
        lend(id); // lent with the value as it was before that write reaches the kernel
        assertEquals(Wire.OK, acquired.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS).status());
        long[] op = readOp();
        assertEquals(Op.LENT_GIVE_BACK.ordinal(), op[1], "the stale loan goes back");
        assertEquals(LOCK, op[3]);
        assertFalse(kernel.client.lentLocks().holds(LOCK));
    }

    private CompletableFuture<Reply> acquire() {
        CompletableFuture<Reply> done = new CompletableFuture<>();
        Thread t = new Thread(() -> done.complete(kernel.client.lentLocks().acquireFromKernel(LOCK,
                () -> kernel.client.call(Op.ACQUIRE, LOCK, 1, -1, null, null, null))), "acquirer");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Answers the acquire: taken, lent, with the value's bytes. */
    private void lend(int id) throws IOException {
        kernel.out.frame(Wire.REPLY, f -> {
            f.writeInt(id);
            f.writeByte(Wire.OK);
            f.writeLong(LentLocks.LENT);
            f.writeLong(0);
            f.writeString(null);
            f.writeInt(1);
            f.writeBytes(new byte[] {3});
        });
        kernel.out.flush();
    }

    /** Reads one OP frame as the kernel does: request id, op code, {@code a}, object. */
    private long[] readOp() throws Exception {
        CompletableFuture<long[]> op = CompletableFuture.supplyAsync(() -> {
            try {
                assertEquals(Wire.OP, kernel.in.nextFrame());
                int id = kernel.in.readInt();
                int code = kernel.in.readByte();
                kernel.in.readBoolean();
                long obj = kernel.in.readLong();
                long a = kernel.in.readLong();
                kernel.in.skipFrame();
                return new long[] {id, code, a, obj};
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return op.get(Await.PATIENCE_SECONDS, TimeUnit.SECONDS);
    }
}
