package org.proclab.worker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * The locks the kernel lent this process, each with its value (the kernel's {@code LockLoans}): while one is
 * here, this process acquires and releases it and reads and writes its value by itself, each told to the kernel
 * (LENT_DONE) before anything it does after, so the kernel records them in order. What this process cannot do by
 * itself (take the lock it already holds, which must wait; anything in step or slow motion) gives the loan back
 * first and asks the kernel. The thread reading the kernel's frames gives a loan back when the kernel recalls it,
 * whatever the program is doing; the lock and the value stay as this process left them.
 */
public final class LentLocks {
    /** What a lock's acquire answers when it comes lent (the kernel's {@code Locks.LENT}). */
    public static final long LENT = 2;

    private static final class Loan {
        boolean held;
        byte[] value;

        Loan(byte[] value) {
            this.held = true;
            this.value = value;
        }
    }

    private final ControlClient client;
    private final Map<Long, Loan> loans = new HashMap<>();
    /** Per lock, acquires on their way to the kernel: their answers may bring a loan already recalled. */
    private final Map<Long, Integer> asking = new HashMap<>();
    /** Locks whose loan, when an answer brings it, goes back at once: recalled, or written around meanwhile. */
    private final Set<Long> giveBackOnArrival = new HashSet<>();

    LentLocks(ControlClient client) {
        this.client = client;
    }

    /** Takes the lent lock if it is here and free, told to the kernel; false if the kernel must be asked. */
    public synchronized boolean acquire(long lock, long thread) {
        Loan loan = usable(lock);
        if (loan == null) {
            return false;
        }
        if (loan.held) {
            giveBack(lock); // this process holds it already: the acquire waits, in the kernel, for a release
            return false;
        }
        loan.held = true;
        client.noticeDone(lock, Op.ACQUIRE, null, null, thread);
        return true;
    }

    /**
     * Asks the kernel for the lock ({@code ask} makes the call) and keeps the loan its answer may bring, unless
     * the kernel recalled it meanwhile: then it goes back at once.
     */
    public Reply acquireFromKernel(long lock, Supplier<Reply> ask) {
        synchronized (this) {
            asking.merge(lock, 1, Integer::sum);
        }
        Reply r = null;
        try {
            r = ask.get();
        } finally {
            answered(lock, r);
        }
        return r;
    }

    private synchronized void answered(long lock, Reply r) {
        int left = asking.merge(lock, -1, Integer::sum);
        boolean recalled = left > 0 ? giveBackOnArrival.contains(lock) : giveBackOnArrival.remove(lock);
        if (left <= 0) {
            asking.remove(lock);
        }
        if (r == null || r.status() != Wire.OK || r.value() != LENT || r.payload() == null) {
            return;
        }
        loans.put(lock, new Loan(r.payload()));
        if (recalled || client.synchronous()) {
            giveBackOnArrival.remove(lock);
            giveBack(lock);
        }
    }

    /** Releases the lent lock if this process holds it, told to the kernel; false if the kernel must do it. */
    public synchronized boolean release(long lock, long thread) {
        Loan loan = usable(lock);
        if (loan == null) {
            return false;
        }
        if (!loan.held) {
            giveBack(lock); // released when free: the kernel says what is wrong
            return false;
        }
        loan.held = false;
        client.noticeDone(lock, Op.RELEASE, null, null, thread);
        return true;
    }

    /** Whether the lent lock is held, or null if it is not here. */
    public synchronized Boolean locked(long lock) {
        Loan loan = usable(lock);
        return loan == null ? null : loan.held;
    }

    /** The lent value's bytes, its reading told to the kernel; null if the kernel must be asked. */
    public synchronized byte[] get(long lock, long value, long thread) {
        Loan loan = usable(lock);
        if (loan == null) {
            return null;
        }
        client.noticeDone(value, Op.VALUE_GET, null, null, thread);
        return loan.value;
    }

    /**
     * Writes the lent value, told to the kernel; false if it is not here: then the caller tells the kernel, after
     * this returns.
     */
    public synchronized boolean set(long lock, long value, String text, byte[] bytes, long thread) {
        Loan loan = usable(lock);
        if (loan == null) {
            if (asking.containsKey(lock)) {
                // an acquire of another thread may bring a loan made before this write reaches the kernel: its
                // value would be stale here, so it goes back on arrival and the kernel applies the write first
                giveBackOnArrival.add(lock);
            }
            return false;
        }
        loan.value = bytes;
        client.noticeDone(value, Op.VALUE_SET, text, bytes, thread);
        return true;
    }

    /** The loan, if here and usable now; in step or slow motion every operation waits its turn: it goes back. */
    private Loan usable(long lock) {
        Loan loan = loans.get(lock);
        if (loan != null && client.synchronous()) {
            giveBack(lock);
            return null;
        }
        return loan;
    }

    /** RECALL from the kernel, on the reading thread: the loan goes back now, or when the answer bringing it comes. */
    synchronized void recall(long lock) {
        if (loans.containsKey(lock)) {
            giveBack(lock);
        } else if (asking.containsKey(lock)) {
            giveBackOnArrival.add(lock);
        }
        // otherwise it went back already
    }

    /** Whether a lock is lent here now, for tests. */
    public synchronized boolean holds(long lock) {
        return loans.containsKey(lock);
    }

    private void giveBack(long lock) {
        loans.remove(lock);
        client.noticeNow(Op.LENT_GIVE_BACK, lock, 0);
    }
}
