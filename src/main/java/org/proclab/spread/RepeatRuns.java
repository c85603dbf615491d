package org.proclab.spread;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.RunResult;
import org.proclab.kernel.Session;
import org.proclab.lesson.Script;

/**
 * Runs one program N times, one run after the other, each a real run in a session of its own at full
 * speed. A run that deadlocks is stopped at once and counts as the outcome "deadlock"; one that outlives
 * the time-out is stopped and counts as "timed out". {@link #cancel()} from any thread stops the run in
 * progress and ends the series; no JVM of it is left running when {@link #run} returns.
 */
public final class RepeatRuns {
    /** What a series tells as it goes; called on the thread that called {@link #run}. */
    public interface Progress {
        /** Run {@code index} (from 1) of {@code total} has started its main process. */
        default void started(int index, int total, long mainPid) {}

        /** Run {@code index} (from 1) has ended with this outcome. */
        default void ended(int index, int total, Outcome outcome) {}
    }

    /** The outcomes of the runs that finished, and whether the series was cancelled before the last. */
    public record Result(OutcomeSpread spread, boolean cancelled) {}

    private final ProgramSpec spec;
    private final Script script;
    private final int count;
    private final Duration timeout;
    private volatile boolean cancelled;
    private volatile Session current;

    /** {@code script} gives the predictions to check in each run; null or empty when there are none. */
    public RepeatRuns(ProgramSpec spec, Script script, int count, Duration timeoutPerRun) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        this.spec = spec;
        this.script = script;
        this.count = count;
        this.timeout = timeoutPerRun;
    }

    public int count() {
        return count;
    }

    /** Runs the series on the calling thread; returns when every run has ended or the series was cancelled. */
    public Result run(Progress progress) throws IOException, InterruptedException {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 1; i <= count && !cancelled; i++) {
            try (Session session = Session.open(spec.startMethod())) {
                current = session;
                session.stopWhenDeadlocked();
                if (cancelled) { // cancel() came before this session was visible to it
                    break;
                }
                long pid = session.launch(spec);
                progress.started(i, count, pid);
                RunResult result = awaitUnlessCancelled(session);
                if (result == null) {
                    break;
                }
                Outcome o = Outcome.of(session.eventLog().snapshot(), result, script);
                outcomes.add(o);
                progress.ended(i, count, o);
            } finally {
                current = null; // close() above has ended every process of the run
            }
        }
        return new Result(new OutcomeSpread(outcomes), cancelled);
    }

    /**
     * Waits for the run to end by itself, for the time-out (then {@link Session#await} stops it), or for a
     * cancel: null then. Polls rather than blocking in Session.await, so that a cancel is seen at once.
     */
    private RunResult awaitUnlessCancelled(Session session) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!session.isFinished() && !cancelled && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (cancelled) {
            return null; // a run cut short by the user is no outcome of the program
        }
        return session.await(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
    }

    /** Stops the run in progress and runs no more. Returns at once; {@link #run} returns once its JVMs are gone. */
    public void cancel() {
        cancelled = true;
        Session s = current;
        if (s != null) {
            // stop() waits up to a second for the processes: not on the caller's (maybe the UI's) thread
            Thread t = new Thread(() -> s.stop("user"), "proclab-repeat-cancel");
            t.setDaemon(true);
            t.start();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
