package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.CallSites;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.Reply;

/**
 * A meeting point for a fixed number of processes, like Python's {@code multiprocessing.Barrier(parties,
 * action, timeout)}: each {@link #await()} waits until {@code parties} processes have called it, then all
 * go on. Python's {@code wait()} is {@code await()} here. A wait that times out, or {@link #abort()}, breaks
 * the barrier: the waits in it and after it throw {@link BrokenBarrierError} until {@link #reset()}.
 */
public final class Barrier implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final int parties;
    private final Task action;
    private final double timeout;

    /** A barrier for {@code parties} processes. */
    public Barrier(int parties) {
        this(parties, null, -1);
    }

    /**
     * A barrier whose last arrival runs {@code action} (may be null) before the others go on, and whose waits
     * time out after {@code timeout} seconds unless given their own (below 0: none).
     *
     * @throws IllegalArgumentException if parties is below 1 (Python raises ValueError)
     */
    public Barrier(int parties, Task action, double timeout) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be >= 1");
        }
        this.parties = parties;
        this.action = action;
        this.timeout = timeout;
        this.id = Kernel.create(Op.BARRIER_NEW, parties, null);
    }

    /** Waits for the other parties; returns this process's arrival index, 0 for the first to arrive. */
    public int await() throws BrokenBarrierError {
        return await(timeout);
    }

    /**
     * Like {@link #await()}, waiting at most {@code seconds}; when they run out the barrier breaks. If this
     * process is the last to arrive it runs the barrier's action first; if the action throws, the barrier
     * breaks, the others get {@link BrokenBarrierError} and this process the action's own exception, as in
     * Python (a checked one comes wrapped in a BrokenBarrierError that names it).
     */
    public int await(double seconds) throws BrokenBarrierError {
        Reply r = Kernel.call(Op.BARRIER_WAIT, id, action != null ? 1 : 0, seconds, null, null);
        if ("action".equals(r.text()) && r.status() == Wire.OK) {
            Exception failure = runAction();
            r = Kernel.call(Op.BARRIER_ACTION_DONE, id, 0, failure == null ? 1 : 0, null, null);
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            } else if (failure != null) {
                BrokenBarrierError e = new BrokenBarrierError("the barrier's action threw " + failure);
                e.initCause(failure);
                throw e;
            }
        }
        if (r.status() != Wire.OK) {
            throw new BrokenBarrierError("the barrier is broken");
        }
        return (int) r.value();
    }

    /** Runs the action; what it threw, or null. */
    private Exception runAction() {
        CallSites.off(); // the action's operations are its own: not await()'s line
        try {
            action.run();
            return null;
        } catch (Exception e) {
            return e;
        } finally {
            CallSites.off();
        }
    }

    /** Breaks the barrier: every wait in it, and every later one until {@link #reset()}, throws. */
    public void abort() {
        Kernel.call(Op.BARRIER_ABORT, id);
    }

    /** Makes the barrier new again; waits in progress throw {@link BrokenBarrierError}. */
    public void reset() {
        Kernel.call(Op.BARRIER_RESET, id);
    }

    /** How many processes must call {@link #await()} to pass it. */
    public int parties() {
        return parties;
    }

    /** How many processes wait in it now, Python's {@code n_waiting}. */
    public int nWaiting() {
        return (int) Kernel.call(Op.BARRIER_STATE, id).value();
    }

    /** True while the barrier is broken. */
    public boolean broken() {
        return "broken".equals(Kernel.call(Op.BARRIER_STATE, id).text());
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
