package org.proclab.ui.narration;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.proclab.kernel.Scheduler;
import org.proclab.kernel.Session;
import org.proclab.lesson.Script;

/**
 * Stops a run before the operation a prediction is about, so the student answers before seeing it happen,
 * and lets it go once they did. Only the first matching operation is held, and none if the student
 * answered before the run.
 */
public final class PredictionBreakpoint {
    private final NarrationModel model;
    private final Executor fxThread;
    private volatile Consumer<Scheduler.Pending> release = op -> {};
    private volatile Scheduler.Pending held;
    private volatile Script.Before armed;
    private volatile int generation; // a breakpoint of a dropped run must not pause the next lesson's card

    public PredictionBreakpoint(NarrationModel model, Executor fxThread) {
        this.model = model;
        this.fxThread = fxThread;
    }

    /**
     * How to let the held operation go: in the app, the scheduler view model's {@code step(pid)}, unless the
     * user already let it go with the pending-operations panel.
     */
    public void setRelease(Consumer<Scheduler.Pending> release) {
        this.release = release;
    }

    /** A run is about to start (call on the FX thread): decides whether it will stop for the prediction. */
    public void arm() {
        generation++;
        held = null;
        Script.Prediction p = model.predictionProperty().get();
        // no card on screen, nobody to answer: never stop the run; nor when the answer is already in
        armed = model.isShown() && p != null && p.before() != null && model.isAsking() ? p.before() : null;
    }

    /** The run was dropped (another lesson was chosen): whatever it still reports is ignored. Call on the FX thread. */
    public void disarm() {
        generation++;
        held = null;
        armed = null;
    }

    /** Puts the armed breakpoint into a session's scheduler before it launches (any thread); returns the session. */
    public Session install(Session session) {
        Script.Before b = armed;
        if (b != null) {
            session.scheduler().addBreakpoint(matcher(b));
        }
        return session;
    }

    /** The breakpoint: true for the first operation that matches, false for every one after it. */
    java.util.function.Predicate<Scheduler.Pending> matcher(Script.Before before) {
        AtomicBoolean hit = new AtomicBoolean();
        int of = generation;
        return op -> {
            if (hit.get() || of != generation || !before.test(op.process(), op.what())) {
                return false;
            }
            hit.set(true);
            held = op;
            fxThread.execute(() -> {
                if (of != generation) {
                    return;
                }
                if (!model.isAsking()) {
                    releaseIfHeld(); // answered while the operation was on its way
                } else {
                    model.paused(op.process(), op.what());
                }
            });
            return true;
        };
    }

    /** Lets the held operation run; false if none is held. */
    public boolean releaseIfHeld() {
        Scheduler.Pending op = held;
        if (op == null) {
            return false;
        }
        held = null;
        model.resumed();
        release.accept(op);
        return true;
    }
}
