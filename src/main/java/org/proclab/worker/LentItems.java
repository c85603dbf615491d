package org.proclab.worker;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;

/**
 * What the kernel lent this process ahead of its asking: the items after the one a get asked for, when only
 * this process gets from a queue (the kernel's {@code QueueLoans}), and the tasks after the one a pool worker
 * asked for ({@code PoolLoans}). The next gets, or the worker's next tasks, take them here, each telling the
 * kernel it took one (LENT_TAKEN, which the kernel records as the GET or the task's start), instead of asking
 * and waiting. They stay the queue's or the pool's until taken: the kernel may recall them (another process
 * gets from the queue, another worker is free, a step mode begins), and the thread reading the kernel's frames
 * gives back all that are left, whatever the program is doing.
 */
public final class LentItems {
    /** Most items one get asks for: its own and those lent with it. */
    public static final int FETCH = 256;

    /** One lent thing: a pool task's id (0 for a queue's item) and its bytes. */
    public record Lent(long id, byte[] payload) {}

    private static final class Loan {
        final ArrayDeque<Lent> items = new ArrayDeque<>();
        /** A request that may bring lent things is on its way: what comes with its answer may already be recalled. */
        boolean fetching;
        boolean recalled;
    }

    private final ControlClient client;
    private final Map<Long, Loan> loans = new HashMap<>();

    LentItems(ControlClient client) {
        this.client = client;
    }

    /**
     * The next item lent from this queue (or task from this pool), its taking told to the kernel before this
     * returns; null if none is here (or every operation must wait for its turn: then the caller asks the kernel).
     */
    public synchronized Lent take(long from) {
        Loan loan = loans.get(from);
        if (loan == null || loan.items.isEmpty() || client.synchronous()) {
            return null;
        }
        Lent item = loan.items.poll();
        client.notice(Op.LENT_TAKEN, from, item.id());
        return item;
    }

    /**
     * Asks the kernel for the next items or tasks of {@code from} ({@code ask} gets how many to ask for) and keeps
     * what its answer lent ({@code lentOf} its payloads, read only from an OK answer). Asks for {@code most}
     * unless another thread of this process is already asking for several from the same object: then for one,
     * since only one answer at a time may bring lent things. Returns the kernel's answer.
     */
    public Reply fetch(long from, int most, IntFunction<Reply> ask, Function<List<byte[]>, List<Lent>> lentOf) {
        int asked = fetchSize(from, most);
        Reply r = null;
        try {
            r = ask.apply(asked);
        } finally {
            fetched(from, asked, r == null || r.status() != Wire.OK ? List.of() : lentOf.apply(r.payloads()));
        }
        return r;
    }

    private synchronized int fetchSize(long from, int most) {
        Loan loan = loans.computeIfAbsent(from, k -> new Loan());
        if (loan.fetching || most <= 1) {
            return 1;
        }
        loan.fetching = true;
        loan.recalled = false;
        return most;
    }

    /** What a fetch's answer lent ({@code lent}) is kept; given back at once if the kernel recalled it meanwhile. */
    private synchronized void fetched(long from, int asked, List<Lent> lent) {
        Loan loan = loans.get(from);
        if (loan == null || asked <= 1) {
            return;
        }
        loan.fetching = false;
        loan.items.addAll(lent);
        if (loan.recalled) {
            loan.recalled = false;
            giveBack(from, loan);
        }
    }

    /** The items a queue's answer lent: its payloads after the first. */
    public static List<Lent> itemsOf(List<byte[]> payloads) {
        if (payloads.size() <= 1) {
            return List.of();
        }
        return payloads.subList(1, payloads.size()).stream().map(p -> new Lent(0, p)).toList();
    }

    /** The tasks a pool's answer lent: the payloads after the first, their ids in the last (longs). */
    static List<Lent> tasksOf(List<byte[]> payloads) {
        if (payloads.size() <= 2) {
            return List.of();
        }
        ByteBuffer ids = ByteBuffer.wrap(payloads.get(payloads.size() - 1));
        List<Lent> out = new ArrayList<>();
        for (int i = 1; i < payloads.size() - 1; i++) {
            out.add(new Lent(ids.getLong(), payloads.get(i)));
        }
        return out;
    }

    /** RECALL from the kernel, on the reading thread: gives back what is left, or will once a fetch has answered. */
    synchronized void recall(long from) {
        Loan loan = loans.get(from);
        if (loan == null) {
            return; // closed here: the kernel took them back at the close
        }
        if (!loan.items.isEmpty()) {
            giveBack(from, loan);
        } else if (loan.fetching) {
            loan.recalled = true;
        }
        // otherwise every lent item was taken: the LENT_TAKENs already on their way settle it
    }

    /** How many items of this queue or pool are here, lent and not taken. */
    public synchronized int held(long from) {
        Loan loan = loans.get(from);
        return loan == null ? 0 : loan.items.size();
    }

    /** This process closed the queue: the kernel takes back what is lent with the CLOSE. */
    public synchronized void forget(long from) {
        loans.remove(from);
    }

    private void giveBack(long from, Loan loan) {
        int n = loan.items.size();
        if (n > 0) {
            loan.items.clear();
            client.noticeNow(Op.LENT_GIVE_BACK, from, n);
        }
    }
}
