package org.proclab.kernel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.proclab.wire.Op;

/**
 * Decides when an operation runs. Free: at once. Slow motion: one at a time at a chosen rate, so a
 * class can follow. Step: each waits until the user releases it, choosing which process goes next;
 * that is how a race is shown on purpose. In slow and step modes every worker waits for each of its
 * operations, so a process visibly stops on its line.
 */
public final class Scheduler {
    public enum Mode { FREE, SLOW, STEP }

    /** An operation waiting for its turn. {@code order} counts arrivals, so "oldest" is well defined. */
    public record Pending(long order, long pid, String process, String what, String file, int line) {}

    private static final Set<Op> SCHEDULED = EnumSet.of(Op.SEND, Op.RECV, Op.POLL, Op.CLOSE, Op.PUT, Op.GET,
            Op.QSIZE, Op.ACQUIRE, Op.RELEASE, Op.VALUE_GET, Op.VALUE_SET, Op.JOIN,
            Op.EVENT_SET, Op.EVENT_CLEAR, Op.EVENT_WAIT, Op.CONDITION_WAIT, Op.NOTIFY, Op.BARRIER_WAIT,
            Op.BARRIER_ABORT, Op.BARRIER_RESET, Op.QUEUE_TASK_DONE, Op.QUEUE_JOIN, Op.ARRAY_GET, Op.ARRAY_SET,
            Op.CONN_WAIT, Op.PROXY_NEW, Op.PROXY_CALL);

    private final Kernel kernel;
    private final List<Held> held = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<java.util.function.Predicate<Pending>> breakpoints = new ArrayList<>();
    private Mode mode = Mode.FREE;
    private double opsPerSecond = 2;
    private long arrivals;
    private ScheduledFuture<?> ticker;

    private record Held(long order, OpRequest req, Pending view) {}

    Scheduler(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Called by the kernel (lock held): true if the operation may run now, false if it was held back. */
    boolean admit(OpRequest r) {
        // a process's operations run in the order it made them: behind a held one, everything waits
        if (!SCHEDULED.contains(r.op())) {
            return true;
        }
        boolean behindHeld = holds(r.pid());
        if (!behindHeld && mode == Mode.FREE && breakpoints.isEmpty()) {
            return true;
        }
        ProcessRecord p = kernel.find(r.pid());
        Pending view = new Pending(arrivals + 1, r.pid(), p == null ? "?" : p.name, kernel.ipc.describe(r), r.file(), r.line());
        if (!behindHeld && mode == Mode.FREE && breakpoints.stream().noneMatch(b -> b.test(view))) {
            return true;
        }
        arrivals++;
        held.add(new Held(view.order(), r, view));
        fire();
        return false;
    }

    /**
     * Holds, even at full speed, every operation that matches: the app pauses before it (to ask the student
     * for a prediction, say) and lets it run with {@link #step(long)} or {@link #releaseAll()}.
     */
    public void addBreakpoint(java.util.function.Predicate<Pending> where) {
        synchronized (kernel) {
            breakpoints.add(where);
            // a process must wait for each operation, or it would run on past the one held for it
            kernel.setSynchronous(true);
        }
    }

    public void clearBreakpoints() {
        synchronized (kernel) {
            breakpoints.clear();
            kernel.setSynchronous(mode != Mode.FREE);
        }
    }

    /** Lets every held operation run, in arrival order (the mode stays as it is). */
    public void releaseAll() {
        synchronized (kernel) {
            while (!held.isEmpty()) {
                release(held.get(0));
            }
        }
        fire();
    }

    public Mode mode() {
        synchronized (kernel) {
            return mode;
        }
    }

    /** Switches mode; leaving step or slow motion releases everything held, in arrival order. */
    public void setMode(Mode newMode) {
        synchronized (kernel) {
            mode = newMode;
            kernel.setSynchronous(newMode != Mode.FREE);
            if (ticker != null) {
                ticker.cancel(false);
                ticker = null;
            }
            if (newMode == Mode.FREE) {
                while (!held.isEmpty()) {
                    release(held.get(0));
                }
            } else if (newMode == Mode.SLOW) {
                startTicker();
            }
        }
        fire();
    }

    /** Operations per second in slow motion. */
    public void setRate(double perSecond) {
        synchronized (kernel) {
            opsPerSecond = Math.max(0.1, Math.min(100, perSecond));
            if (mode == Mode.SLOW) {
                if (ticker != null) {
                    ticker.cancel(false);
                }
                startTicker();
            }
        }
    }

    public double rate() {
        synchronized (kernel) {
            return opsPerSecond;
        }
    }

    /** Lets the oldest held operation run; false if none was waiting. */
    public boolean step() {
        boolean done;
        synchronized (kernel) {
            done = !held.isEmpty();
            if (done) {
                release(held.get(0));
            }
        }
        fire();
        return done;
    }

    /** Lets the next held operation of this process run; false if it has none waiting. */
    public boolean step(long pid) {
        boolean done = false;
        synchronized (kernel) {
            for (Held h : held) {
                if (h.req.pid() == pid) {
                    release(h);
                    done = true;
                    break;
                }
            }
        }
        fire();
        return done;
    }

    /** The held operations, oldest first. */
    public List<Pending> pending() {
        synchronized (kernel) {
            List<Pending> out = new ArrayList<>();
            for (Held h : held) {
                out.add(h.view);
            }
            return out;
        }
    }

    /** Called (on a kernel thread) whenever the held operations change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** A process that ended has nothing left to run. */
    void forget(long pid) {
        if (held.removeIf(h -> h.req.pid() == pid)) {
            fire();
        }
    }

    /** Takes back a held operation whose thread gave up waiting for it (an interrupt); null if none is held. */
    OpRequest withdraw(WorkerConnection from, int reqId) {
        for (Held h : held) {
            if (h.req.from() == from && h.req.reqId() == reqId) {
                held.remove(h);
                fire();
                return h.req;
            }
        }
        return null;
    }

    boolean holds(long pid) {
        for (Held h : held) {
            if (h.req.pid() == pid) {
                return true;
            }
        }
        return false;
    }

    private void release(Held h) {
        held.remove(h);
        kernel.execute(h.req);
    }

    private void startTicker() {
        long period = Math.round(1_000_000 / opsPerSecond);
        ticker = kernel.scheduleAtRate(this::step, period);
    }

    private void fire() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
