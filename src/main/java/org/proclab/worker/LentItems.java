package org.proclab.worker;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proclab.wire.Op;

/**
 * Items a queue lent this process with the answer to one of its gets (the kernel's {@code QueueLoans}): while
 * only this process gets from a queue, its next gets take them here, each telling the kernel it took one
 * (QUEUE_TOOK, which the kernel records as the GET), instead of asking and waiting. They are still the queue's
 * items until taken: the kernel may recall them (another process gets from the queue, or a step mode begins),
 * and the thread reading the kernel's frames gives back all that are left, whatever the program is doing.
 */
public final class LentItems {
    /** Most items one get asks for: its own and those lent with it. */
    static final int FETCH = 256;

    private static final class Loan {
        final ArrayDeque<byte[]> items = new ArrayDeque<>();
        /** A get asking for several items is on its way: what comes with its answer may already be recalled. */
        boolean fetching;
        boolean recalled;
    }

    private final ControlClient client;
    private final Map<Long, Loan> loans = new HashMap<>();

    LentItems(ControlClient client) {
        this.client = client;
    }

    /**
     * The next item lent from this queue, its taking told to the kernel before this returns; null if none is
     * here (or every operation must wait for its turn: then the get asks the kernel).
     */
    public synchronized byte[] take(long queue) {
        Loan loan = loans.get(queue);
        if (loan == null || loan.items.isEmpty() || client.synchronous()) {
            return null;
        }
        byte[] item = loan.items.poll();
        client.notice(Op.QUEUE_TOOK, queue, 0);
        return item;
    }

    /**
     * How many items a get about to ask the kernel asks for: several, unless another thread of this process is
     * already asking for several from this queue (then one: only one answer at a time may bring lent items).
     */
    public synchronized int fetchSize(long queue) {
        Loan loan = loans.computeIfAbsent(queue, k -> new Loan());
        if (loan.fetching) {
            return 1;
        }
        loan.fetching = true;
        loan.recalled = false;
        return FETCH;
    }

    /**
     * The answer to a get that asked for {@code asked} items came ({@code payloads} null if the call failed):
     * the items after the first are lent, kept here; given back at once if the kernel recalled them meanwhile.
     */
    public synchronized void fetched(long queue, int asked, List<byte[]> payloads) {
        Loan loan = loans.get(queue);
        if (loan == null || asked <= 1) {
            return;
        }
        loan.fetching = false;
        if (payloads != null && payloads.size() > 1) {
            loan.items.addAll(payloads.subList(1, payloads.size()));
        }
        if (loan.recalled) {
            loan.recalled = false;
            giveBack(queue, loan);
        }
    }

    /** RECALL from the kernel, on the reading thread: gives back what is left, or will once a fetch has answered. */
    synchronized void recall(long queue) {
        Loan loan = loans.get(queue);
        if (loan == null) {
            return; // closed here: the kernel took them back at the close
        }
        if (!loan.items.isEmpty()) {
            giveBack(queue, loan);
        } else if (loan.fetching) {
            loan.recalled = true;
        }
        // otherwise every lent item was taken: the QUEUE_TOOKs already on their way settle it
    }

    /** How many items of this queue are here, lent and not taken. */
    public synchronized int held(long queue) {
        Loan loan = loans.get(queue);
        return loan == null ? 0 : loan.items.size();
    }

    /** This process closed the queue: the kernel takes back what is lent with the CLOSE. */
    public synchronized void forget(long queue) {
        loans.remove(queue);
    }

    private void giveBack(long queue, Loan loan) {
        int n = loan.items.size();
        if (n > 0) {
            loan.items.clear();
            client.noticeNow(Op.QUEUE_GIVE_BACK, queue, n);
        }
    }
}
