package org.proclab.kernel;

import java.util.ArrayDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.proclab.wire.Wire;

/**
 * A child's {@code start()} returns once at most {@link #MAX_BOOTING} of the session's processes are still
 * booting (launched, not yet connected), or after {@link #MAX_WAIT_MILLIS}. A program that started 100 children
 * in a loop had 100 JVMs booting at once, and on two cores the window went 16 to 33 s without a frame; a few at a
 * time, the window gets its share of the cores meanwhile, for about a fifth more time until all of them run
 * (README, "How a child starts quickly"). Every lesson starts fewer at once,
 * so none waits; nor does a start in step mode or slow motion, where the kernel decides when each process acts.
 * The process waiting in its {@code start()} is running, not blocked: it waits for CPU, not for another process.
 * Lock held.
 */
final class BootGate {
    /** Twice what any lesson starts at once (lesson 6: four children, or a pool of four): no lesson waits. */
    static final int MAX_BOOTING = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /** The longest a start waits: a child that never connects (its JVM could not start) holds no one for long. */
    static final long MAX_WAIT_MILLIS = 2_000;

    private final Kernel kernel;
    private final ArrayDeque<Held> held = new ArrayDeque<>();

    private static final class Held {
        final OpRequest start;
        ScheduledFuture<?> timer;

        Held(OpRequest start) {
            this.start = start;
        }
    }

    BootGate(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Answers a child's start now, or once few enough processes boot. */
    void answer(OpRequest start) {
        if (kernel.isSynchronous() || (held.isEmpty() && booting() <= MAX_BOOTING)) {
            kernel.reply(start, Wire.OK, 0, null);
            return;
        }
        Held h = new Held(start);
        held.add(h);
        h.timer = kernel.schedule(() -> {
            synchronized (kernel) {
                release(h);
            }
        }, MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A process connected or ended, or the kernel began to decide every step: answers the starts it can. */
    void changed() {
        if (held.isEmpty() || !(kernel.isSynchronous() || booting() <= MAX_BOOTING)) {
            return;
        }
        while (!held.isEmpty()) { // answering a start boots nothing by itself: the count holds for them all
            release(held.peekFirst());
        }
    }

    private void release(Held h) {
        if (!held.remove(h)) {
            return; // answered already
        }
        if (h.timer != null) {
            h.timer.cancel(false);
        }
        kernel.reply(h.start, Wire.OK, 0, null);
    }

    private int booting() {
        int n = 0;
        for (ProcessRecord p : kernel.records()) {
            if (p.launched && p.state == ProcessState.STARTING) {
                n++;
            }
        }
        return n;
    }
}
